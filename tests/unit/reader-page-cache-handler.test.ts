import os from 'node:os'

import { describe, expect, it } from 'vitest'

import ReaderPageCacheHandler, { MAX_CACHED_SEARCH_PAGES } from '@/lib/cache/reader-page-cache-handler.mjs'

/** Next's handler context, memory only (isrFlushToDisk is off), as `next start` builds it. */
const handler = () =>
  new ReaderPageCacheHandler({
    fs: { existsSync: () => false, readFile: async () => Promise.reject(new Error('no disk')) },
    serverDistDir: os.tmpdir(),
    flushToDisk: false,
    maxMemoryCacheSize: 50 * 1024 * 1024,
    revalidatedTags: [],
  } as never)

const page = (title: string) => ({
  kind: 'APP_PAGE',
  html:
    '<!DOCTYPE html><html><head><style>p{color:red}</style><script src="/_next/static/chunks/app.js" async=""></script></head>' +
    `<body><main><h1>${title}</h1></main><script>self.__next_f.push([1,""])</script></body></html>`,
  rscData: Buffer.from('0:{}'),
  headers: { 'x-next-cache-tags': 'articles' },
  status: 200,
  postponed: undefined,
  segmentData: undefined,
})
const setContext = {
  cacheControl: { revalidate: 3600, expire: undefined },
  isRoutePPREnabled: false,
  isFallback: false,
}
const getContext = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false }

describe('the reader page cache handler', () => {
  it('stores a page without its scripts and with the script-free policy', async () => {
    const cache = handler()
    await cache.set('/articles/stored', page('Stored') as never, setContext as never)
    const entry = (await cache.get('/articles/stored', getContext as never)) as {
      value: { html: string; headers: Record<string, string> }
    }
    expect(entry.value.html).toContain('<h1>Stored</h1>')
    expect(entry.value.html).not.toContain('<script')
    expect(entry.value.headers['content-security-policy']).toMatch(/^script-src 'none'; style-src 'self' 'sha256-/)
  })

  it(`keeps at most ${MAX_CACHED_SEARCH_PAGES} search pages, dropping the oldest, and never a story for them`, async () => {
    const cache = handler()
    await cache.set('/articles/kept', page('Kept') as never, setContext as never)
    const searches = Array.from({ length: MAX_CACHED_SEARCH_PAGES + 50 }, (_, i) => `/search/cached/made-up-${i}`)
    for (const key of searches) await cache.set(key, page(key) as never, setContext as never)

    expect(await cache.get('/articles/kept', getContext as never)).not.toBeNull()
    const present = await Promise.all(searches.map(async (key) => (await cache.get(key, getContext as never)) !== null))
    expect(present.slice(0, 50).some(Boolean)).toBe(false)
    expect(present.slice(50).every(Boolean)).toBe(true)
  })
})
