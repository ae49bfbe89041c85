import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkNginxConfig, NGINX_BINARY, nginxInstalled, startNginx } from '../../bench/nginx-proxy'
import { renderNginxConfig } from '../../deploy/render-nginx-config'
import { startCountingUpstream, type CountingUpstream } from '../support/counting-upstream'
import { rawRequest, type RawResponse } from '../support/raw-http'
import { describeSuite } from '../support/suite'

/*
 * deploy/nginx.conf, rendered for a temporary prefix and run by the system nginx in front of a
 * stand-in app that counts its requests. `npm test` installs nginx; without it this fails.
 */
/** nginx counts freshness in whole seconds: an entry stored during second N is fresh through N+1. */
const PAST_FRESHNESS_MS = 2_100
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(20)
  }
}

const text = (response: RawResponse) => response.body.toString('utf8')
const cacheStatus = (response: RawResponse) => response.headers['x-cache-status']

describeSuite(
  'nginx',
  'nginx fast path (deploy/nginx.conf)',
  { met: nginxInstalled(), missing: `nginx (${NGINX_BINARY}; apt-get install -y nginx)` },
  () => {
    let app: CountingUpstream
    let nginx: { origin: string; stop: () => Promise<void> }
    const get = (path: string, headers: Record<string, string> = {}) =>
      rawRequest(`${nginx.origin}${path}`, { headers })

    beforeAll(async () => {
      app = await startCountingUpstream()
      nginx = await startNginx({ upstream: app.address })
    })

    afterAll(async () => {
      await nginx?.stop()
      await app?.close()
    })

    describe('config', () => {
      it('passes nginx -t as rendered for a temporary prefix', async () => {
        const { ok, output } = await checkNginxConfig({ upstream: '127.0.0.1:9', listen: '127.0.0.1:9' })
        expect(output).toMatch(/test is successful/)
        expect(ok).toBe(true)
      })

      it('refuses to render when deploy/nginx.conf no longer has a line it rewrites', () => {
        const target = { upstream: '127.0.0.1:3700', listen: '127.0.0.1:8080' }
        expect(renderNginxConfig(target)).toContain('server 127.0.0.1:3700;')
        expect(() => renderNginxConfig(target, 'user nginx;\nhttp { upstream a { server app:3001; } }')).toThrow(
          /upstream server/,
        )
        expect(() => renderNginxConfig({ ...target, upstream: 'app:3000; evil' })).toThrow(/host:port/)
      })
    })

    describe('micro-cache for anonymous readers', () => {
      it('answers a repeat from the cache within the second, and renders again after it despite s-maxage', async () => {
        const path = '/articles/micro-cache'
        const first = await get(path)
        expect(first.status).toBe(200)
        expect(cacheStatus(first)).toBe('MISS')
        const second = await get(path)
        expect(cacheStatus(second)).toBe('HIT')
        expect(text(second)).toBe(text(first))
        expect(app.hits(path)).toBe(1)

        await sleep(PAST_FRESHNESS_MS)
        // Stale-while-revalidate: the old copy answers at once while one request refreshes it.
        const expired = await get(path)
        expect(expired.status).toBe(200)
        expect(['STALE', 'UPDATING']).toContain(cacheStatus(expired))
        expect(text(expired)).toContain('render 1 of')
        await eventually(() => app.hits(path) === 2, 'the background refresh')
        const refreshed = await get(path)
        expect(cacheStatus(refreshed)).toBe('HIT')
        expect(text(refreshed)).toContain('render 2 of')
      })

      it('fills a miss with one request to the app however many readers ask at once', async () => {
        const path = '/topics/trade'
        app.answer(path, { delayMs: 300 })
        const responses = await Promise.all(Array.from({ length: 8 }, () => get(path)))
        expect(responses.map((response) => response.status)).toEqual(Array(8).fill(200))
        expect(app.hits(path)).toBe(1)
      })

      it('caches feeds, sitemaps, robots.txt, redirects and 404s too', async () => {
        const answers: [string, number, string][] = [
          ['/feed.xml', 200, 'application/rss+xml; charset=utf-8'],
          ['/topics/trade/feed.json', 200, 'application/feed+json; charset=utf-8'],
          ['/sitemaps/articles-1.xml', 200, 'application/xml; charset=utf-8'],
          ['/robots.txt', 200, 'text/plain; charset=utf-8'],
          ['/articles/old-slug', 308, 'text/plain'],
          ['/articles/no-such-story', 404, 'text/html; charset=utf-8'],
        ]
        for (const [path, status, type] of answers) {
          app.answer(path, { status, headers: { 'Content-Type': type } })
          expect((await get(path)).status).toBe(status)
          expect(cacheStatus(await get(path))).toBe('HIT')
          expect(app.hits(path)).toBe(1)
        }
      })

      it('tells browsers to revalidate ISR pages, and passes the app’s own Cache-Control through', async () => {
        for (const expected of ['MISS', 'HIT']) {
          const page = await get('/articles/browser-cache')
          expect(cacheStatus(page)).toBe(expected)
          expect(page.headers['cache-control']).toBe('public, max-age=0, must-revalidate')
        }
        const feedCacheControl = 'public, max-age=60, s-maxage=60, stale-while-revalidate=300, stale-if-error=86400'
        app.answer('/feed.atom', { headers: { 'Cache-Control': feedCacheControl } })
        expect((await get('/feed.atom')).headers['cache-control']).toBe(feedCacheControl)
        expect((await get('/feed.atom')).headers['cache-control']).toBe(feedCacheControl)
      })

      it('answers a conditional request from the cache with 304', async () => {
        const path = '/articles/conditional'
        app.answer(path, { headers: { ETag: '"v1"' } })
        expect((await get(path)).status).toBe(200)
        const revalidated = await get(path, { 'If-None-Match': '"v1"' })
        expect(revalidated.status).toBe(304)
        expect(app.hits(path)).toBe(1)
      })

      it('keeps /_next/static files past the one second', async () => {
        const path = '/_next/static/chunks/app-0123abcd.js'
        app.answer(path, {
          headers: { 'Content-Type': 'application/javascript', 'Cache-Control': 'public, max-age=31536000, immutable' },
        })
        expect(cacheStatus(await get(path))).toBe('MISS')
        await sleep(PAST_FRESHNESS_MS)
        expect(cacheStatus(await get(path))).toBe('HIT')
        expect(app.hits(path)).toBe(1)
      })
    })

    describe('never cached', () => {
      const personal: [string, string, Record<string, string>][] = [
        ['the Payload login cookie', '/articles/signed-in', { Cookie: 'theme=dark; payload-token=eyJhbGciOi.editor' }],
        ['the draft-mode cookie', '/articles/draft-mode', { Cookie: '__prerender_bypass=0f1e2d3c' }],
        ['an Authorization header', '/articles/api-key', { Authorization: 'users API-Key 0123456789' }],
        ['an RSC header', '/articles/rsc-header', { RSC: '1' }],
      ]
      it.each(personal)(
        'a request with %s: every one reaches the app, and readers never get its answer',
        async (_, path, headers) => {
          for (let i = 0; i < 3; i += 1) {
            const response = await get(path, headers)
            expect(cacheStatus(response)).toBe('BYPASS')
            expect(text(response)).toContain('personal=yes')
          }
          expect(app.hits(path)).toBe(3)
          const reader = await get(path)
          expect(cacheStatus(reader)).toBe('MISS')
          expect(text(reader)).toContain('personal=no')
          expect(app.hits(path)).toBe(4)
          // …while the same page does cache for readers.
          expect(cacheStatus(await get(path))).toBe('HIT')
        },
      )

      it('an RSC request by ?_rsc= query', async () => {
        const path = '/articles/rsc-query?_rsc=1a2b3'
        for (let i = 0; i < 3; i += 1) expect(cacheStatus(await get(path))).toBe('BYPASS')
        expect(app.hits(path)).toBe(3)
      })

      it.each([
        '/admin',
        '/admin/collections/articles',
        '/api/articles?limit=1',
        '/api/preview?collection=articles&id=1',
        '/api/health',
      ])('%s: every request reaches the app', async (path) => {
        for (let i = 0; i < 3; i += 1) {
          const response = await get(path)
          expect(response.status).toBe(200)
          expect(cacheStatus(response)).toBeUndefined()
        }
        expect(app.hits(path)).toBe(3)
      })

      it('a POST reaches the app every time and leaves nothing in the cache for GETs', async () => {
        const path = '/articles/posted'
        for (let i = 0; i < 3; i += 1) {
          const response = await rawRequest(`${nginx.origin}${path}`, {
            method: 'POST',
            headers: { 'Content-Type': 'text/plain' },
            body: 'x',
          })
          expect(response.status).toBe(200)
        }
        expect(app.hits(path)).toBe(3)
        expect(cacheStatus(await get(path))).toBe('MISS')
        expect(app.hits(path)).toBe(4)
      })

      it('a response that sets a cookie', async () => {
        const path = '/articles/sets-cookie'
        app.answer(path, { headers: { 'Set-Cookie': 'session=abc; Path=/; HttpOnly' } })
        for (let i = 0; i < 3; i += 1) {
          const response = await get(path)
          expect(response.headers['set-cookie']).toEqual(['session=abc; Path=/; HttpOnly'])
          expect(cacheStatus(response)).toBe('MISS')
        }
        expect(app.hits(path)).toBe(3)
      })
    })

    describe('when the app fails', () => {
      it('serves the last good copy while the app answers 502, and passes a 502 through when it has none', async () => {
        const path = '/articles/app-failing'
        expect(text(await get(path))).toContain('render 1 of')
        app.answer(path, { status: 502 })
        await sleep(PAST_FRESHNESS_MS)
        for (let i = 0; i < 3; i += 1) {
          const response = await get(path)
          expect(response.status).toBe(200)
          expect(text(response)).toContain('render 1 of')
          if (i === 0) await eventually(() => app.hits(path) === 2, 'the failing refresh')
        }
        const neverCached = '/articles/never-good'
        app.answer(neverCached, { status: 502 })
        expect((await get(neverCached)).status).toBe(502)
      })

      it('serves the last good copy while the app is down', async () => {
        // Its own app and nginx: this app goes away.
        const doomed = await startCountingUpstream()
        const proxy = await startNginx({ upstream: doomed.address })
        try {
          expect((await rawRequest(`${proxy.origin}/articles/app-down`)).status).toBe(200)
          await doomed.close()
          await sleep(PAST_FRESHNESS_MS)
          const stale = await rawRequest(`${proxy.origin}/articles/app-down`)
          expect(stale.status).toBe(200)
          expect(text(stale)).toContain('render 1 of')
          expect(['STALE', 'UPDATING']).toContain(cacheStatus(stale))
          expect((await rawRequest(`${proxy.origin}/articles/never-read`)).status).toBe(502)
        } finally {
          await proxy.stop()
        }
      })
    })

    describe('transport', () => {
      it.each([
        ['/articles/gzip', 'text/html; charset=utf-8'],
        ['/feed.json', 'application/feed+json; charset=utf-8'],
        ['/news-sitemap.xml', 'application/xml; charset=utf-8'],
        ['/people/xi-jinping/feed.xml', 'application/rss+xml; charset=utf-8'],
      ])('gzips %s for clients that accept it, from an identity body', async (path, type) => {
        app.answer(path, { headers: { 'Content-Type': type } })
        const zipped = await get(path, { 'Accept-Encoding': 'gzip' })
        expect(zipped.headers['content-encoding']).toBe('gzip')
        expect(gunzipSync(zipped.body).toString('utf8')).toContain(`of ${path}`)
        expect(app.lastHeaders(path)?.['accept-encoding']).toBeUndefined()
        const plain = await get(path)
        expect(plain.headers['content-encoding']).toBeUndefined()
        expect(text(plain)).toContain(`of ${path}`)
        // One cached copy serves both: the app's `Vary: Accept-Encoding` does not split the cache.
        expect(cacheStatus(plain)).toBe('HIT')
        expect(app.hits(path)).toBe(1)
      })

      it('forwards the reader’s host and address, not the client’s own forwarding headers', async () => {
        const path = '/api/forwarded'
        await get(path, {
          'X-Forwarded-For': '203.0.113.9',
          'X-Forwarded-Host': 'evil.example',
          'X-Middleware-Subrequest': 'middleware',
        })
        const seen = app.lastHeaders(path)
        expect(seen?.host).toBe(new URL(nginx.origin).host)
        expect(seen?.['x-forwarded-host']).toBe(new URL(nginx.origin).host)
        expect(seen?.['x-forwarded-for']).toBe('127.0.0.1')
        expect(seen?.['x-forwarded-proto']).toBe('http')
        expect(seen?.['x-middleware-subrequest']).toBeUndefined()
      })

      it('keeps connections to the app alive between requests', async () => {
        const before = app.connections()
        for (let i = 0; i < 10; i += 1) await get(`/api/keep-alive-${i}`)
        // One pool per nginx worker: at most one new connection each, not one per request.
        expect(app.connections() - before).toBeLessThanOrEqual(2)
      })
    })

    describe('rate limits', () => {
      it('answers 429 to one client’s rapid login attempts, after enough for a person', async () => {
        const statuses: number[] = []
        for (let i = 0; i < 20; i += 1) {
          const response = await rawRequest(`${nginx.origin}/api/users/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: '{"email":"a@b.c","password":"x"}',
          })
          statuses.push(response.status)
        }
        expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200))
        expect(statuses.slice(-5)).toEqual(Array(5).fill(429))
        expect(app.hits('/api/users/login')).toBe(statuses.filter((status) => status !== 429).length)
      })

      it('answers 429 to one client’s rapid searches, after enough for a person', async () => {
        const statuses: number[] = []
        for (let i = 0; i < 40; i += 1) statuses.push((await get(`/search?q=gas+${i}`)).status)
        expect(statuses.slice(0, 20)).toEqual(Array(20).fill(200))
        expect(statuses).toContain(429)
      })
    })
  },
)
