import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'

import { startEdgeAppStub, type EdgeAppStub } from '../support/edge-app-stub'
import { edgeRequest, type EdgeResponse } from '../support/edge-request'
import { describeSuite } from '../support/suite'
import { startVarnish, varnishInstalled, varnishMissing, type RunningVarnish } from '../support/varnish'

/*
 * When every app node is down: the edge keeps serving what it has (up to a day old) and
 * answers the rest with a clean 503; once a node is back, old copies stop being served.
 */
const SOFT_PURGE_BOUND_SECONDS = 1
const xCache = (response: EdgeResponse) => response.headers['x-cache']
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describeSuite(
  'cluster',
  'edge cache: app nodes down (deploy/varnish)',
  { met: varnishInstalled(), missing: varnishMissing },
  () => {
    let app: EdgeAppStub
    let varnish: RunningVarnish
    const get = (path: string) => edgeRequest(`${varnish.url}${path}`)

    beforeAll(async () => {
      app = await startEdgeAppStub()
      varnish = await startVarnish({ backends: [app], softPurgeBoundSeconds: SOFT_PURGE_BOUND_SECONDS })
    })
    afterAll(async () => {
      await varnish?.stop()
      await app?.close()
    })
    beforeEach(async () => {
      await app.up()
      await varnish.waitForHealth('healthy')
      await varnish.ban()
    })

    /**
     * Caches a page with a one-second edge lifetime; resolves once it is past that and past the
     * soft-purge bound too, so only the outage grace can serve it. `meanwhile` runs during the wait.
     */
    async function expiredPage(path: string, meanwhile: () => Promise<void> = async () => {}): Promise<EdgeResponse> {
      app.answer(path, { surrogateControl: 'max-age=1' })
      const first = await get(path)
      expect(xCache(first)).toBe('MISS')
      const expired = Date.now() + (1 + SOFT_PURGE_BOUND_SECONDS) * 1_000 + 500
      await meanwhile()
      await sleep(expired - Date.now())
      return first
    }

    it('serves cached pages stale while every node is down, a clean 503 for the rest, and fresh pages once one is back', async () => {
      const path = '/articles/outage'
      const first = await expiredPage(path, async () => {
        await app.down()
        await varnish.waitForHealth('sick')
      })

      const stale = await get(path)
      expect(stale.status).toBe(200)
      expect(xCache(stale)).toBe('STALE')
      expect(stale.text).toBe(first.text)

      const never = await get('/articles/never-cached')
      expect(never.status).toBe(503)
      expect(never.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(never.headers['retry-after']).toBe('5')
      expect(never.headers.server).toBeUndefined()
      expect(never.text).toContain('Summit Wire is briefly unavailable')
      expect(never.text).not.toMatch(/varnish|guru|meditation|xid|127\.0\.0\.1|backend/i)
      expect(never.text).not.toContain(String(app.port))

      // Back to the short grace: no reader gets the old copy once a node answers again.
      await app.up()
      await varnish.waitForHealth('healthy')
      const fresh = await get(path)
      expect(xCache(fresh)).toBe('MISS')
      expect(fresh.text).toContain('render 2 of')
    })

    it('serves the stale page as soon as a fetch fails, before the probes notice the node is gone', async () => {
      const path = '/articles/sudden-outage'
      const first = await expiredPage(path)
      await app.down()
      const stale = await get(path)
      expect(stale.status).toBe(200)
      expect(xCache(stale)).toBe('STALE')
      expect(stale.text).toBe(first.text)
    })
  },
)
