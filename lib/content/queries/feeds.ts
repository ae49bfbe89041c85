import type { Payload } from 'payload'

import type { Article, Media } from '../../../payload-types'
import type { FeedScope } from '../../feeds/model'
import { idOf, idsOf } from '../../relation-ids'
import type { ArchiveFilter, ArticleEmbeds, FeedArticle, FeedHero, FeedSection } from '../views'
import { findEmbedsOf } from './embeds'
import { findEvent } from './events'
import { AS_READER, published } from './read-as'
import { findReferences } from './references'
import { findAuthor, findPerson, findTopic } from './sections'

type FeedRow = Pick<
  Article,
  'id' | 'slug' | 'title' | 'standfirst' | 'publishedAt' | 'modifiedAt' | 'body' | 'authors' | 'topics' | 'heroImage'
>

/**
 * The latest published articles of the site or of one archive, for a feed, with everything
 * their bodies embed: one query for the articles, one for the names they show, one for their
 * hero images and one per kind of embedded document (plus one naming the quotes' speakers),
 * whatever the count. Drafts never load (access rules and the published filter).
 */
export async function findFeedArticles(
  payload: Payload,
  filter: ArchiveFilter | null,
  limit: number,
): Promise<{ articles: FeedArticle[]; embeds: ArticleEmbeds }> {
  const found = await payload.find({
    collection: 'articles',
    where: published(filter ? { [filter.field]: { equals: filter.id } } : undefined),
    sort: ['-publishedAt', '-id'],
    limit,
    pagination: false,
    select: {
      slug: true,
      title: true,
      standfirst: true,
      publishedAt: true,
      modifiedAt: true,
      body: true,
      authors: true,
      topics: true,
      heroImage: true,
    },
    ...AS_READER,
  })
  const rows = (found.docs as FeedRow[]).filter((row) => row.slug && row.publishedAt)
  const [references, heroes, embeds] = await Promise.all([
    findReferences(payload, {
      authors: [...new Set(rows.flatMap((row) => idsOf(row.authors)))],
      topics: [...new Set(rows.flatMap((row) => idsOf(row.topics)))],
    }),
    findHeroes(payload, [...new Set(rows.flatMap((row) => idOf(row.heroImage) ?? []))]),
    findEmbedsOf(
      payload,
      rows.map((row) => row.body),
    ),
  ])
  const authors = new Map(references.authors.map((ref) => [ref.id, ref]))
  const topics = new Map(references.topics.map((ref) => [ref.id, ref]))
  const articles = rows.map((row) => ({
    id: row.id,
    slug: row.slug as string,
    title: row.title,
    standfirst: row.standfirst ?? null,
    publishedAt: row.publishedAt as string,
    modifiedAt: row.modifiedAt ?? null,
    body: row.body,
    authors: idsOf(row.authors).flatMap((id) => authors.get(id) ?? []),
    topics: idsOf(row.topics).flatMap((id) => topics.get(id) ?? []),
    hero: heroes.get(idOf(row.heroImage) ?? -1) ?? null,
  }))
  return { articles, embeds }
}

/** Heroes a feed can attach: those with every detail an enclosure needs. */
async function findHeroes(payload: Payload, ids: number[]): Promise<Map<number, FeedHero>> {
  if (ids.length === 0) return new Map()
  const found = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    limit: ids.length,
    pagination: false,
    select: { url: true, filename: true, mimeType: true, filesize: true, width: true, height: true, alt: true },
    ...AS_READER,
  })
  const heroes = new Map<number, FeedHero>()
  for (const media of found.docs as Media[]) {
    if (!media.url || !media.mimeType || !media.filesize || !media.width || !media.height) continue
    heroes.set(media.id, {
      url: media.url,
      mimeType: media.mimeType,
      filesize: media.filesize,
      width: media.width,
      height: media.height,
      alt: media.alt ?? '',
    })
  }
  return heroes
}

/** The section a feed scope names, with the archive filter for its articles; null when it does not exist. */
export async function findFeedSection(
  payload: Payload,
  scope: FeedScope,
): Promise<(FeedSection & { filter: ArchiveFilter | null }) | null> {
  if (scope.section === null) return { path: '/', name: null, description: null, filter: null }
  const path = `/${scope.section}/${scope.slug}`
  switch (scope.section) {
    case 'topics': {
      const topic = await findTopic(payload, scope.slug)
      return topic
        ? { path, name: topic.name, description: topic.description ?? null, filter: { field: 'topics', id: topic.id } }
        : null
    }
    case 'people': {
      const person = await findPerson(payload, scope.slug)
      return person
        ? { path, name: person.name, description: person.role ?? null, filter: { field: 'people', id: person.id } }
        : null
    }
    case 'authors': {
      const author = await findAuthor(payload, scope.slug)
      return author ? { path, name: author.name, description: null, filter: { field: 'authors', id: author.id } } : null
    }
    case 'events': {
      const event = await findEvent(payload, scope.slug)
      return event
        ? { path, name: event.name, description: event.summary ?? null, filter: { field: 'event', id: event.id } }
        : null
    }
  }
}
