import { tags } from '../cache/tags'
import { cachedRead } from './cached-read'
import { findLatestArticles, type ArchiveFilter } from './queries/articles'
import { findAuthor, findEvent, findPerson, findTopic } from './queries/sections'

export type { AuthorView, EventView, PersonView, TopicView } from './queries/sections'

export const getTopic = (slug: string) => cachedRead(['topic', slug], [tags.bySlug('topics', slug)], (payload) => findTopic(payload, slug))
export const getPerson = (slug: string) => cachedRead(['person', slug], [tags.bySlug('people', slug)], (payload) => findPerson(payload, slug))
export const getAuthor = (slug: string) => cachedRead(['author', slug], [tags.bySlug('users', slug)], (payload) => findAuthor(payload, slug))
export const getEvent = (slug: string) => cachedRead(['event', slug], [tags.bySlug('events', slug)], (payload) => findEvent(payload, slug))

/** One page of an archive's published articles; any article publish may change it. */
export function listArchive(filter: ArchiveFilter, page: number) {
  return cachedRead(['archive', filter.field, String(filter.id), String(page)], [tags.articleList], (payload) =>
    findLatestArticles(payload, page, filter),
  )
}
