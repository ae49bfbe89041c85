import { tags } from '../cache/tags'
import { cachedRead } from './cached-read'
import { findReferences } from './queries/references'
import type { Reference } from './views'

/** People's names and slugs by id, cached under each person's tag so a rename shows everywhere. */
export async function namePeople(ids: number[]): Promise<Map<number, Reference>> {
  const unique = [...new Set(ids)].sort((a, b) => a - b)
  const { people } = await cachedRead(
    ['people-names', unique.join(',')],
    unique.map((id) => tags.doc('people', id)),
    (payload) => findReferences(payload, { people: unique }),
  )
  return new Map(people.map((person) => [person.id, person]))
}

/** The ids of the speakers of `statements`, for namePeople. */
export function speakersOf(statements: { speaker: number | null }[]): number[] {
  return statements.flatMap((statement) => (statement.speaker ? [statement.speaker] : []))
}
