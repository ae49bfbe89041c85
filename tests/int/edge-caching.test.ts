import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startEdgeAppStub, type EdgeAppStub } from '../support/edge-app-stub'
import { edgeRequest, type EdgeResponse } from '../support/edge-request'
import { describeSuite } from '../support/suite'
import { startVarnish, varnishInstalled, varnishMissing, type RunningVarnish } from '../support/varnish'

/*
 * deploy/varnish/summit-wire.vcl in front of a stand-in app node that speaks the header
 * contract (Surrogate-Control, xkey): what is kept, for whom, and under which key.
 */
const xCache = (response: EdgeResponse) => response.headers['x-cache']

describeSuite(
  'cluster',
  'edge cache: what is stored (deploy/varnish)',
  { met: varnishInstalled(), missing: varnishMissing },
  () => {
    let app: EdgeAppStub
    let varnish: RunningVarnish
    const get = (path: string, headers: Record<string, string | string[]> = {}) =>
      edgeRequest(`${varnish.url}${path}`, { headers })

    beforeAll(async () => {
      app = await startEdgeAppStub()
      varnish = await startVarnish({ backends: [app] })
    })
    afterAll(async () => {
      await varnish?.stop()
      await app?.close()
    })
    beforeEach(() => varnish.ban())

    describe('reader pages', () => {
      it('are a MISS, then a HIT from the Surrogate-Control lifetime, without the edge’s headers', async () => {
        const path = '/articles/record-trade'
        app.answer(path, { keys: ['articles:record-trade', 'doc:articles:12', 'list:articles:head'] })
        const first = await get(path)
        expect(first.status).toBe(200)
        expect(xCache(first)).toBe('MISS')
        const second = await get(path)
        expect(xCache(second)).toBe('HIT')
        expect(second.text).toBe(first.text)
        expect(app.hits(path)).toBe(1)
        for (const response of [first, second]) {
          expect(response.headers['cache-control']).toBe('public, max-age=0, s-maxage=5')
          for (const name of ['surrogate-control', 'xkey', 'surrogate-key', 'cache-tag', 'via', 'x-varnish']) {
            expect(response.headers[name], name).toBeUndefined()
          }
        }
      })

      it('outlive s-maxage: the edge keeps them for the Surrogate-Control lifetime', async () => {
        const path = '/articles/long-lived'
        app.answer(path, { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=1' } })
        await get(path)
        await new Promise((resolve) => setTimeout(resolve, 1_500))
        const later = await get(path)
        expect(xCache(later)).toBe('HIT')
        expect(later.headers['cache-control']).toBe('public, max-age=0, s-maxage=1')
        expect(app.hits(path)).toBe(1)
      })

      it('follow plain HTTP caching without Surrogate-Control, and never store no-store, private or no-cache', async () => {
        const asset = '/_next/static/chunks/app-0123abcd.js'
        app.answer(asset, {
          surrogateControl: null,
          headers: { 'Content-Type': 'application/javascript', 'Cache-Control': 'public, max-age=31536000, immutable' },
        })
        expect(xCache(await get(asset))).toBe('MISS')
        expect(xCache(await get(asset))).toBe('HIT')
        expect(app.hits(asset)).toBe(1)

        for (const cacheControl of ['no-store', 'private, max-age=60', 'no-cache']) {
          const path = `/search/results-${cacheControl.split(',')[0]}`
          app.answer(path, { headers: { 'Cache-Control': cacheControl } })
          for (let i = 0; i < 3; i += 1) expect(xCache(await get(path))).not.toBe('HIT')
          expect(app.hits(path), cacheControl).toBe(3)
        }
      })

      it('are not stored when the app answers with a server error', async () => {
        const path = '/articles/failing'
        app.answer(path, { status: 500 })
        expect((await get(path)).status).toBe(500)
        expect((await get(path)).status).toBe(500)
        expect(app.hits(path)).toBe(2)
      })
    })

    describe('never shared', () => {
      const personal: [string, string, Record<string, string | string[]>][] = [
        ['the admin session cookie', '/articles/signed-in', { Cookie: '_ga=GA1.1; payload-token=eyJhbGciOi.editor' }],
        ['the draft-mode cookie', '/articles/draft-mode', { Cookie: '__prerender_bypass=0f1e2d3c' }],
        ['the preview-data cookie', '/articles/preview-data', { Cookie: '__next_preview_data=abc' }],
        ['a second Cookie line with the session', '/articles/two-lines', { Cookie: ['_ga=GA1.1', 'payload-token=x'] }],
        ['an Authorization header', '/articles/api-key', { Authorization: 'users API-Key 0123456789' }],
      ]
      it.each(personal)(
        'a request with %s: every one reaches the app, and readers never get its answer',
        async (_, path, headers) => {
          for (let i = 0; i < 3; i += 1) {
            const response = await get(path, headers)
            expect(xCache(response)).toBe('PASS')
            expect(response.text).toContain('personal=yes')
          }
          expect(app.hits(path)).toBe(3)
          const reader = await get(path)
          expect(xCache(reader)).toBe('MISS')
          expect(reader.text).toContain('personal=no')
          // …while the same page does cache for readers.
          expect(xCache(await get(path))).toBe('HIT')
          expect(app.hits(path)).toBe(4)
        },
      )

      it.each([
        '/admin',
        '/admin/collections/articles',
        '/api/articles?limit=1',
        '/api/preview?collection=articles&id=1',
      ])('%s: every request reaches the app, whatever it answers', async (path) => {
        for (let i = 0; i < 3; i += 1) expect(xCache(await get(path))).toBe('PASS')
        expect(app.hits(path)).toBe(3)
      })

      it('uploaded images are the one part of /api the edge keeps, for their Surrogate-Control lifetime', async () => {
        const image = '/api/media/file/delegations-800x450.jpg'
        app.answer(image, { surrogateControl: 'max-age=300', headers: { 'Cache-Control': 'public, max-age=86400' } })
        expect(xCache(await get(image))).toBe('MISS')
        expect(xCache(await get(image))).toBe('HIT')
        expect(app.hits(image)).toBe(1)
        // Not the listing of images, not a path that only starts like one, not an editor's request.
        for (const path of ['/api/media?limit=1', '/api/media/file/a.jpg/../../users/me'])
          for (let i = 0; i < 2; i += 1) expect(xCache(await get(path))).toBe('PASS')
        expect(xCache(await get(image, { Cookie: 'payload-token=x' }))).toBe('PASS')
      })

      it('a response that sets a cookie is never served to anyone else', async () => {
        const path = '/articles/sets-cookie'
        app.answer(path, { headers: { 'Set-Cookie': 'session=abc; Path=/; HttpOnly' } })
        const first = await get(path)
        expect(first.headers['set-cookie']).toEqual(['session=abc; Path=/; HttpOnly'])
        const second = await get(path)
        expect(xCache(second)).not.toBe('HIT')
        expect(second.text).toContain('render 2 of')
        expect(app.hits(path)).toBe(2)
      })

      it('an analytics cookie neither splits the cache nor reaches the app', async () => {
        const path = '/articles/analytics'
        expect(xCache(await get(path, { Cookie: '_ga=GA1.1.111' }))).toBe('MISS')
        expect(app.last(path)?.headers.cookie).toBeUndefined()
        expect(xCache(await get(path, { Cookie: '_ga=GA1.1.222; _gid=9' }))).toBe('HIT')
        expect(xCache(await get(path))).toBe('HIT')
        expect(app.hits(path)).toBe(1)
      })

      it('a POST reaches the app every time and leaves nothing for GETs', async () => {
        const path = '/articles/posted'
        for (let i = 0; i < 2; i += 1) {
          expect(xCache(await edgeRequest(`${varnish.url}${path}`, { method: 'POST' }))).toBe('PASS')
        }
        expect(xCache(await get(path))).toBe('MISS')
        expect(app.hits(path)).toBe(3)
      })
    })

    describe('cache keys', () => {
      it('keeps React Server Component payloads and prefetches apart from the HTML of the same URL', async () => {
        const path = '/articles/rsc-variants'
        // Without the app's Vary: the edge keeps them apart on its own.
        app.answer(path, { headers: { Vary: null } })
        const html = await get(path)
        const rsc = await get(path, { RSC: '1' })
        const prefetch = await get(path, { RSC: '1', 'Next-Router-Prefetch': '1' })
        expect([html, rsc, prefetch].map(xCache)).toEqual(['MISS', 'MISS', 'MISS'])
        expect(html.text).toContain('<!doctype html>')
        expect(rsc.text).toContain('rsc payload')
        expect(app.hits(path)).toBe(3)

        const again = [
          await get(path),
          await get(path, { RSC: '1' }),
          await get(path, { RSC: '1', 'Next-Router-Prefetch': '1' }),
        ]
        expect(again.map(xCache)).toEqual(['HIT', 'HIT', 'HIT'])
        expect(again.map((response) => response.text)).toEqual([html.text, rsc.text, prefetch.text])
        expect(app.hits(path)).toBe(3)
      })

      it('shares one object between query strings in any order, with tracking parameters or an empty `?`', async () => {
        const first = await get('/topics/trade?page=2&sort=new')
        expect(xCache(first)).toBe('MISS')
        for (const variant of [
          '/topics/trade?sort=new&page=2',
          '/topics/trade?utm_source=newsletter&sort=new&utm_medium=email&page=2',
          '/topics/trade?fbclid=IwAR0&page=2&gclid=Cj0&sort=new&mc_cid=5f',
        ]) {
          const response = await get(variant)
          expect(xCache(response), variant).toBe('HIT')
          expect(response.text).toBe(first.text)
        }
        expect(app.hits('/topics/trade?page=2&sort=new')).toBe(1)

        expect(xCache(await get('/topics/energy?'))).toBe('MISS')
        expect(xCache(await get('/topics/energy'))).toBe('HIT')
        expect(xCache(await get('/topics/energy?utm_campaign=spring'))).toBe('HIT')
        expect(app.hits('/topics/energy')).toBe(1)
      })
    })

    describe('compression', () => {
      it('stores one gzipped copy and unzips it for clients that do not accept gzip', async () => {
        const path = '/articles/gzip'
        const zipped = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' })
        expect(zipped.headers['content-encoding']).toBe('gzip')
        const html = gunzipSync(zipped.body).toString('utf8')
        expect(html).toContain(`render 1 of ${path}`)

        const alsoZipped = await get(path, { 'Accept-Encoding': 'gzip' })
        expect(xCache(alsoZipped)).toBe('HIT')
        expect(alsoZipped.headers['content-encoding']).toBe('gzip')

        const plain = await get(path)
        expect(plain.headers['content-encoding']).toBeUndefined()
        expect(plain.text).toBe(html)
        // Varnish sets Accept-Encoding aside in the app's Vary: it gzips and unzips itself.
        expect(xCache(plain)).toBe('HIT')
        expect(app.hits(path)).toBe(1)
      })
    })
  },
)
