import { cache } from 'react'

import { tags } from '../cache/tags'
import { cachedRead } from './cached-read'
import { namePeople, speakersOf } from './people-names'
import { findLatestStatements, findStatement, findStatementCoverage } from './queries/statements'

/** One published statement with its speaker named and the articles that cover it (read once per render: page and metadata share it). */
export const getStatement = cache(async (id: number) => {
  const statement = await cachedRead(['statement', String(id)], [tags.doc('statements', id)], (payload) =>
    findStatement(payload, id),
  )
  if (!statement) return null
  const [people, coverage] = await Promise.all([
    namePeople(speakersOf([statement])),
    cachedRead(['statement-coverage', String(id)], [tags.articlesHead({ field: 'statements', id })], (payload) =>
      findStatementCoverage(payload, id),
    ),
  ])
  return { ...statement, speakerRef: statement.speaker ? (people.get(statement.speaker) ?? null) : null, coverage }
})

/** The latest statements with their speakers named, for the front page. */
export async function listLatestStatements(limit = 5) {
  const statements = await cachedRead(['statements:latest', String(limit)], [tags.statementsHead()], (payload) =>
    findLatestStatements(payload, limit),
  )
  const people = await namePeople(speakersOf(statements))
  return statements.map((statement) => ({
    ...statement,
    speakerRef: statement.speaker ? (people.get(statement.speaker) ?? null) : null,
  }))
}

/** What a person said, newest first: their statements on their page. */
export function listStatementsBySpeaker(personId: number, limit = 10) {
  const speaker = { field: 'speaker', id: personId } as const
  return cachedRead(
    ['statements:by-speaker', String(personId), String(limit)],
    [tags.statementsHead(speaker)],
    (payload) => findLatestStatements(payload, limit, personId),
  )
}
