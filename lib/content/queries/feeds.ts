import type { Payload } from 'payload'

import type { Article, Media } from '../../../payload-types'
import type { FeedScope, FeedSection } from '../../feeds/model'
import { renderBodyHtml } from '../../rich-text/html'
import type { ArchiveFilter } from './articles'
import { queryEmbedResolver } from './embeds'
import { idOf, idsOf, findReferences, type Reference } from './references'
import { findAuthor, findEvent, findPerson, findTopic } from './sections'

/** What a feed carries of one article: everything, with its body already rendered as HTML. */
export interface FeedArticle {
  id: number
  slug: string
  title: string
  standfirst: string | null
  publishedAt: string
  modifiedAt: string | null
  bodyHtml: string
  authors: Reference[]
  topics: Reference[]
  hero: FeedHero | null
}

export interface FeedHero {
  url: string
  mimeType: string
  filesize: number
  width: number
  height: number
  alt: string
}

type FeedRow = Pick<Article, 'id' | 'slug' | 'title' | 'standfirst' | 'publishedAt' | 'modifiedAt' | 'body' | 'authors' | 'topics' | 'heroImage'>

/**
 * The latest published articles of the site or of one archive, for a feed: one query for the
 * articles, one for the names they show, one for their hero images and one per kind of
 * embedded document (plus one naming the quotes' speakers), whatever the count;
 * bodies rendered with site-absolute URLs. Drafts never load (access rules and the filter).
 */
export async function findFeedArticles(payload: Payload, filter: ArchiveFilter | null, limit: number, site: string): Promise<FeedArticle[]> {
  const published = { _status: { equals: 'published' } }
  const found = await payload.find({
    collection: 'articles',
    where: filter ? { and: [published, { [filter.field]: { equals: filter.id } }] } : published,
    sort: ['-publishedAt', '-id'],
    limit,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    draft: false,
    select: { slug: true, title: true, standfirst: true, publishedAt: true, modifiedAt: true, body: true, authors: true, topics: true, heroImage: true },
  })
  const rows = (found.docs as FeedRow[]).filter((row) => row.slug && row.publishedAt)
  const heroIds = [...new Set(rows.flatMap((row) => idOf(row.heroImage) ?? []))]
  const [references, heroes, resolver] = await Promise.all([
    findReferences(payload, { authors: [...new Set(rows.flatMap((row) => idsOf(row.authors)))], topics: [...new Set(rows.flatMap((row) => idsOf(row.topics)))] }),
    findHeroes(payload, heroIds, site),
    queryEmbedResolver(payload, rows.map((row) => row.body)),
  ])
  const authors = new Map(references.authors.map((ref) => [ref.id, ref]))
  const topics = new Map(references.topics.map((ref) => [ref.id, ref]))
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      slug: row.slug as string,
      title: row.title,
      standfirst: row.standfirst ?? null,
      publishedAt: row.publishedAt as string,
      modifiedAt: row.modifiedAt ?? null,
      bodyHtml: await renderBodyHtml(row.body, site, resolver),
      authors: idsOf(row.authors).flatMap((id) => authors.get(id) ?? []),
      topics: idsOf(row.topics).flatMap((id) => topics.get(id) ?? []),
      hero: heroes.get(idOf(row.heroImage) ?? -1) ?? null,
    })),
  )
}

async function findHeroes(payload: Payload, ids: number[], site: string): Promise<Map<number, FeedHero>> {
  if (ids.length === 0) return new Map()
  const found = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    select: { url: true, filename: true, mimeType: true, filesize: true, width: true, height: true, alt: true },
  })
  const heroes = new Map<number, FeedHero>()
  for (const media of found.docs as Media[]) {
    if (!media.url || !media.mimeType || !media.filesize || !media.width || !media.height) continue
    heroes.set(media.id, { url: new URL(media.url, site).toString(), mimeType: media.mimeType, filesize: media.filesize, width: media.width, height: media.height, alt: media.alt ?? '' })
  }
  return heroes
}

/** The section a feed scope names, with the archive filter for its articles; null when it does not exist. */
export async function findFeedSection(payload: Payload, scope: FeedScope): Promise<(FeedSection & { filter: ArchiveFilter | null }) | null> {
  if (scope.section === null) return { path: '/', name: null, description: null, filter: null }
  const path = `/${scope.section}/${scope.slug}`
  switch (scope.section) {
    case 'topics': {
      const topic = await findTopic(payload, scope.slug)
      return topic ? { path, name: topic.name, description: topic.description ?? null, filter: { field: 'topics', id: topic.id } } : null
    }
    case 'people': {
      const person = await findPerson(payload, scope.slug)
      return person ? { path, name: person.name, description: person.role ?? null, filter: { field: 'people', id: person.id } } : null
    }
    case 'authors': {
      const author = await findAuthor(payload, scope.slug)
      return author ? { path, name: author.name, description: null, filter: { field: 'authors', id: author.id } } : null
    }
    case 'events': {
      const event = await findEvent(payload, scope.slug)
      return event ? { path, name: event.name, description: event.summary ?? null, filter: { field: 'event', id: event.id } } : null
    }
  }
}
