import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import { idOf, idsOf } from '../relation-ids'
import { recordExpiry } from './outbox/record'
import { revalidateTags } from './revalidate'
import { ARTICLE_FACETS, STATEMENT_FACETS, type ListScope } from './tags'
import { tagsForChange, type Expiry, type InvalidatedCollection, type RowSnapshot } from './tags-for-change'

const SNAPSHOT_FIELDS = ['slug', '_status', 'updatedAt', 'deletedAt'] as const

/** The relationships that put a document of these collections on lists of their own (tags.ts). */
const LIST_FACETS: Partial<Record<InvalidatedCollection, readonly string[]>> = {
  articles: ARTICLE_FACETS,
  statements: STATEMENT_FACETS,
}

/** The lists a row puts its document on. */
function listScopes(row: Record<string, unknown>, facets: readonly string[]): ListScope[] {
  return facets.flatMap((field) => {
    const value = row[field]
    return (Array.isArray(value) ? idsOf(value) : [idOf(value)]).flatMap((id) => (id === null ? [] : [{ field, id }]))
  })
}

function toSnapshot(
  collection: InvalidatedCollection,
  row: Record<string, unknown> | null | undefined,
): RowSnapshot | null {
  if (!row) return null
  const snapshot: RowSnapshot = {}
  if (typeof row.id === 'number' || typeof row.id === 'string') snapshot.id = row.id
  for (const field of SNAPSHOT_FIELDS) {
    const value = row[field]
    if (typeof value === 'string') snapshot[field] = value
    else if (value === null) snapshot[field] = null
  }
  if (Array.isArray(row.previousSlugs)) {
    snapshot.previousSlugs = row.previousSlugs.flatMap((entry: unknown) => {
      const slug = (entry as { slug?: unknown } | null)?.slug
      return typeof slug === 'string' ? [slug] : []
    })
  }
  const facets = LIST_FACETS[collection]
  if (facets) snapshot.scopes = listScopes(row, facets)
  return snapshot
}

/** The stored row, not the version a draft save wrote: that is what readers are shown. */
async function readStoredRow(collection: InvalidatedCollection, id: number | string, req: PayloadRequest) {
  const row = await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })
  return toSnapshot(collection, row as Record<string, unknown> | null)
}

const contextKey = (collection: string, id: number | string) => `cache:before:${collection}:${id}`

/**
 * Whether a save came in over HTTP (admin, REST, GraphQL), where Next can expire tags when the
 * request ends. Local API saves — scripts, seeds, and the jobs queue's scheduled publishes —
 * carry no Host header; they go through /api/revalidate, which works from any context.
 */
const cameOverHttp = (req: PayloadRequest) => Boolean(req.headers?.get('host'))

/**
 * Expires a change's tags on this node (when its request ends, or through /api/revalidate) and
 * records them in the outbox for the other nodes and the edges, in the change's transaction.
 */
async function expire(expiry: Expiry, req: PayloadRequest): Promise<void> {
  const inRequest = cameOverHttp(req)
  await recordExpiry(expiry, req, inRequest)
  revalidateTags(expiry, req.payload, { inRequest })
}

/** The cache hooks themselves, so a test can find them in every collection's config. */
const cacheHooks = new WeakSet<object>()
export const isCacheHook = (hook: unknown): boolean => typeof hook === 'function' && cacheHooks.has(hook)

/**
 * The hooks that make each save and delete expire what `tagsForChange` derives for it. Collections use `withCacheHooks`, which puts them where they must run.
 */
function invalidationHooks(collection: InvalidatedCollection) {
  const beforeChange: CollectionBeforeChangeHook = async ({ operation, originalDoc, req, context, data }) => {
    if (operation === 'update' && originalDoc?.id !== undefined) {
      context[contextKey(collection, originalDoc.id)] = await readStoredRow(collection, originalDoc.id, req)
    }
    return data
  }

  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
    const before =
      operation === 'create' ? null : ((context[contextKey(collection, doc.id)] as RowSnapshot | null) ?? null)
    const after = await readStoredRow(collection, doc.id, req)
    await expire(tagsForChange({ collection, before, after }), req)
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await expire(tagsForChange({ collection, before: toSnapshot(collection, doc), after: null }), req)
    return doc
  }

  for (const hook of [beforeChange, afterChange, afterDelete]) cacheHooks.add(hook)
  return { beforeChange, afterChange, afterDelete }
}

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * A collection's hooks with the cache hooks merged in: the "before" read of the stored row
 * runs after the collection's own beforeChange hooks (it must see the final data's id only,
 * and nothing may change the row after it), the expiry before its own after-hooks.
 */
export function withCacheHooks(collection: InvalidatedCollection, own: Hooks = {}): Hooks {
  const cache = invalidationHooks(collection)
  return {
    ...own,
    beforeChange: [...(own.beforeChange ?? []), cache.beforeChange],
    afterChange: [cache.afterChange, ...(own.afterChange ?? [])],
    afterDelete: [cache.afterDelete, ...(own.afterDelete ?? [])],
  }
}
