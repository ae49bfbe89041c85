import pg from 'pg'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { replicaDestination } from '../../lib/cache/outbox/dispatcher'
import { holdReadsOnPrimary } from '../../lib/server/replica-gate.mjs'
import { primaryLsn, lsnPool, replicasReplayed } from '../../lib/server/replica-lsn'
import { startReplicaReads, type ReadRouting } from '../../lib/server/replica-reads'
import { describeSuite } from '../support/suite'
import {
  debianPostgres,
  startStreamingReplica,
  startSystemPostgres,
  type StreamingReplica,
} from '../support/system-postgres'
import { until } from '../support/until'

/*
 * A real streaming replica (Debian's PostgreSQL 15: pg_basebackup, then a hot standby; the
 * embedded binaries ship no pg_basebackup) whose replay the tests pause, as a lagging replica.
 */
const bin = debianPostgres.bin

describeSuite('postgres-versions', 'reads from a streaming replica', debianPostgres, () => {
  let primary: Awaited<ReturnType<typeof startSystemPostgres>>
  let replica: StreamingReplica
  let writer: pg.Client

  const write = async () => writer.query('insert into changes default values')
  /** Payload's read routing as the adapter holds it: the primary while within the window. */
  const onPrimary = (routing: ReadRouting) =>
    Date.now() - (routing.lastWriteTimestamp ?? 0) < routing.readReplicasAfterWriteInterval

  beforeAll(async () => {
    primary = await startSystemPostgres(bin!)
    replica = await startStreamingReplica(bin!, primary.port)
    writer = new pg.Client({ connectionString: primary.url })
    await writer.connect()
    await writer.query('create table changes (id serial primary key)')
  })
  afterAll(async () => {
    await writer?.end()
    await replica?.dispose()
    await primary?.stop()
  })

  it('tells a replica that has replayed a commit from one that has not', async () => {
    const [main, standby] = [lsnPool(primary.url), lsnPool(replica.url('postgres'))]
    try {
      await write()
      const lsn = await primaryLsn(main)
      await until(() => replicasReplayed([standby], lsn), 5_000)
      await replica.pauseReplay()
      await write()
      const later = await primaryLsn(main)
      expect(later).toBeGreaterThan(lsn)
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(await replicasReplayed([standby], later)).toBe(false)
      await replica.resumeReplay()
      await until(() => replicasReplayed([standby], later), 5_000)
    } finally {
      await Promise.all([main.end(), standby.end()])
    }
  })

  it('broadcasts a change once the replica has it, and past the bound without it', async () => {
    const warnings: string[] = []
    const replicas = replicaDestination({
      primaryUrl: primary.url,
      replicaUrls: [replica.url('postgres')],
      waitMs: 1_000,
      warn: (message) => warnings.push(message),
    })
    try {
      await write()
      let started = Date.now()
      await replicas.deliver([])
      expect(Date.now() - started).toBeLessThan(900)
      expect(warnings).toEqual([])

      await replica.pauseReplay()
      await write()
      started = Date.now()
      await replicas.deliver([])
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_000)
      expect(warnings.join()).toMatch(/has not replayed .* within 1 s/)
    } finally {
      await replica.resumeReplay()
      await replicas.close()
    }
  })

  it('holds a node’s reads on the primary until the replica has the change, and while it is down', async () => {
    const routing: ReadRouting = { readReplicasAfterWriteInterval: 300 }
    const logged: string[] = []
    const reads = startReplicaReads({
      routing,
      primaryUrl: primary.url,
      replicaUrls: [replica.url('postgres')],
      log: (message) => logged.push(message),
    })
    try {
      // Caught up: a hold ends at once, and reads go back to the replica after the window.
      holdReadsOnPrimary()
      expect(onPrimary(routing)).toBe(true)
      await until(async () => !reads.holding() && !onPrimary(routing), 5_000)

      // Lagging: from the change's arrival until the replica has replayed it.
      await replica.pauseReplay()
      await write()
      holdReadsOnPrimary()
      for (let i = 0; i < 10; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 250))
        expect(onPrimary(routing)).toBe(true)
      }
      await replica.resumeReplay()
      await until(async () => !reads.holding() && !onPrimary(routing), 5_000)

      // A burst of holds (a publish expires dozens of tags) asks the primary twice at most.
      const asked = reads.questions()
      for (let i = 0; i < 100; i += 1) holdReadsOnPrimary()
      await until(async () => !reads.holding(), 5_000)
      expect(reads.questions() - asked).toBeLessThanOrEqual(2)

      // Down: noticed without any change, reads on the primary until it is back.
      await replica.stop()
      await until(async () => reads.holding(), 5_000)
      for (let i = 0; i < 4; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 250))
        expect(onPrimary(routing)).toBe(true)
      }
      await replica.start()
      await until(async () => !reads.holding() && !onPrimary(routing), 15_000)
      expect(logged.join('\n')).toMatch(/reads from the primary until it catches up[\s\S]*caught up/)
    } finally {
      await reads.stop()
    }
  })
})
