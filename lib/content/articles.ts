import { tags } from '../cache/tags'
import { cachedRead } from './cached-read'
import { findLatestArticles, findPublishedArticle, type ArticleView } from './queries/articles'
import { getImage } from './embeds'
import type { ImageView } from './queries/media'
import { findReferences, type References } from './queries/references'
import { findPublishedArticlesByIds, findRankedRelated } from './queries/related'

export type { ArticleArchivePage, ArticleSummary, ArticleView } from './queries/articles'
export type { Reference, References } from './queries/references'

/** The latest published articles, one page of the front-page archive. Null past the last page. */
export function listLatestArticles(page = 1) {
  return cachedRead(['articles:latest', String(page)], [tags.articleList], (payload) => findLatestArticles(payload, page))
}

export type ArticleWithReferences = ArticleView & { references: References; hero: ImageView | null }

/**
 * One published article by its slug, with the names of its authors, topics and people, or
 * null. Two cached reads: the article under its slug's tag (a miss is cached too, so
 * publishing that slug replaces it), then what it refers to under each referenced
 * document's tag, so renaming a topic or an author refreshes every article showing it.
 */
export async function getPublishedArticle(slug: string): Promise<ArticleWithReferences | null> {
  const article = await cachedRead(['article', slug], [tags.article(slug)], (payload) => findPublishedArticle(payload, slug))
  if (!article) return null
  const ids = { authors: article.authors, topics: article.topics, people: article.people, events: article.event ? [article.event] : [] }
  const referenceTags = [
    ...ids.events.map((id) => tags.doc('events', id)),
    ...ids.authors.map((id) => tags.doc('users', id)),
    ...ids.topics.map((id) => tags.doc('topics', id)),
    ...ids.people.map((id) => tags.doc('people', id)),
  ]
  const heroId = article.heroImage
  const [references, hero] = await Promise.all([
    cachedRead(['article-references', JSON.stringify(ids)], referenceTags, (payload) => findReferences(payload, ids)),
    heroId ? getImage(heroId) : Promise.resolve(null),
  ])
  return { ...article, references, hero }
}

/** How many internal links the related-coverage box shows. */
export const RELATED_LINKS = 5

/**
 * Related coverage for an article: its curated links first, then published articles ranked
 * by what they share with it. Any publish can change the ranking, so it is cached under the
 * article list's tag.
 */
export function getRelatedArticles(article: Pick<ArticleView, 'id' | 'relatedArticles'>) {
  return cachedRead(['related', String(article.id), JSON.stringify(article.relatedArticles)], [tags.articleList], async (payload) => {
    const curated = await findPublishedArticlesByIds(payload, article.relatedArticles.filter((id) => id !== article.id))
    const ranked = await findRankedRelated(payload, article.id, curated.map((item) => item.id), Math.max(0, RELATED_LINKS - curated.length))
    return [...curated, ...ranked].slice(0, Math.max(RELATED_LINKS, curated.length))
  })
}
