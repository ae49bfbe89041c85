import { existsSync } from 'node:fs'

import { createClient } from '@redis/client'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'

import {
  CHANNEL,
  followExpiries,
  LOG_KEY,
  publishExpiry,
  VERSION_KEY,
  type ExpiryMessage,
  type NumberedExpiry,
} from '../../lib/cache/expiry-bus.mjs'
import { REDIS_SERVER_PATH } from '../../scripts/lib/system-packages'
import { startTestRedis, type TestRedis } from '../support/redis-server'
import { describeSuite } from '../support/suite'
import { until } from '../support/until'

/*
 * The expiry bus against a real redis-server: every node gets every other node's expiries once,
 * in order, including those it missed while the channel was quiet, lost or down.
 */

const message = (tag: string, origin: string | null = 'node-a'): ExpiryMessage => ({
  origin,
  exact: [tag],
  bounded: [`${tag}:bounded`],
  boundSeconds: 300,
})

describeSuite(
  'cluster',
  'the expiry bus (Redis)',
  { met: existsSync(REDIS_SERVER_PATH), missing: 'redis-server' },
  () => {
    let redis: TestRedis
    let publisher: ReturnType<typeof createClient>
    const followers: Array<ReturnType<typeof followExpiries>> = []

    beforeAll(async () => {
      redis = await startTestRedis()
      publisher = createClient({ url: redis.url, disableOfflineQueue: true })
      publisher.on('error', () => undefined)
      await publisher.connect()
    })
    afterEach(async () => {
      await Promise.all(followers.splice(0).map((follower) => follower.stop()))
    })
    afterAll(async () => {
      await publisher?.close().catch(() => undefined)
      await redis?.dispose()
    })

    /** A node following the bus: what it applied, and how often it expired everything. */
    async function node(nodeId: string, pollMs = 60_000) {
      const applied: NumberedExpiry[] = []
      let resets = 0
      const follower = followExpiries(redis.url, {
        nodeId,
        pollMs,
        apply: (expiry) => applied.push(expiry),
        expireEverything: () => (resets += 1),
      })
      followers.push(follower)
      await follower.started
      return { follower, applied, resets: () => resets }
    }

    /** Logs an expiry the way the publish script does, but without publishing it: a lost message. */
    async function logWithoutPublishing(expiry: ExpiryMessage): Promise<number> {
      const version = await publisher.incr(VERSION_KEY)
      await publisher.zAdd(LOG_KEY, { score: version, value: `${version} ${JSON.stringify(expiry)}` })
      return version
    }

    it("brings each node every other node's expiries, once and in order, and not its own back", async () => {
      const b = await node('node-b')
      const c = await node('node-c')
      const first = await publishExpiry(publisher, message('articles:one'))
      await publishExpiry(publisher, message('articles:mine', 'node-b'))
      const third = await publishExpiry(publisher, message('articles:three', null))
      await until(() => c.applied.length === 3 && b.applied.length === 2)
      expect(c.applied.map((expiry) => expiry.version)).toEqual([first, first + 1, third])
      expect(b.applied.map((expiry) => expiry.exact[0])).toEqual(['articles:one', 'articles:three'])
      expect(b.applied[0]).toMatchObject({ bounded: ['articles:one:bounded'], boundSeconds: 300 })
      expect(b.follower.applied()).toBe(third)
    })

    it('fills a gap from the log when a later message arrives', async () => {
      const b = await node('node-b')
      const lost = await logWithoutPublishing(message('articles:lost'))
      await publishExpiry(publisher, message('articles:after'))
      await until(() => b.applied.length === 2)
      expect(b.applied.map((expiry) => [expiry.version, expiry.exact[0]])).toEqual([
        [lost, 'articles:lost'],
        [lost + 1, 'articles:after'],
      ])
      expect(b.resets()).toBe(0)
    })

    it('finds what it missed by polling when nothing more is published', async () => {
      const b = await node('node-b', 200)
      await logWithoutPublishing(message('articles:quiet'))
      await until(() => b.applied.length === 1)
      expect(b.applied[0]!.exact).toEqual(['articles:quiet'])
    })

    it('expires everything when the log no longer reaches back to what it missed', async () => {
      const b = await node('node-b', 200)
      const version = await logWithoutPublishing(message('articles:trimmed'))
      await publisher.zRemRangeByScore(LOG_KEY, version, version)
      await until(() => b.resets() === 1)
      expect(b.applied).toEqual([])
      expect(b.follower.applied()).toBe(version)
    })

    it('keeps serving through a Redis outage and, when Redis comes back empty, expires everything once and follows on', async () => {
      const b = await node('node-b', 200)
      await publishExpiry(publisher, message('articles:before'))
      await until(() => b.applied.length === 1)
      await redis.stop()
      await new Promise((resolve) => setTimeout(resolve, 300))
      await redis.start()
      await until(() => b.resets() === 1)
      await until(() => publisher.isReady)
      await publishExpiry(publisher, message('articles:after-restart'))
      await until(() => b.applied.length === 2)
      expect(b.applied[1]!.exact).toEqual(['articles:after-restart'])
      expect(b.resets()).toBe(1)
    })

    it('ignores what is not an expiry on its channel', async () => {
      const b = await node('node-b')
      await publisher.publish(CHANNEL, 'not an expiry')
      await publisher.publish(CHANNEL, '99999 {"exact": "no list"}')
      await publishExpiry(publisher, message('articles:real'))
      await until(() => b.applied.length === 1)
      expect(b.applied[0]!.exact).toEqual(['articles:real'])
    })
  },
)
