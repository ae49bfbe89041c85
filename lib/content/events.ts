import { cache } from 'react'

import { tags } from '../cache/tags'
import { cachedRead } from './cached-read'
import {
  findEvents,
  findEventTimeline,
  findLatestStatements,
  findStatement,
  findStatementCoverage,
} from './queries/events'
import { findReferences, type Reference } from './queries/references'

export type { EventTimeline, EventsPage, StatementView, StatementWithSpeaker } from './queries/events'

export function listEvents(page = 1) {
  return cachedRead(['events', String(page)], [tags.list('events')], (payload) => findEvents(payload, page))
}

/** A summit's statements, coverage and participants, with the people named. */
export async function getEventTimeline(eventId: number) {
  const timeline = await cachedRead(['event-timeline', String(eventId)], [tags.doc('events', eventId), tags.list('statements'), tags.list('articles')], (payload) =>
    findEventTimeline(payload, eventId),
  )
  const people = await namePeople([...timeline.participants, ...timeline.statements.flatMap((statement) => (statement.speaker ? [statement.speaker] : []))])
  return { ...timeline, people }
}

/** One published statement with its speaker named and the articles that cover it (read once per render: page and metadata share it). */
export const getStatement = cache(async (id: number) => {
  const statement = await cachedRead(['statement', String(id)], [tags.doc('statements', id)], (payload) => findStatement(payload, id))
  if (!statement) return null
  const [people, coverage] = await Promise.all([
    namePeople(statement.speaker ? [statement.speaker] : []),
    cachedRead(['statement-coverage', String(id)], [tags.list('articles')], (payload) => findStatementCoverage(payload, id)),
  ])
  return { ...statement, speakerRef: statement.speaker ? (people.get(statement.speaker) ?? null) : null, coverage }
})


async function namePeople(ids: number[]): Promise<Map<number, Reference>> {
  const unique = [...new Set(ids)].sort((a, b) => a - b)
  const { people } = await cachedRead(['people-names', unique.join(',')], unique.map((id) => tags.doc('people', id)), (payload) => findReferences(payload, { people: unique }))
  return new Map(people.map((person) => [person.id, person]))
}

/** The latest statements with their speakers named, for the front page. */
export async function listLatestStatements(limit = 5) {
  const statements = await cachedRead(['statements:latest', String(limit)], [tags.list('statements')], (payload) => findLatestStatements(payload, limit))
  const people = await namePeople(statements.flatMap((statement) => (statement.speaker ? [statement.speaker] : [])))
  return statements.map((statement) => ({ ...statement, speakerRef: statement.speaker ? (people.get(statement.speaker) ?? null) : null }))
}

/** What a person said, newest first: their statements on their page. */
export function listStatementsBySpeaker(personId: number, limit = 10) {
  return cachedRead(['statements:by-speaker', String(personId), String(limit)], [tags.list('statements')], (payload) =>
    findLatestStatements(payload, limit, personId),
  )
}
