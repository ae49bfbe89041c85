import { existsSync } from 'node:fs'

import { createClient } from '@redis/client'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { clientLimit } from '../../lib/server/client-limits'
import { REDIS_SERVER_PATH } from '../../scripts/lib/system-packages'
import { startTestRedis, type TestRedis } from '../support/redis-server'
import { describeSuite } from '../support/suite'
import { until } from '../support/until'

/*
 * Per-client limits in a real Redis: two limits of the same name stand for two nodes (each has
 * its own memory; only Redis joins them). With Redis down a node counts alone, and no attempt
 * fails.
 */
describeSuite(
  'cluster',
  'per-client limits across nodes (Redis)',
  { met: existsSync(REDIS_SERVER_PATH), missing: 'redis-server' },
  () => {
    let redis: TestRedis
    let inspect: ReturnType<typeof createClient>
    let previousUrl: string | undefined

    beforeAll(async () => {
      redis = await startTestRedis()
      previousUrl = process.env.REDIS_URL
      process.env.REDIS_URL = redis.url
      inspect = createClient({ url: redis.url })
      // It sees the outage below too: reconnecting is its business, not an error of the test's.
      inspect.on('error', () => undefined)
      await inspect.connect()
    })
    afterAll(async () => {
      if (previousUrl === undefined) delete process.env.REDIS_URL
      else process.env.REDIS_URL = previousUrl
      await inspect.close()
      await redis.dispose()
    })

    /** Takes attempts for a throwaway client until one lands in Redis: the limit's connection is up. */
    async function connected(name: string) {
      const probe = clientLimit(name, 1_000, 60_000)
      await until(async () => {
        await probe.take('probe')
        return inspect.exists(`summit-wire:limit:${name}:probe`).then(
          (found) => found === 1,
          () => false,
        )
      }, 15_000)
    }

    it('adds up the attempts made on every node, and tells each node how long to wait', async () => {
      await connected('shared')
      const nodeA = clientLimit('shared', 3, 60_000)
      const nodeB = clientLimit('shared', 3, 60_000)
      expect(await nodeA.take('198.51.100.1')).toEqual({ allowed: true })
      expect(await nodeB.take('198.51.100.1')).toEqual({ allowed: true })
      expect(await nodeA.blocked('198.51.100.1')).toBeNull()
      expect(await nodeB.take('198.51.100.1')).toEqual({ allowed: true })
      // Three attempts, on two nodes: both know the client is done for the window.
      for (const node of [nodeA, nodeB]) {
        const wait = await node.blocked('198.51.100.1')
        expect(wait).toBeGreaterThan(55)
        expect(wait).toBeLessThanOrEqual(60)
      }
      const refused = await nodeA.take('198.51.100.1')
      expect(refused.allowed).toBe(false)
      // Another client is not touched.
      expect(await nodeB.blocked('198.51.100.2')).toBeNull()
    })

    it('starts a new window when the old one ends', async () => {
      await connected('short')
      const limit = clientLimit('short', 1, 300)
      expect((await limit.take('198.51.100.3')).allowed).toBe(true)
      expect((await limit.take('198.51.100.3')).allowed).toBe(false)
      await new Promise((resolve) => setTimeout(resolve, 400))
      expect((await limit.take('198.51.100.3')).allowed).toBe(true)
    })

    it('counts in each node’s memory while Redis is down, without failing, and shares again once it is back', async () => {
      await connected('outage')
      const nodeA = clientLimit('outage', 2, 60_000)
      const nodeB = clientLimit('outage', 2, 60_000)
      await redis.stop()
      try {
        // Each node alone: two attempts each are allowed, the third on a node is refused.
        for (const node of [nodeA, nodeB]) {
          expect((await node.take('198.51.100.4')).allowed).toBe(true)
          expect((await node.take('198.51.100.4')).allowed).toBe(true)
          expect((await node.take('198.51.100.4')).allowed).toBe(false)
        }
      } finally {
        await redis.start()
      }
      await connected('outage')
      expect((await nodeA.take('198.51.100.5')).allowed).toBe(true)
      expect((await nodeB.take('198.51.100.5')).allowed).toBe(true)
      expect((await nodeA.take('198.51.100.5')).allowed).toBe(false)
    })
  },
)
