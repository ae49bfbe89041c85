import type { Payload } from 'payload'

import { idsOf } from '../../relation-ids'
import { SLUG_PATTERN } from '../../slug'
import type { ArticleSummary, EventsPage, EventTimeline, EventView } from '../views'
import { ARTICLE_SUMMARY_SELECT } from './articles'
import { AS_PUBLIC_READER, AS_READER, published, readOptions, visibleTo, type ReadAs } from './read-as'
import { findEventStatements } from './statements'

const EVENTS_PER_PAGE = 20

const EVENT_LIST_SELECT = {
  name: true,
  slug: true,
  kind: true,
  startDate: true,
  endDate: true,
  location: true,
  summary: true,
} as const

/** Published summits, newest first; null past the last page. */
export async function findEvents(payload: Payload, page: number): Promise<EventsPage | null> {
  const found = await payload.find({
    collection: 'events',
    where: published(),
    sort: ['-startDate', '-id'],
    limit: EVENTS_PER_PAGE,
    page,
    select: EVENT_LIST_SELECT,
    ...AS_READER,
  })
  const totalPages = Math.max(1, found.totalPages)
  return page > totalPages ? null : { events: found.docs as EventView[], page, totalPages }
}

/** A published summit by its slug; in a preview, its latest version, draft or not. */
export async function findEvent(
  payload: Payload,
  slug: string,
  as: ReadAs = AS_PUBLIC_READER,
): Promise<EventView | null> {
  if (!SLUG_PATTERN.test(slug)) return null
  const found = await payload.find({
    collection: 'events',
    where: visibleTo(as, { slug: { equals: slug } }),
    select: { ...EVENT_LIST_SELECT, outcomes: true },
    limit: 1,
    pagination: false,
    ...readOptions(as),
  })
  return (found.docs[0] as EventView | undefined) ?? null
}

/** What happened at a summit: its published statements in order and its coverage, newest first. */
export async function findEventTimeline(payload: Payload, eventId: number): Promise<EventTimeline> {
  const [statements, articles, event] = await Promise.all([
    findEventStatements(payload, eventId),
    payload.find({
      collection: 'articles',
      where: published({ event: { equals: eventId } }),
      sort: ['-publishedAt', '-id'],
      limit: 100,
      pagination: false,
      select: ARTICLE_SUMMARY_SELECT,
      ...AS_READER,
    }),
    payload.find({
      collection: 'events',
      where: published({ id: { equals: eventId } }),
      limit: 1,
      pagination: false,
      select: { participants: true },
      ...AS_READER,
    }),
  ])
  return { statements, articles: articles.docs as ArticleSummary[], participants: idsOf(event.docs[0]?.participants) }
}
