import { NEWSROOM_COLLECTION_SLUGS } from '../collections/slugs'
import { revalidationToken } from '../lib/cache/revalidation-token'
import { ARTICLE_FACETS, tags, type ArticleScope } from '../lib/cache/tags'
import { BIG_TOPIC_SLUG, EVENT_SLUG } from './archive-sizes'

/** A published document's id and, for an article, its relationships, read over REST as a reader would. */
export async function findBySlug(origin: string, collection: string, slug: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${origin}/api/${collection}?where[slug][equals]=${slug}&depth=0&limit=1`)
  const doc = ((await response.json()) as { docs: Record<string, unknown>[] }).docs[0]
  if (!doc) throw new Error(`${collection} ${slug} is not in the bench archive`)
  return doc
}

/**
 * Every tag the measured pages carry (lib/cache/tags.ts): expiring them all leaves the page and
 * data caches as cold as after a restart, so "uncached" is the whole render's cost.
 */
export async function everyTagShown(origin: string, leadSlug: string): Promise<string[]> {
  const topic = await findBySlug(origin, 'topics', BIG_TOPIC_SLUG)
  const summit = await findBySlug(origin, 'events', EVENT_SLUG)
  const lead = await findBySlug(origin, 'articles', leadSlug)
  const scopes: ArticleScope[] = [
    { field: 'topics', id: Number(topic.id) },
    { field: 'event', id: Number(summit.id) },
    ...ARTICLE_FACETS.flatMap((field) =>
      [lead[field]].flat().flatMap((id) => (typeof id === 'number' ? [{ field, id }] : [])),
    ),
  ]
  return [
    ...NEWSROOM_COLLECTION_SLUGS,
    tags.articlesHead(),
    tags.articlesTail(),
    tags.relatedLatest,
    tags.articleSearch,
    tags.statementsHead(),
    tags.statementsHead({ field: 'event', id: Number(summit.id) }),
    tags.article(leadSlug),
    tags.bySlug('events', EVENT_SLUG),
    tags.bySlug('topics', BIG_TOPIC_SLUG),
    ...scopes.flatMap((scope) => [tags.articlesHead(scope), tags.articlesTail(scope), tags.related(scope)]),
  ]
}

/** Expires `tagList` at once through the server's /api/revalidate (as scripts do). */
export async function expireTags(origin: string, tagList: string[], secret: string): Promise<void> {
  const response = await fetch(`${origin}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${revalidationToken(secret)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags: tagList }),
  })
  if (!response.ok) throw new Error(`revalidate answered ${response.status}`)
}
