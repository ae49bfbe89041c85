import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { SAFETY_REVALIDATE_SECONDS } from '../cache/tags'
import { getPayloadClient } from '../server/payload'

/**
 * Runs a read through Next's data cache under `key`, tagged so that a change expires it.
 * The page that calls it inherits the tags, so the page is expired with its data.
 */
export function cachedRead<T>(key: string[], tagList: string[], read: (payload: Payload) => Promise<T>): Promise<T> {
  return unstable_cache(async () => read(await getPayloadClient()), key, {
    tags: tagList,
    revalidate: SAFETY_REVALIDATE_SECONDS,
  })()
}
