import { describe, expect, it } from 'vitest'

import ReaderPageCacheHandler, {
  entrySize,
  MAX_CACHED_SEARCHES,
  pageEtag,
  SEARCH_READ_TAG,
  stringBytes,
} from '@/lib/cache/reader-page-cache-handler.mjs'
import { tags } from '@/lib/cache/tags'

/** Next builds a handler per request; they share one store and one ledger. */
const handler = () => new ReaderPageCacheHandler()

const page = (title: string, tags = 'articles') => ({
  kind: 'APP_PAGE',
  html:
    '<!DOCTYPE html><html><head><style>p{color:red}</style><script src="/_next/static/chunks/app.js" async=""></script></head>' +
    `<body><main><h1>${title}</h1></main><script>self.__next_f.push([1,""])</script></body></html>`,
  rscData: Buffer.from('0:{}'),
  headers: { 'x-next-cache-tags': tags },
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

  it("keeps a script-free page's flight data but not its per-segment prefetch data; a page that needs its scripts keeps both", async () => {
    const cache = handler()
    const segments = new Map([['/_tree', Buffer.from('tree')]])
    await cache.set('/articles/segments', { ...page('Segments'), segmentData: segments } as never, setContext as never)
    const stored = (await cache.get('/articles/segments', getContext as never)) as {
      value: { rscData?: Buffer; segmentData?: Map<string, Buffer> }
    }
    expect(stored.value.rscData?.toString()).toBe('0:{}')
    expect(stored.value.segmentData).toBeUndefined()

    const streamed = { ...page('Streamed'), segmentData: segments }
    streamed.html = streamed.html.replace('<main>', '<main><template id="B:0"></template>')
    await cache.set('/articles/streamed', streamed as never, setContext as never)
    const kept = (await cache.get('/articles/streamed', getContext as never)) as {
      value: { html: string; segmentData?: Map<string, Buffer> }
    }
    expect(kept.value.html).toContain('<script')
    expect(kept.value.segmentData).toBe(segments)
  })

  it('counts a page by the bytes it takes in memory: two a character once any character is beyond Latin-1', () => {
    expect(stringBytes('Summit Wire café')).toBe(16)
    expect(stringBytes('Summit Wire — 2026')).toBe(36)
    const latin = { ...page('Plain'), html: 'x'.repeat(10_000) }
    const wide = { ...page('Wide'), html: `${'x'.repeat(9_999)}—` }
    const size = (value: object) => entrySize({ value, tags: ['articles'], startedAt: 0 } as never)
    expect(size(wide) - size(latin)).toBe(10_000)
  })

  it('gives each stored page a strong ETag from its stored bytes, made once (the edge answers and gzips by it)', async () => {
    const cache = handler()
    await cache.set('/articles/etag-a', page('Same') as never, setContext as never)
    await cache.set('/articles/etag-b', page('Same') as never, setContext as never)
    await cache.set('/articles/etag-c', page('Other') as never, setContext as never)
    const etagOf = async (key: string) => {
      const entry = (await cache.get(key, getContext as never)) as {
        value: { html: string; headers: Record<string, string> }
      }
      expect(entry.value.headers.etag).toBe(pageEtag(entry.value.html))
      return entry.value.headers.etag
    }
    expect(await etagOf('/articles/etag-a')).toMatch(/^"[\w-]{32}"$/)
    expect(await etagOf('/articles/etag-a')).toBe(await etagOf('/articles/etag-b'))
    expect(await etagOf('/articles/etag-c')).not.toBe(await etagOf('/articles/etag-a'))
  })

  it("gives a cached route's body (a sitemap) an ETag from its bytes, and keeps one its handler set (a feed's)", async () => {
    const cache = handler()
    const route = (body: string, headers: Record<string, string>) => ({
      kind: 'APP_ROUTE',
      body: Buffer.from(body),
      status: 200,
      headers: { 'content-type': 'application/xml', 'x-next-cache-tags': 'sitemaps', ...headers },
    })
    await cache.set('/sitemaps/index.xml', route('<urlset/>', {}) as never, setContext as never)
    await cache.set('/feeds/cached/xml', route('<rss/>', { etag: '"from-the-feed"' }) as never, setContext as never)
    const headersOf = async (key: string) =>
      ((await cache.get(key, { kind: 'APP_ROUTE' } as never)) as { value: { headers: Record<string, string> } }).value
        .headers
    expect((await headersOf('/sitemaps/index.xml')).etag).toBe(pageEtag(Buffer.from('<urlset/>')))
    expect((await headersOf('/feeds/cached/xml')).etag).toBe('"from-the-feed"')
  })

  type Got = { value: { html: string }; lastModified: number } | null

  const get = async (key: string) => (await handler().get(key, getContext as never)) as Got
  const fetchEntry = (body: string, tags: string[]) => ({
    kind: 'FETCH',
    data: { headers: {}, body, status: 200, url: '' },
    tags,
    revalidate: 3600,
  })
  const fetchContext = (tags: string[]) => ({ kind: 'FETCH', revalidate: 3600, tags, softTags: [] })
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  it('never keeps a server error: a route answered while the database was down is answered again', async () => {
    const cache = handler()
    const key = '/route-cache/APP_ROUTE/x/$/feeds/cached/xml'
    await cache.set(
      key,
      { kind: 'APP_ROUTE', body: Buffer.from('ok'), status: 200, headers: {} } as never,
      setContext as never,
    )
    await cache.set(
      key,
      { kind: 'APP_ROUTE', body: Buffer.from('down'), status: 503, headers: {} } as never,
      setContext as never,
    )
    expect(await cache.get(key, { kind: 'APP_ROUTE' } as never)).toBeNull()
  })

  it(`keeps at most ${MAX_CACHED_SEARCHES} search results (one read per query), dropping the oldest, and no other read for them`, async () => {
    expect(SEARCH_READ_TAG).toBe(tags.articleSearch)
    const cache = handler()
    await cache.set('read:topic', fetchEntry('topic', ['list:articles:head']) as never, fetchContext([]) as never)
    const reads = Array.from({ length: MAX_CACHED_SEARCHES + 30 }, (_, i) => `read:search-${i}`)
    for (const key of reads)
      await cache.set(key, fetchEntry(key, [tags.articleSearch]) as never, fetchContext([tags.articleSearch]) as never)

    const present = async (key: string, entryTags: string[]) =>
      (await cache.get(key, fetchContext(entryTags) as never)) !== null
    expect(await present('read:topic', ['list:articles:head'])).toBe(true)
    const kept = await Promise.all(reads.map((key) => present(key, [tags.articleSearch])))
    expect(kept.slice(0, 30).some(Boolean)).toBe(false)
    expect(kept.slice(30).every(Boolean)).toBe(true)
  })

  it("an exact change to any of a page's tags expires it; a change to other tags leaves it", async () => {
    await handler().set('/articles/exact', page('Exact', 'articles:exact,doc:topics:1') as never, setContext as never)
    await handler().revalidateTag('doc:topics:2', { expire: 0 })
    expect(await get('/articles/exact')).not.toBeNull()
    await handler().revalidateTag(['doc:topics:1'])
    expect(await get('/articles/exact')).toBeNull()
  })

  it('a bounded change serves the page stale (Next re-renders it behind the reader) until the bound, then expires it', async () => {
    await handler().set('/articles/bounded', page('Bounded', 'related:topics:9') as never, setContext as never)
    const fresh = await get('/articles/bounded')
    expect(Date.now() - fresh!.lastModified).toBeLessThan(3600 * 1000)

    await handler().revalidateTag('related:topics:9', { expire: 1 })
    const stale = await get('/articles/bounded')
    expect(stale?.value.html).toContain('<h1>Bounded</h1>')
    // Older than its revalidate period (3600 s): Next serves it and renders a fresh copy.
    expect(Date.now() - stale!.lastModified).toBeGreaterThan(3600 * 1000)

    await sleep(1100)
    expect(await get('/articles/bounded')).toBeNull()
  })

  it('a render that started before a change is not kept as fresh, however late it is stored', async () => {
    expect(await get('/articles/slow')).toBeNull() // the miss: the render starts now
    await sleep(5)
    await handler().revalidateTag('articles:slow', { expire: 0 }) // a publish while it renders
    await handler().set('/articles/slow', page('Old', 'articles:slow') as never, setContext as never)
    // Later than the change (a miss in the change's own millisecond counts as before it).
    await sleep(5)
    expect(await get('/articles/slow')).toBeNull()

    // The render after that miss began after the change: it stays.
    await handler().set('/articles/slow', page('New', 'articles:slow') as never, setContext as never)
    expect((await get('/articles/slow'))?.value.html).toContain('<h1>New</h1>')
  })

  it('a data read under a stale tag is read again, so the page re-rendered behind a reader shows the change', async () => {
    const cache = handler()
    await cache.set('related-7', fetchEntry('[1,2]', ['related:people:7']) as never, { fetchCache: true } as never)
    expect(await cache.get('related-7', fetchContext(['related:people:7']) as never)).not.toBeNull()
    await cache.revalidateTag('related:people:7', { expire: 300 })
    expect(await cache.get('related-7', fetchContext(['related:people:7']) as never)).toBeNull()
  })
})
