import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { publicProfileColumns, publishedSql } from '../../../access/reader-visibility'
import { events, people, topics, users } from '../../../payload-generated-schema'
import { drizzleOf } from '../../server/drizzle'
import type { Reference, References } from '../views'

export interface ReferenceIds {
  authors?: number[]
  topics?: number[]
  people?: number[]
  events?: number[]
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

const author = publicProfileColumns

/**
 * Names and slugs of the authors, topics, people and summits a document refers to, in one SQL
 * statement whatever their number and kind (no N+1). It reads the tables directly, so it
 * states the reader's rules itself (access/reader-visibility.ts), as the collections' access
 * does for an anonymous reader: of users only the public profile; summits only once published.
 */
export async function findReferences(payload: Payload, ids: ReferenceIds): Promise<References> {
  const empty: References = { authors: [], topics: [], people: [], events: [] }
  if (![ids.authors, ids.topics, ids.people, ids.events].some((list) => list?.length)) return empty
  const { rows } = await drizzleOf(payload).execute<ReferenceRow>(sql`
    select 'authors' as kind, ${author.id} as id, ${author.name} as name, ${author.slug} as slug from ${users} where ${author.id} = any(${asIds(ids.authors)})
    union all
    select 'topics', ${topics.id}, ${topics.name}, ${topics.slug} from ${topics} where ${topics.id} = any(${asIds(ids.topics)})
    union all
    select 'people', ${people.id}, ${people.name}, ${people.slug} from ${people} where ${people.id} = any(${asIds(ids.people)})
    union all
    select 'events', ${events.id}, ${events.name}, ${events.slug} from ${events} where ${events.id} = any(${asIds(ids.events)}) and ${publishedSql(events)}
  `)
  const found = (kind: keyof References) => rows.filter((row) => row.kind === kind)
  return {
    authors: inOrder(ids.authors ?? [], found('authors')),
    topics: inOrder(ids.topics ?? [], found('topics')),
    people: inOrder(ids.people ?? [], found('people')),
    events: inOrder(ids.events ?? [], found('events')),
  }
}
