import type { Payload, Where } from 'payload'

import { SLUG_PATTERN } from '../../slug'

export type RedirectingCollection = 'articles' | 'events' | 'people' | 'topics'

const HAS_DRAFTS: Record<RedirectingCollection, boolean> = { articles: true, events: true, people: false, topics: false }

/**
 * The current slug of the public document that once lived at `slug`, or null. Old slugs are
 * staff-only fields, so this reads them with access overridden and states the reader's rule
 * itself: only a published document redirects, and only to its own current slug.
 */
export async function findSlugRedirect(payload: Payload, collection: RedirectingCollection, slug: string): Promise<string | null> {
  if (!SLUG_PATTERN.test(slug)) return null
  const where: Where = HAS_DRAFTS[collection]
    ? { and: [{ 'previousSlugs.slug': { equals: slug } }, { _status: { equals: 'published' } }] }
    : { 'previousSlugs.slug': { equals: slug } }
  const found = await payload.find({ collection, where, sort: '-updatedAt', limit: 1, pagination: false, depth: 0, overrideAccess: true, draft: false, select: { slug: true } })
  const current = (found.docs[0] as { slug?: string | null } | undefined)?.slug
  return current && current !== slug ? current : null
}
