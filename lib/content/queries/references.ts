import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** A document shown inside another: enough to name and link it. */
export interface Reference {
  id: number
  name: string
  slug: string
}

export interface ReferenceIds {
  authors?: number[]
  topics?: number[]
  people?: number[]
  events?: number[]
}

export interface References {
  authors: Reference[]
  topics: Reference[]
  people: Reference[]
  events: Reference[]
}

/** Keeps the order the editor chose, dropping what the reader may not see. */
function inOrder(ids: number[], docs: { id: number; name?: string | null; slug?: string | null }[]): Reference[] {
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return ids.flatMap((id) => {
    const doc = byId.get(id)
    return doc?.name && doc.slug ? [{ id, name: doc.name, slug: doc.slug }] : []
  })
}

type ReferenceRow = { kind: keyof References; id: number; name: string | null; slug: string | null }

const asIds = (ids: number[] | undefined) => sql`${`{${(ids ?? []).filter(Number.isSafeInteger).join(',')}}`}::int[]`

/**
 * Names and slugs of the authors, topics, people and summits a document refers to, in one SQL
 * statement whatever their number and kind (no N+1). It reads the tables directly, so it
 * states the reader's rules itself, as the collections' access does for an anonymous reader:
 * names and slugs are public on users, topics and people; summits only once published.
 */
export async function findReferences(payload: Payload, ids: ReferenceIds): Promise<References> {
  const empty: References = { authors: [], topics: [], people: [], events: [] }
  if (![ids.authors, ids.topics, ids.people, ids.events].some((list) => list?.length)) return empty
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const { rows } = await db.execute<ReferenceRow>(sql`
    select 'authors' as kind, id, name, slug from users where id = any(${asIds(ids.authors)})
    union all
    select 'topics', id, name, slug from topics where id = any(${asIds(ids.topics)})
    union all
    select 'people', id, name, slug from people where id = any(${asIds(ids.people)})
    union all
    select 'events', id, name, slug from events where id = any(${asIds(ids.events)}) and _status = 'published'
  `)
  const found = (kind: keyof References) => rows.filter((row) => row.kind === kind)
  return {
    authors: inOrder(ids.authors ?? [], found('authors')),
    topics: inOrder(ids.topics ?? [], found('topics')),
    people: inOrder(ids.people ?? [], found('people')),
    events: inOrder(ids.events ?? [], found('events')),
  }
}

/** A relationship value as an id, whether Payload returned the id or the populated document. */
export function idOf(value: unknown): number | null {
  if (typeof value === 'number') return value
  const id: unknown = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined
  return typeof id === 'number' ? id : null
}

/** A hasMany relationship's values as ids. */
export function idsOf(value: unknown): number[] {
  return Array.isArray(value) ? value.map(idOf).filter((id): id is number => id !== null) : []
}
