import type { FeedArticle, FeedSection } from '../content/views'
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from '../site'
import type { Feed, FeedFormat } from './model'

const FEED_FILES: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'feed.atom', json: 'feed.json' }

/** Where a section's feed of one format lives ("/feed.xml", "/topics/trade/feed.atom"). */
export function feedPath(sectionPath: string, format: FeedFormat): string {
  return `${sectionPath === '/' ? '' : sectionPath}/${FEED_FILES[format]}`
}

/** A stable id for a story that survives slug changes: a tag URI (RFC 4151) on the site's host. */
export function articleFeedId(site: string, id: number): string {
  return `tag:${new URL(site).hostname},2024:articles/${id}`
}

/** An article as a feed item is built from: its body already rendered as HTML (body-html.ts). */
export type RenderedFeedArticle = Omit<FeedArticle, 'body'> & { bodyHtml: string }

/** Our feed model for a section's latest articles, every URL absolute on `site`. */
export function buildFeed(section: FeedSection, articles: RenderedFeedArticle[], site: string): Feed {
  const absolute = (path: string) => new URL(path, site).toString()
  const items = articles.map((article) => {
    const published = new Date(article.publishedAt)
    const modified = article.modifiedAt ? new Date(article.modifiedAt) : published
    return {
      id: articleFeedId(site, article.id),
      url: absolute(`/articles/${article.slug}`),
      title: article.title,
      summary: article.standfirst,
      contentHtml: article.bodyHtml,
      authors: article.authors.map((author) => ({ name: author.name, url: absolute(`/authors/${author.slug}`) })),
      categories: article.topics.map((topic) => ({ label: topic.name, url: absolute(`/topics/${topic.slug}`) })),
      published,
      updated: modified > published ? modified : published,
      image: article.hero
        ? {
            url: absolute(article.hero.url),
            mimeType: article.hero.mimeType,
            size: article.hero.filesize,
            width: article.hero.width,
            height: article.hero.height,
            alt: article.hero.alt,
          }
        : null,
    }
  })
  const newest = items.reduce((latest, item) => Math.max(latest, item.updated.getTime()), 0)
  return {
    id: absolute(feedPath(section.path, 'atom')),
    title: section.name ? `${section.name} — ${SITE_NAME}` : SITE_NAME,
    description:
      section.description?.trim() ||
      (section.name ? `The latest from ${SITE_NAME} on ${section.name}.` : SITE_DESCRIPTION),
    homeUrl: absolute(section.path),
    urls: {
      rss: absolute(feedPath(section.path, 'rss')),
      atom: absolute(feedPath(section.path, 'atom')),
      json: absolute(feedPath(section.path, 'json')),
    },
    language: SITE_LANGUAGE,
    // An empty feed still needs a date that does not move between rebuilds.
    updated: new Date(newest || Date.UTC(2024, 0, 1)),
    icon: absolute('/site-icon.png'),
    publisher: { name: SITE_NAME, url: absolute('/') },
    items,
  }
}
