import type { ArticleWithReferences, EventView, PersonView } from '../content/views'
import { articleImages } from '../og/article-images'
import { PUBLISHER_LOGO } from '../og/publisher-logo'
import { SITE_NAME } from '../site'

type JsonLd = Record<string, unknown>

/**
 * JSON for a <script type="application/ld+json">: `<` is escaped so that no string an editor
 * types (a headline with "</script>") can end the script element early.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

function publisher(site: string): JsonLd {
  const logo = {
    '@type': 'ImageObject',
    url: `${site}${PUBLISHER_LOGO.path}`,
    width: PUBLISHER_LOGO.width,
    height: PUBLISHER_LOGO.height,
  }
  return { '@type': 'NewsMediaOrganization', name: SITE_NAME, url: `${site}/`, logo }
}

/** 16:9, 4:3 and 1:1, each 1200 px wide, from the hero where it is large enough (article-images.ts). */
function images(article: ArticleWithReferences, site: string): JsonLd[] {
  return articleImages({ slug: article.slug ?? '', updatedAt: article.updatedAt, hero: article.hero }, site).map(
    ({ url, width, height }) => ({
      '@type': 'ImageObject',
      url,
      width,
      height,
    }),
  )
}

export function newsArticleJsonLd(article: ArticleWithReferences, site: string): JsonLd {
  const url = `${site}/articles/${article.slug}`
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.standfirst ?? undefined,
    image: images(article, site),
    url,
    mainEntityOfPage: url,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.modifiedAt ?? article.publishedAt ?? undefined,
    dateline: article.dateline ?? undefined,
    author: article.references.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: `${site}/authors/${author.slug}`,
    })),
    publisher: publisher(site),
    articleSection: article.references.topics.map((topic) => topic.name),
    about: article.references.people.map((person) => ({
      '@type': 'Person',
      name: person.name,
      url: `${site}/people/${person.slug}`,
    })),
    correction: article.corrections?.map((correction) => ({
      '@type': 'CorrectionComment',
      text: correction.text,
      datePublished: correction.date,
    })),
  }
}

export function eventJsonLd(event: EventView, site: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    description: event.summary ?? undefined,
    url: `${site}/events/${event.slug}`,
    startDate: event.startDate,
    endDate: event.endDate ?? undefined,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: event.location?.city
      ? {
          '@type': 'Place',
          name: event.location.city,
          address: {
            '@type': 'PostalAddress',
            addressLocality: event.location.city,
            addressCountry: event.location.country ?? undefined,
          },
        }
      : undefined,
  }
}

export function personJsonLd(person: PersonView, site: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: person.name,
    jobTitle: person.role ?? undefined,
    nationality: person.country ?? undefined,
    description: person.bio ?? undefined,
    url: `${site}/people/${person.slug}`,
  }
}

/** Home › … › this page. */
export function breadcrumbJsonLd(trail: { name: string; path: string }[], site: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: 'Home', path: '/' }, ...trail].map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: `${site}${item.path}`,
    })),
  }
}
