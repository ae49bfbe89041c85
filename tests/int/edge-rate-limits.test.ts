import { afterAll, beforeAll, expect, it } from 'vitest'

import { startEdgeAppStub, type EdgeAppStub } from '../support/edge-app-stub'
import { edgeRequest } from '../support/edge-request'
import { describeSuite } from '../support/suite'
import { startVarnish, varnishInstalled, varnishMissing, type RunningVarnish } from '../support/varnish'

/*
 * The per-reader limits the edge keeps (those the nginx entry had): generous enough that a
 * person never meets them. Each test is its own reader (source address), so buckets do not mix.
 */
describeSuite(
  'cluster',
  'edge rate limits (deploy/varnish)',
  { met: varnishInstalled(), missing: varnishMissing },
  () => {
    let app: EdgeAppStub
    let varnish: RunningVarnish

    beforeAll(async () => {
      app = await startEdgeAppStub()
      varnish = await startVarnish({ backends: [app] })
    })
    afterAll(async () => {
      await varnish?.stop()
      await app?.close()
    })

    it('answers 429 to one reader’s rapid login attempts after ten, and lets another reader in', async () => {
      const login = (localAddress: string) =>
        edgeRequest(`${varnish.url}/api/users/login`, { method: 'POST', localAddress })
      const statuses: number[] = []
      for (let i = 0; i < 14; i += 1) statuses.push((await login('127.0.0.6')).status)
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200))
      expect(statuses.slice(-3)).toEqual(Array(3).fill(429))
      expect(app.hits('/api/users/login')).toBe(statuses.filter((status) => status === 200).length)
      expect((await login('127.0.0.7')).status).toBe(200)
    })

    it('answers 429 to one reader’s rapid searches after a burst of twenty', async () => {
      const statuses: number[] = []
      for (let i = 0; i < 40; i += 1) {
        const response = await edgeRequest(`${varnish.url}/search?q=gas+${i}`, { localAddress: '127.0.0.8' })
        statuses.push(response.status)
        if (response.status === 429) expect(response.headers['retry-after']).toBe('10')
      }
      expect(statuses.slice(0, 20)).toEqual(Array(20).fill(200))
      expect(statuses).toContain(429)
    })
  },
)
