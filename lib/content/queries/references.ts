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

/**
 * Names and slugs of the authors, topics and people a document refers to: one query per
 * collection whatever their number (no N+1), as an anonymous reader, public fields only.
 */
export async function findReferences(payload: Payload, ids: ReferenceIds): Promise<References> {
  const load = async (collection: 'users' | 'topics' | 'people' | 'events', wanted: number[] | undefined) => {
    if (!wanted?.length) return []
    const found = await payload.find({
      collection,
      where: { id: { in: wanted } },
      limit: wanted.length,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      draft: false,
      select: { name: true, slug: true },
    })
    return inOrder(wanted, found.docs as { id: number; name?: string | null; slug?: string | null }[])
  }
  const [authors, topics, people, events] = await Promise.all([
    load('users', ids.authors),
    load('topics', ids.topics),
    load('people', ids.people),
    load('events', ids.events),
  ])
  return { authors, topics, people, events }
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
