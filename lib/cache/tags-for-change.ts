import { isVisibleRow } from '../../access/reader-visibility'
import { tags, type ArticleScope, type ListScope, type StatementScope, type TaggedCollection } from './tags'

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
  /** For articles and statements: the lists it belongs to (its summit, topics, speaker, …). */
  scopes?: ListScope[]
}

/** Every collection whose documents can change what readers see. */
export type InvalidatedCollection = TaggedCollection

/** One change to one document: its stored row before and after (null when it did not / no longer exists). */
export interface DocumentChange {
  collection: InvalidatedCollection
  before: RowSnapshot | null
  after: RowSnapshot | null
}

/**
 * What a change expires. `exact` tags expire at once: the next request renders anew.
 * `bounded` tags let pages made before the change be served stale, re-rendered behind the
 * reader, for at most the staleness bound (`staleBoundSeconds` in lib/server/env.js).
 */
export interface Expiry {
  exact: string[]
  bounded: string[]
}

export const NOTHING: Expiry = { exact: [], bounded: [] }

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
 * The page under the old and the new slug (the old URL must stop showing it, the new one must
 * start), its old URLs (they redirect while it is public), and every place it is shown inside
 * another document by id.
 */
function ownTags({ collection, before, after }: DocumentChange): string[] {
  const own: string[] = []
  for (const row of [before, after]) {
    if (row?.slug) own.push(tags.bySlug(collection, row.slug))
    for (const slug of row?.previousSlugs ?? []) own.push(tags.bySlug(collection, slug))
    if (row?.id !== undefined) own.push(tags.doc(collection, row.id))
  }
  return own
}

/** The lists a document was or is on, each once. */
function scopesOf<Scope extends ListScope>({ before, after }: DocumentChange): Scope[] {
  const seen = new Map<string, Scope>()
  for (const scope of [...(before?.scopes ?? []), ...(after?.scopes ?? [])])
    seen.set(`${scope.field}:${scope.id}`, scope as Scope)
  return [...seen.values()]
}

/**
 * An article shows on its page, on the first page of every list it belongs to and in search
 * (exact: at most a few hundred search pages are cached), on the later pages of those lists
 * and in the related coverage of articles sharing a summit, topic, person, author or
 * statement with it (bounded: a publish shifts every later page and re-ranks thousands of
 * related boxes, and none of them is where a reader looks for news first). Taking a story
 * down is exact everywhere: no page may go on showing it.
 */
function articleExpiry(change: DocumentChange): Expiry {
  const scopes = scopesOf<ArticleScope>(change)
  const exact = [
    tags.allArticles,
    ...ownTags(change),
    tags.articlesHead(),
    ...scopes.map((scope) => tags.articlesHead(scope)),
    tags.articleSearch,
  ]
  const elsewhere = [
    tags.articlesTail(),
    ...scopes.map((scope) => tags.articlesTail(scope)),
    ...scopes.map((scope) => tags.related(scope)),
    tags.relatedLatest,
  ]
  const takenDown = isPublic(change.before) && !isPublic(change.after)
  return takenDown
    ? { exact: unique([...exact, ...elsewhere]), bounded: [] }
    : { exact: unique(exact), bounded: elsewhere }
}

/**
 * A statement shows on its page, inside the articles that embed it (its doc tag), in the
 * latest statements, its summit's timeline and its speaker's page, in search, feeds and
 * sitemaps: all exact, and no other summit's or person's page.
 */
function statementExpiry(change: DocumentChange): Expiry {
  const scopes = scopesOf<StatementScope>(change)
  const exact = [
    tags.list('statements'),
    ...ownTags(change),
    tags.statementsHead(),
    ...scopes.map((scope) => tags.statementsHead(scope)),
  ]
  return { exact: unique(exact), bounded: [] }
}

const unique = (list: string[]) => [...new Set(list)]

/**
 * The one place that decides what a change expires (docs/ARCHITECTURE.md, "The cache model").
 * A change readers could not see — a draft, an autosave — expires nothing. Any other change
 * to an article follows `articleExpiry`; to any other document, it expires the collection's
 * lists, its page and every place it is shown, exactly.
 */
export function tagsForChange(change: DocumentChange): Expiry {
  const { collection, before, after } = change
  if (!storedRowChanged(change)) return NOTHING
  if (!isPublic(before) && !isPublic(after)) return NOTHING
  if (collection === 'articles') return articleExpiry(change)
  if (collection === 'statements') return statementExpiry(change)
  return { exact: unique([tags.list(collection), ...ownTags(change)]), bounded: [] }
}
