import { existsSync } from 'node:fs'

import pg from 'pg'
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest'

import { followExpiries, type NumberedExpiry } from '../../lib/cache/expiry-bus.mjs'
import {
  busDestination,
  EDGE_REPURGE_MS,
  edgeDestinations,
  startDispatcher,
  type Dispatcher,
} from '../../lib/cache/outbox/dispatcher'
import { tags } from '../../lib/cache/tags'
import { REDIS_SERVER_PATH } from '../../scripts/lib/system-packages'
import { testPayload, unique } from '../support/payload'
import { startPurgeRecorder } from '../support/purge-recorder'
import { startTestRedis, type TestRedis } from '../support/redis-server'
import { describeSuite } from '../support/suite'
import { until } from '../support/until'

/*
 * The outbox of cache expiries on the test database, a real Redis and a recording edge: a
 * change's tags are kept exactly when the change commits and reach the bus and every edge at
 * least once, however the dispatchers, the edge or the process behave.
 */

describeSuite(
  'cluster',
  'the outbox of cache expiries',
  { met: existsSync(REDIS_SERVER_PATH), missing: 'redis-server' },
  () => {
    let redis: TestRedis
    let edge: Awaited<ReturnType<typeof startPurgeRecorder>>
    let follower: ReturnType<typeof followExpiries>
    const heard: NumberedExpiry[] = []
    const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
    const dispatchers: Dispatcher[] = []
    const buses: Array<ReturnType<typeof busDestination>> = []

    beforeAll(async () => {
      redis = await startTestRedis()
      edge = await startPurgeRecorder()
      vi.stubEnv('REDIS_URL', redis.url)
      vi.stubEnv('EDGE_PURGE_URLS', edge.url)
      follower = followExpiries(redis.url, {
        nodeId: 'another-node',
        apply: (expiry) => heard.push(expiry),
        expireEverything: () => undefined,
      })
      await follower.started
    })
    afterEach(async () => {
      await Promise.all(dispatchers.splice(0).map((dispatcher) => dispatcher.stop()))
      await Promise.all(buses.splice(0).map((bus) => bus.close()))
      edge.state.failing = false
    })
    afterAll(async () => {
      vi.unstubAllEnvs()
      await follower?.stop()
      await edge?.close()
      await redis?.dispose()
      await db.end()
    })

    function dispatcher(pollMs = 200) {
      const bus = busDestination(redis.url)
      buses.push(bus)
      const started = startDispatcher({
        databaseUrl: process.env.DATABASE_URL!,
        destinations: [bus, ...edgeDestinations(edge.url, { after: bus.name })],
        pollMs,
        warn: () => undefined,
      })
      dispatchers.push(started)
      return started
    }

    const rowsNaming = async (tag: string) =>
      (
        await db.query<{ pending: string[] | null; delivered_at: Date | null; origin: string | null }>(
          `select pending, delivered_at, origin from cache_expiry_outbox where $1 = any(exact)`,
          [tag],
        )
      ).rows
    const heardTag = (tag: string) => heard.filter((expiry) => expiry.exact.includes(tag)).length

    async function publish(slug: string) {
      const payload = await testPayload()
      await payload.create({ collection: 'articles', data: { title: 'Outboxed', slug, _status: 'published' } })
    }

    it("keeps a change's tags exactly when the change commits: a rolled-back save leaves none", async () => {
      const payload = await testPayload()
      const kept = unique('kept')
      await publish(kept)
      const rows = await rowsNaming(tags.article(kept))
      expect(rows).toHaveLength(1)
      // Saved outside a request: every node, this one too, applies it from the bus.
      expect(rows[0]!.origin).toBeNull()

      const dropped = unique('dropped')
      const transactionID = await payload.db.beginTransaction()
      await payload.create({
        collection: 'articles',
        data: { title: 'Rolled back', slug: dropped, _status: 'published' },
        req: { transactionID: transactionID! },
      })
      expect(await rowsNaming(tags.article(dropped))).toHaveLength(0)
      await payload.db.rollbackTransaction(transactionID!)
      expect(await rowsNaming(tags.article(dropped))).toHaveLength(0)
    })

    it('delivers a committed change to the bus and as a purge to the edge, and records it delivered', async () => {
      dispatcher()
      const slug = unique('delivered')
      await publish(slug)
      await until(() => heardTag(tags.article(slug)) === 1 && edge.purgedKeys().includes(tags.article(slug)))
      const purge = edge.purges.find((entry) => entry.hard.includes(tags.article(slug)))!
      expect(purge.hard).toEqual(expect.arrayContaining([tags.article(slug), tags.allArticles]))
      // The bounded tags go soft: served stale at the edge while refetched, as on the nodes.
      const message = heard.find((expiry) => expiry.exact.includes(tags.article(slug)))!
      expect(message.bounded.length).toBeGreaterThan(0)
      const soft = () => edge.purges.flatMap((entry) => entry.soft)
      await until(() => message.bounded.every((tag) => soft().includes(tag)))
      expect(soft()).not.toContain(tags.article(slug))
      await until(async () => (await rowsNaming(tags.article(slug)))[0]?.delivered_at != null)
      expect((await rowsNaming(tags.article(slug)))[0]!.pending).toEqual([])
    })

    it('purges the edge again a second later, for a page a lagging node gave it in between', async () => {
      dispatcher(60_000)
      const slug = unique('twice')
      const saved = Date.now()
      await publish(slug)
      const times = () =>
        edge.purges.filter((entry) => entry.hard.includes(tags.article(slug))).map((entry) => entry.at)
      await until(() => times().length === 2, 5_000)
      // The first at once, the second a second after the change (not after the first purge).
      expect(times()[0]! - saved).toBeLessThan(EDGE_REPURGE_MS)
      expect(times()[1]! - saved).toBeGreaterThanOrEqual(EDGE_REPURGE_MS)
      await until(async () => (await rowsNaming(tags.article(slug)))[0]?.delivered_at != null)
    })

    it('retries an edge that is down, alone: the nodes get the expiry once, the edge when it is back', async () => {
      edge.state.failing = true
      dispatcher()
      const slug = unique('edge-down')
      await publish(slug)
      await until(() => heardTag(tags.article(slug)) === 1)
      await until(async () => (await rowsNaming(tags.article(slug)))[0]?.pending?.length === 2)
      const [row] = await rowsNaming(tags.article(slug))
      expect(row!.pending).toEqual([`edge:${edge.url}`, `edge-again:${edge.url}`])
      expect(row!.delivered_at).toBeNull()

      edge.state.failing = false
      // The first retry comes a second after the failure.
      await until(() => edge.purgedKeys().includes(tags.article(slug)), 10_000)
      await until(async () => (await rowsNaming(tags.article(slug)))[0]?.delivered_at != null)
      expect(heardTag(tags.article(slug))).toBe(1)
    })

    it('purges the edge only once the bus has the change, so the edge cannot refill from a node that missed it', async () => {
      dispatcher(200)
      await redis.stop()
      const slug = unique('bus-first')
      await publish(slug)
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      expect(edge.purgedKeys()).not.toContain(tags.article(slug))
      expect((await rowsNaming(tags.article(slug)))[0]!.pending).toEqual([
        'bus',
        `edge:${edge.url}`,
        `edge-again:${edge.url}`,
      ])
      await redis.start()
      await until(() => heardTag(tags.article(slug)) === 1 && edge.purgedKeys().includes(tags.article(slug)), 10_000)
      const busFirst = heard.findIndex((expiry) => expiry.exact.includes(tags.article(slug)))
      expect(busFirst).toBeGreaterThanOrEqual(0)
    })

    it('delivers what was committed while no dispatcher ran, as soon as one starts', async () => {
      const slug = unique('while-down')
      await publish(slug)
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(heardTag(tags.article(slug))).toBe(0)
      // A long poll: the start-up drain, not the poll, must find it.
      dispatcher(60_000)
      await until(() => heardTag(tags.article(slug)) === 1 && edge.purgedKeys().includes(tags.article(slug)))
    })

    it('two dispatchers never deliver one row twice to the bus', async () => {
      const slugs = Array.from({ length: 12 }, () => unique('raced'))
      dispatcher(50)
      dispatcher(50)
      await Promise.all(slugs.map((slug) => publish(slug)))
      await until(() => slugs.every((slug) => heardTag(tags.article(slug)) >= 1))
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(slugs.map((slug) => heardTag(tags.article(slug)))).toEqual(slugs.map(() => 1))
    })

    it('flushes what is due when it stops, so a node shutting down leaves nothing behind', async () => {
      const running = dispatcher(60_000)
      const slug = unique('flushed')
      await publish(slug)
      await running.stop()
      expect((await rowsNaming(tags.article(slug)))[0]?.delivered_at).not.toBeNull()
      await until(() => heardTag(tags.article(slug)) === 1)
    })
  },
)
