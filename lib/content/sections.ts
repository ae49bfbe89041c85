import { cache } from 'react'

import { tags } from '../cache/tags'
import { cachedRead } from './cached-read'
import { findLatestArticles, type ArchiveFilter } from './queries/articles'
import { findAuthor, findEvent, findPerson, findTopic } from './queries/sections'

export type { AuthorView, EventView, PersonView, TopicView } from './queries/sections'

// React's request cache: a section page and its metadata read the section once per render.
export const getTopic = cache((slug: string) => cachedRead(['topic', slug], [tags.bySlug('topics', slug)], (payload) => findTopic(payload, slug)))
export const getPerson = cache((slug: string) => cachedRead(['person', slug], [tags.bySlug('people', slug)], (payload) => findPerson(payload, slug)))
export const getAuthor = cache((slug: string) => cachedRead(['author', slug], [tags.bySlug('users', slug)], (payload) => findAuthor(payload, slug)))
export const getEvent = cache((slug: string) => cachedRead(['event', slug], [tags.bySlug('events', slug)], (payload) => findEvent(payload, slug)))

/** One page of an archive's published articles; any article publish may change it. */
export function listArchive(filter: ArchiveFilter, page: number) {
  return cachedRead(['archive', filter.field, String(filter.id), String(page)], [tags.articleList], (payload) =>
    findLatestArticles(payload, page, filter),
  )
}
