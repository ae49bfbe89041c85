import { describe, expect, it } from 'vitest'

import { NEWSROOM_COLLECTIONS, NEWSROOM_COLLECTION_SLUGS } from '../../collections'
import { isCacheHook } from '../../lib/cache/hooks'
import configPromise from '../../payload.config'

/**
 * Freshness is derived in one place only if every collection carries the cache hooks: a
 * collection that spread its own hooks over them would save without expiring anything.
 */
describe('every newsroom collection', async () => {
  const config = await configPromise
  const ours = config.collections.filter((collection) => !collection.slug.startsWith('payload-'))

  it('is in the one list the rest of the code derives from, in its order', () => {
    expect(ours.map((collection) => collection.slug)).toEqual(NEWSROOM_COLLECTION_SLUGS)
    expect(NEWSROOM_COLLECTIONS.map((collection) => collection.slug)).toEqual(NEWSROOM_COLLECTION_SLUGS)
  })

  it.each(NEWSROOM_COLLECTION_SLUGS)('%s expires its cache tags on every change and delete', (slug) => {
    const hooks = ours.find((collection) => collection.slug === slug)?.hooks
    for (const kind of ['beforeChange', 'afterChange', 'afterDelete'] as const) {
      expect(hooks?.[kind]?.filter(isCacheHook), kind).toHaveLength(1)
    }
    // The row read before a change comes after everything that shapes the data.
    expect(isCacheHook(hooks?.beforeChange?.at(-1))).toBe(true)
  })
})
