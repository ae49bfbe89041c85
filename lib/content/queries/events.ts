import type { Payload } from 'payload'

import type { Statement } from '../../../payload-types'
import type { ArticleSummary } from './articles'
import { AS_PUBLIC_READER, readOptions, visibleTo, type ReadAs } from './read-as'
import { idOf, idsOf, type Reference } from './references'
import type { EventView } from './sections'

const AS_READER = { overrideAccess: false, draft: false, depth: 0 } as const
const PUBLISHED = { _status: { equals: 'published' } } as const

export const EVENTS_PER_PAGE = 20

export interface EventsPage {
  events: EventView[]
  page: number
  totalPages: number
}

/** Published summits, newest first; null past the last page. */
export async function findEvents(payload: Payload, page: number): Promise<EventsPage | null> {
  const found = await payload.find({
    collection: 'events',
    where: PUBLISHED,
    sort: ['-startDate', '-id'],
    limit: EVENTS_PER_PAGE,
    page,
    select: { name: true, slug: true, kind: true, startDate: true, endDate: true, location: true, summary: true },
    ...AS_READER,
  })
  const totalPages = Math.max(1, found.totalPages)
  return page > totalPages ? null : { events: found.docs as EventView[], page, totalPages }
}

/** A statement as readers see it; the speaker as an id (named through references). */
export type StatementView = Pick<Statement, 'id' | 'quote' | 'paraphrase' | 'context' | 'date' | 'sourceOutlet' | 'sourceUrl' | 'originalText'> & {
  speaker: number | null
  event: number | null
}

/** A statement with its speaker named, as pages show it. */
export type StatementWithSpeaker = StatementView & { speakerRef: Reference | null }

const statementSelect = {
  quote: true,
  paraphrase: true,
  context: true,
  date: true,
  sourceOutlet: true,
  sourceUrl: true,
  originalText: true,
  speaker: true,
  event: true,
} as const

function toStatementView(doc: Record<string, unknown>): StatementView {
  return { ...(doc as unknown as StatementView), speaker: idOf(doc.speaker), event: idOf(doc.event) }
}

export interface EventTimeline {
  statements: StatementView[]
  articles: ArticleSummary[]
  participants: number[]
}

/** What happened at a summit: its published statements in order and its coverage, newest first. */
export async function findEventTimeline(payload: Payload, eventId: number): Promise<EventTimeline> {
  const [statements, articles, event] = await Promise.all([
    payload.find({ collection: 'statements', where: { and: [PUBLISHED, { event: { equals: eventId } }] }, sort: ['date', 'id'], limit: 200, pagination: false, select: statementSelect, ...AS_READER }),
    payload.find({
      collection: 'articles',
      where: { and: [PUBLISHED, { event: { equals: eventId } }] },
      sort: ['-publishedAt', '-id'],
      limit: 100,
      pagination: false,
      select: { title: true, slug: true, standfirst: true, publishedAt: true },
      ...AS_READER,
    }),
    payload.find({ collection: 'events', where: { id: { equals: eventId } }, limit: 1, pagination: false, select: { participants: true }, ...AS_READER }),
  ])
  const participants = idsOf(event.docs[0]?.participants)
  return {
    statements: statements.docs.map((doc) => toStatementView(doc as unknown as Record<string, unknown>)),
    articles: articles.docs as ArticleSummary[],
    participants,
  }
}

/** One published statement by id, or null; in a preview, its latest version, draft or not. */
export async function findStatement(payload: Payload, id: number, as: ReadAs = AS_PUBLIC_READER): Promise<StatementView | null> {
  if (!Number.isSafeInteger(id) || id < 1) return null
  const found = await payload.find({ collection: 'statements', where: visibleTo(as, { id: { equals: id } }), limit: 1, pagination: false, select: statementSelect, ...AS_READER, ...readOptions(as) })
  const doc = found.docs[0]
  return doc ? toStatementView(doc as unknown as Record<string, unknown>) : null
}

/** Published statements by id, in one query whatever their number (a story's embeds). */
export async function findStatements(payload: Payload, ids: number[]): Promise<Map<number, StatementView>> {
  const wanted = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0)
  if (wanted.length === 0) return new Map()
  const found = await payload.find({ collection: 'statements', where: { and: [{ id: { in: wanted } }, { _status: { equals: 'published' } }] }, limit: wanted.length, pagination: false, select: statementSelect, ...AS_READER })
  return new Map(found.docs.map((doc) => [doc.id, toStatementView(doc as unknown as Record<string, unknown>)]))
}

/** Published articles that embed or discuss a statement. */
export async function findStatementCoverage(payload: Payload, statementId: number): Promise<ArticleSummary[]> {
  const found = await payload.find({
    collection: 'articles',
    where: { and: [PUBLISHED, { statements: { equals: statementId } }] },
    sort: ['-publishedAt', '-id'],
    limit: 20,
    pagination: false,
    select: { title: true, slug: true, standfirst: true, publishedAt: true },
    ...AS_READER,
  })
  return found.docs as ArticleSummary[]
}

/** The latest published statements, of one speaker or of everyone, newest first. */
export async function findLatestStatements(payload: Payload, limit: number, speakerId?: number): Promise<StatementView[]> {
  const found = await payload.find({
    collection: 'statements',
    where: speakerId === undefined ? PUBLISHED : { and: [PUBLISHED, { speaker: { equals: speakerId } }] },
    sort: ['-date', '-id'],
    limit,
    pagination: false,
    select: statementSelect,
    ...AS_READER,
  })
  return found.docs.map((doc) => toStatementView(doc as unknown as Record<string, unknown>))
}
