import { tags } from './tags'

/** What the cache needs to know of a document's stored (public-facing) row. */
export interface RowSnapshot {
  slug?: string | null
  /** `published` or `draft` on collections with drafts; absent elsewhere. */
  _status?: string | null
  updatedAt?: string | null
  deletedAt?: string | null
}

/** Every collection whose documents can change what readers see; each must have a mapper below. */
export type InvalidatedCollection = 'articles' | 'users'

/** One change to one document: its stored row before and after (null when it did not / no longer exists). */
export interface DocumentChange {
  collection: InvalidatedCollection
  before: RowSnapshot | null
  after: RowSnapshot | null
}

type TagMapper = (change: DocumentChange) => string[]

/** A row readers can see: published (where drafts exist) and not in the trash. */
function isPublic(row: RowSnapshot | null): row is RowSnapshot {
  return row !== null && (row._status === undefined || row._status === 'published') && !row.deletedAt
}

/**
 * Saving a draft writes only a version, never the stored row, so an unchanged `updatedAt`
 * means no reader-visible change: autosaves invalidate nothing.
 */
function storedRowChanged({ before, after }: DocumentChange): boolean {
  if (!before || !after) return true
  return before.updatedAt !== after.updatedAt
}

const articleTags: TagMapper = (change) => {
  const { before, after } = change
  if (!isPublic(before) && !isPublic(after)) return []
  const affected: string[] = [tags.articleList]
  // Both slugs: the old URL must stop showing the article, the new one must start.
  for (const row of [before, after]) if (row?.slug) affected.push(tags.article(row.slug))
  return affected
}

/** The record type makes a collection without a mapper a compile error. */
const mappers: Record<InvalidatedCollection, TagMapper> = {
  articles: articleTags,
  // Accounts have no public surface yet; author profiles will map here.
  users: () => [],
}

/** The one function that says which cache tags a change to a document makes stale. */
export function tagsForChange(change: DocumentChange): string[] {
  if (!storedRowChanged(change)) return []
  return [...new Set(mappers[change.collection](change))]
}
