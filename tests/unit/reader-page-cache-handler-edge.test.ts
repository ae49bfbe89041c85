import { beforeAll, describe, expect, it, vi } from 'vitest'

import type * as HandlerModule from '@/lib/cache/reader-page-cache-handler.mjs'
import { STALE_SURROGATE_CONTROL } from '@/lib/http/edge-cache-headers.mjs'

/*
 * The cache handler with an edge configured (EDGE_PURGE_URLS): what it stores carries the
 * page's tags as surrogate keys and the edge's long lifetime; a stale page goes out with a
 * short one. Its own module instance, since the handler reads the configuration once.
 */
type Handler = typeof HandlerModule
let handlerModule: Handler

beforeAll(async () => {
  vi.stubEnv('EDGE_PURGE_URLS', 'http://127.0.0.1:9/')
  vi.resetModules()
  handlerModule = await import('@/lib/cache/reader-page-cache-handler.mjs')
  return () => vi.unstubAllEnvs()
})

const page = (tags: string) => ({
  kind: 'APP_PAGE',
  html: '<!DOCTYPE html><html><head></head><body><main><h1>Edge</h1></main><script src="/_next/a.js"></script></body></html>',
  rscData: Buffer.from('0:{}'),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
})
const route = (tags: string) => ({
  kind: 'APP_ROUTE',
  body: Buffer.from('<urlset/>'),
  headers: { 'x-next-cache-tags': tags, 'content-type': 'application/xml' },
  status: 200,
})
const setContext = { cacheControl: { revalidate: 3600, expire: undefined } }
const getContext = { kind: 'APP_PAGE' }
type Stored = { value: { headers: Record<string, string> } } | null

describe('the reader page cache handler in front of an edge', () => {
  it("stores pages and routes with their tags as surrogate keys (not Next's path tags) and a day's edge lifetime", async () => {
    const cache = new handlerModule.default()
    await cache.set('/articles/edge', page('articles:edge,doc:articles:7,_N_T_/layout') as never, setContext as never)
    await cache.set('/sitemaps/edge.xml', route('articles,sitemaps') as never, setContext as never)
    const stored = (await cache.get('/articles/edge', getContext as never)) as Stored
    expect(stored!.value.headers).toMatchObject({
      'surrogate-control': 'max-age=86400',
      xkey: 'articles:edge doc:articles:7',
      'surrogate-key': 'articles:edge doc:articles:7',
      'cache-tag': 'articles:edge,doc:articles:7',
    })
    const sitemap = (await cache.get('/sitemaps/edge.xml', { kind: 'APP_ROUTE' } as never)) as Stored
    expect(sitemap!.value.headers).toMatchObject({ xkey: 'articles sitemaps', 'surrogate-control': 'max-age=86400' })
  })

  it('hands out a stale page with a short edge lifetime, so the edge does not keep it as fresh', async () => {
    const cache = new handlerModule.default()
    await cache.set('/articles/bounded', page('related:topics:3') as never, setContext as never)
    await new Promise((resolve) => setTimeout(resolve, 2))
    await cache.revalidateTag('related:topics:3', { expire: 300 })
    const stale = (await cache.get('/articles/bounded', getContext as never)) as Stored
    expect(stale!.value.headers['surrogate-control']).toBe(STALE_SURROGATE_CONTROL)
    expect(stale!.value.headers.xkey).toBe('related:topics:3')
  })
})
