import { existsSync } from 'node:fs'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { redisHotPathStore } from '../../lib/server/hot-paths.mjs'
import { REDIS_SERVER_PATH } from '../../scripts/lib/system-packages'
import { startTestRedis, type TestRedis } from '../support/redis-server'
import { describeSuite } from '../support/suite'

/*
 * The cluster's list of what readers read most, in a real Redis: every node adds its counts,
 * and a node that starts (after a restart, or new in a deploy) reads the sum.
 */
describeSuite(
  'cluster',
  'the most-read pages in Redis',
  { met: existsSync(REDIS_SERVER_PATH), missing: 'redis-server' },
  () => {
    let redis: TestRedis
    beforeAll(async () => {
      redis = await startTestRedis()
    })
    afterAll(async () => {
      await redis.dispose()
    })

    it("sums every node's counts, most read first", async () => {
      const a = redisHotPathStore(redis.url)
      const b = redisHotPathStore(redis.url)
      await a.add(
        new Map([
          ['/a', 2],
          ['/b', 1],
        ]),
      )
      await b.add(
        new Map([
          ['/b', 4],
          ['/c', 1],
        ]),
      )
      const starting = redisHotPathStore(redis.url)
      expect(await starting.top(10)).toEqual(['/b', '/a', '/c'])
      expect(await starting.top(2)).toEqual(['/b', '/a'])
      for (const store of [a, b, starting]) await store.close()
    })

    it('fails a call, not the node, while Redis is down; works again once it is back', async () => {
      const store = redisHotPathStore(redis.url)
      await store.add(new Map([['/before', 1]]))
      await redis.stop()
      await expect(store.top(5)).rejects.toThrow()
      await expect(store.add(new Map([['/during', 1]]))).rejects.toThrow()
      await redis.start()
      // A Redis without persistence comes back empty: the list starts again.
      await store.add(new Map([['/after', 1]]))
      expect(await store.top(5)).toEqual(['/after'])
      await store.close()
    })
  },
)
