import { permanentRedirect } from 'next/navigation'

import { tags } from '../cache/tags'
import { isSlug } from '../slug'
import { cachedRead } from './cached-read'
import { findSlugRedirect, type RedirectingCollection } from './queries/redirects'

/**
 * For a page whose slug found nothing: when a document used to live there, answer with a
 * permanent redirect to where it lives now. Cached under the slug's tag, so renaming or
 * reusing the slug expires it. Returns when there is nothing to redirect to (the caller 404s).
 */
export async function redirectFromOldSlug(
  collection: RedirectingCollection,
  slug: string,
  path: (current: string) => string,
): Promise<void> {
  if (!isSlug(slug)) return
  const current = await cachedRead(['slug-redirect', collection, slug], [tags.bySlug(collection, slug)], (payload) =>
    findSlugRedirect(payload, collection, slug),
  )
  if (current) permanentRedirect(path(current))
}
