import type { Payload } from 'payload'

import { idOf } from '../../relation-ids'
import type { ArticleSummary, StatementView } from '../views'
import { ARTICLE_SUMMARY_SELECT } from './articles'
import { AS_PUBLIC_READER, AS_READER, published, readOptions, visibleTo, type ReadAs } from './read-as'

const STATEMENT_SELECT = {
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

function toStatementView(doc: unknown): StatementView {
  const row = doc as Record<string, unknown>
  return { ...(row as unknown as StatementView), speaker: idOf(row.speaker), event: idOf(row.event) }
}

/** One published statement by id, or null; in a preview, its latest version, draft or not. */
export async function findStatement(
  payload: Payload,
  id: number,
  as: ReadAs = AS_PUBLIC_READER,
): Promise<StatementView | null> {
  if (!Number.isSafeInteger(id) || id < 1) return null
  const found = await payload.find({
    collection: 'statements',
    where: visibleTo(as, { id: { equals: id } }),
    limit: 1,
    pagination: false,
    select: STATEMENT_SELECT,
    ...readOptions(as),
  })
  const doc = found.docs[0]
  return doc ? toStatementView(doc) : null
}

/** Published statements by id, in one query whatever their number (a story's embeds). */
export async function findStatements(payload: Payload, ids: number[]): Promise<Map<number, StatementView>> {
  const wanted = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0)
  if (wanted.length === 0) return new Map()
  const found = await payload.find({
    collection: 'statements',
    where: published({ id: { in: wanted } }),
    limit: wanted.length,
    pagination: false,
    select: STATEMENT_SELECT,
    ...AS_READER,
  })
  return new Map(found.docs.map((doc) => [doc.id, toStatementView(doc)]))
}

/** A summit's published statements, in the order they were made. */
export async function findEventStatements(payload: Payload, eventId: number): Promise<StatementView[]> {
  const found = await payload.find({
    collection: 'statements',
    where: published({ event: { equals: eventId } }),
    sort: ['date', 'id'],
    limit: 200,
    pagination: false,
    select: STATEMENT_SELECT,
    ...AS_READER,
  })
  return found.docs.map(toStatementView)
}

/** Published articles that embed or discuss a statement. */
export async function findStatementCoverage(payload: Payload, statementId: number): Promise<ArticleSummary[]> {
  const found = await payload.find({
    collection: 'articles',
    where: published({ statements: { equals: statementId } }),
    sort: ['-publishedAt', '-id'],
    limit: 20,
    pagination: false,
    select: ARTICLE_SUMMARY_SELECT,
    ...AS_READER,
  })
  return found.docs as ArticleSummary[]
}

/** The latest published statements, of one speaker or of everyone, newest first. */
export async function findLatestStatements(
  payload: Payload,
  limit: number,
  speakerId?: number,
): Promise<StatementView[]> {
  const found = await payload.find({
    collection: 'statements',
    where: published(speakerId === undefined ? undefined : { speaker: { equals: speakerId } }),
    sort: ['-date', '-id'],
    limit,
    pagination: false,
    select: STATEMENT_SELECT,
    ...AS_READER,
  })
  return found.docs.map(toStatementView)
}
