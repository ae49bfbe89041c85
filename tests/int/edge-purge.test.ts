import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startEdgeAppStub, type EdgeAppStub } from '../support/edge-app-stub'
import { edgeRequest, type EdgeResponse } from '../support/edge-request'
import { describeSuite } from '../support/suite'
import { until } from '../support/until'
import { startVarnish, varnishInstalled, varnishMissing, type RunningVarnish } from '../support/varnish'

/*
 * Purges by cache tag, as the app nodes send them: `PURGE /` with `xkey-purge` (remove now)
 * and/or `xkey-softpurge` (serve stale while one refresh runs, within a bound), only from the
 * app nodes' addresses.
 */
const SOFT_PURGE_BOUND_SECONDS = 2
const xCache = (response: EdgeResponse) => response.headers['x-cache']
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describeSuite(
  'cluster',
  'edge cache: purges by tag (deploy/varnish)',
  { met: varnishInstalled(), missing: varnishMissing },
  () => {
    let app: EdgeAppStub
    let varnish: RunningVarnish
    const get = (path: string) => edgeRequest(`${varnish.url}${path}`)
    const purge = (headers: Record<string, string>, localAddress = '127.0.0.1') =>
      edgeRequest(`${varnish.url}/`, { method: 'PURGE', headers, localAddress })

    beforeAll(async () => {
      app = await startEdgeAppStub()
      varnish = await startVarnish({
        backends: [app],
        purgers: ['127.0.0.1'],
        softPurgeBoundSeconds: SOFT_PURGE_BOUND_SECONDS,
      })
    })
    afterAll(async () => {
      await varnish?.stop()
      await app?.close()
    })
    beforeEach(() => varnish.ban())

    /** Three cached pages: two stories on the front page's list, and one that is on no list. */
    async function cacheThree(): Promise<{ a: string; b: string; c: string }> {
      const pages = { a: '/articles/a', b: '/articles/b', c: '/articles/c' }
      app.answer(pages.a, { keys: ['articles:a', 'doc:articles:1', 'list:articles:head'] })
      app.answer(pages.b, { keys: ['articles:b', 'doc:articles:2', 'list:articles:head'] })
      app.answer(pages.c, { keys: ['articles:c', 'doc:articles:3'] })
      for (const path of Object.values(pages)) {
        await get(path)
        expect(xCache(await get(path))).toBe('HIT')
      }
      return pages
    }

    describe('xkey-purge', () => {
      it('removes exactly the objects carrying a named key, and says how many', async () => {
        const { a, b, c } = await cacheThree()
        const purged = await purge({ 'xkey-purge': 'doc:articles:1' })
        expect(purged.status).toBe(200)
        expect(purged.headers['x-purged']).toBe('1')
        expect(purged.text).toContain('Purged 1')

        expect(xCache(await get(a))).toBe('MISS')
        expect(xCache(await get(b))).toBe('HIT')
        expect(xCache(await get(c))).toBe('HIT')
        expect([app.hits(a), app.hits(b), app.hits(c)]).toEqual([2, 1, 1])
      })

      it('takes several keys in one header, and a key shared by pages removes them all', async () => {
        const { a, b, c } = await cacheThree()
        const purged = await purge({ 'xkey-purge': 'list:articles:head no-such-key' })
        expect(purged.headers['x-purged']).toBe('2')
        expect(xCache(await get(a))).toBe('MISS')
        expect(xCache(await get(b))).toBe('MISS')
        expect(xCache(await get(c))).toBe('HIT')
      })

      it('removes the RSC variants of a page along with its HTML', async () => {
        const path = '/articles/with-variants'
        await get(path)
        await edgeRequest(`${varnish.url}${path}`, { headers: { RSC: '1' } })
        const purged = await purge({ 'xkey-purge': `page:${path}` })
        expect(purged.headers['x-purged']).toBe('2')
        expect(xCache(await edgeRequest(`${varnish.url}${path}`, { headers: { RSC: '1' } }))).toBe('MISS')
      })

      it('takes hard and soft keys in one request and counts both', async () => {
        const { a, b, c } = await cacheThree()
        const purged = await purge({ 'xkey-purge': 'doc:articles:1', 'xkey-softpurge': 'doc:articles:3' })
        expect(purged.status).toBe(200)
        expect(purged.headers['x-purged']).toBe('2')
        expect(xCache(await get(a))).toBe('MISS')
        expect(xCache(await get(b))).toBe('HIT')
        expect(xCache(await get(c))).toBe('STALE')
      })
    })

    describe('xkey-softpurge', () => {
      it('answers at once from the stale copy while one background fetch refreshes it', async () => {
        const path = '/articles/soft'
        app.answer(path, { keys: ['doc:articles:7'] })
        await get(path)
        app.answer(path, { keys: ['doc:articles:7'], delayMs: 2_000 })
        expect((await purge({ 'xkey-softpurge': 'doc:articles:7' })).headers['x-purged']).toBe('1')

        const started = Date.now()
        const stale = await get(path)
        expect(Date.now() - started).toBeLessThan(1_500)
        expect(xCache(stale)).toBe('STALE')
        expect(stale.text).toContain('render 1 of')
        // Readers arriving during the refresh get the stale copy too, without a fetch of their own.
        expect(xCache(await get(path))).toBe('STALE')

        let fresh = stale
        await until(async () => xCache((fresh = await get(path))) === 'HIT', 5_000)
        expect(fresh.text).toContain('render 2 of')
        expect(app.hits(path)).toBe(2)
      })

      it('does not serve the stale copy once the bound has passed', async () => {
        const path = '/articles/soft-bound'
        app.answer(path, { keys: ['doc:articles:8'] })
        await get(path)
        await purge({ 'xkey-softpurge': 'doc:articles:8' })
        await sleep(SOFT_PURGE_BOUND_SECONDS * 1_000 + 500)
        const late = await get(path)
        expect(xCache(late)).toBe('MISS')
        expect(late.text).toContain('render 2 of')
      })
    })

    describe('who may purge', () => {
      it('refuses a PURGE from an address outside the ACL (403), and purges nothing', async () => {
        const { a } = await cacheThree()
        const refused = await purge({ 'xkey-purge': 'doc:articles:1', 'xkey-softpurge': 'doc:articles:2' }, '127.0.0.2')
        expect(refused.status).toBe(403)
        expect(refused.headers['x-purged']).toBeUndefined()
        expect(xCache(await get(a))).toBe('HIT')
        expect(xCache(await get('/articles/b'))).toBe('HIT')
      })

      it('answers 400 to a PURGE that names no keys, rather than purging by URL', async () => {
        const { a } = await cacheThree()
        const response = await edgeRequest(`${varnish.url}${a}`, { method: 'PURGE' })
        expect(response.status).toBe(400)
        expect(xCache(await get(a))).toBe('HIT')
      })
    })
  },
)
