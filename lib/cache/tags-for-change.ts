import { isVisibleRow } from '../../access/reader-visibility'
import { tags, type TaggedCollection } from './tags'

/** What the cache needs to know of a document's stored (public-facing) row. */
export interface RowSnapshot {
  id?: number | string
  slug?: string | null
  /** `published` or `draft` on collections with drafts; absent elsewhere. */
  _status?: string | null
  updatedAt?: string | null
  deletedAt?: string | null
  /** Slugs it had before, which redirect to it while it is public. */
  previousSlugs?: string[]
}

/** Every collection whose documents can change what readers see. */
export type InvalidatedCollection = TaggedCollection

/** One change to one document: its stored row before and after (null when it did not / no longer exists). */
export interface DocumentChange {
  collection: InvalidatedCollection
  before: RowSnapshot | null
  after: RowSnapshot | null
}

/** A row readers can see (access/reader-visibility.ts): published where drafts exist, not in the trash. */
function isPublic(row: RowSnapshot | null): row is RowSnapshot {
  return row !== null && isVisibleRow(row)
}

/**
 * Saving a draft writes only a version, never the stored row, so an unchanged `updatedAt`
 * means no reader-visible change: autosaves invalidate nothing.
 */
function storedRowChanged({ before, after }: DocumentChange): boolean {
  if (!before || !after) return true
  return before.updatedAt !== after.updatedAt
}

/**
 * A public change expires the collection's lists, the page under the old and the new slug
 * (the old URL must stop showing it, the new one must start), and every place the document
 * is shown inside another.
 */
export function tagsForChange(change: DocumentChange): string[] {
  const { collection, before, after } = change
  if (!storedRowChanged(change)) return []
  if (!isPublic(before) && !isPublic(after)) return []
  const affected: string[] = [tags.list(collection)]
  for (const row of [before, after]) {
    if (row?.slug) affected.push(tags.bySlug(collection, row.slug))
    // Old URLs redirect to a public document: publishing, unpublishing or deleting it changes them too.
    for (const slug of row?.previousSlugs ?? []) affected.push(tags.bySlug(collection, slug))
    if (row?.id !== undefined) affected.push(tags.doc(collection, row.id))
  }
  return [...new Set(affected)]
}
