import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { holdsJobLease, JOBS_LOCK_KEY, releaseJobLease } from '../../lib/server/job-lease'

/*
 * The jobs lease on the test database: another connection stands for another runner (a second
 * worker, an app node with JOBS_AUTORUN on). Only one holds it at a time; it goes with its
 * holder's connection.
 */
describe('the jobs lease (a PostgreSQL advisory lock)', () => {
  let other: pg.Client
  const tryLock = async () =>
    (await other.query<{ held: boolean }>('select pg_try_advisory_lock($1::bigint) as held', [JOBS_LOCK_KEY])).rows[0]!
      .held
  const unlock = () => other.query('select pg_advisory_unlock_all()')

  beforeAll(async () => {
    other = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await other.connect()
  })
  afterEach(async () => {
    await releaseJobLease()
    await unlock()
  })
  afterAll(async () => {
    await other.end()
  })

  it('is this process’s when nobody holds it, and then nobody else’s', async () => {
    expect(await holdsJobLease()).toBe(true)
    expect(await holdsJobLease()).toBe(true)
    expect(await tryLock()).toBe(false)
  })

  it('stands by while another runner holds it, and takes it once that one lets go', async () => {
    expect(await tryLock()).toBe(true)
    expect(await holdsJobLease()).toBe(false)
    await unlock()
    expect(await holdsJobLease()).toBe(true)
  })

  it('is given up for the next runner at shutdown', async () => {
    expect(await holdsJobLease()).toBe(true)
    await releaseJobLease()
    expect(await tryLock()).toBe(true)
  })

  it('goes with its connection: a runner whose connection was cut no longer runs jobs, another can take over', async () => {
    expect(await holdsJobLease()).toBe(true)
    await other.query(
      `select pg_terminate_backend(pid) from pg_locks
        where locktype = 'advisory' and granted and pid <> pg_backend_pid()
          and ((classid::bigint << 32) | objid::bigint) = $1::bigint`,
      [JOBS_LOCK_KEY],
    )
    await expect.poll(tryLock, { timeout: 5_000 }).toBe(true)
    expect(await holdsJobLease()).toBe(false)
    await unlock()
    expect(await holdsJobLease()).toBe(true)
  })
})
