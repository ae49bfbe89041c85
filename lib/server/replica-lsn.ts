import pg from 'pg'

/** A PostgreSQL WAL position (`16/B374D848`) as a number that compares. */
export function parseLsn(lsn: string): bigint {
  const [high, low] = lsn.split('/')
  if (!high || !low) throw new Error(`not an LSN: ${lsn}`)
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`)
}

/** One small pool per server, failing fast: a replica that does not answer is treated as behind. */
export function lsnPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 1_000, query_timeout: 1_000 })
  pool.on('error', () => undefined)
  return pool
}

/** Where the primary's WAL is now: every change committed so far lies at or before it. */
export async function primaryLsn(primary: pg.Pool): Promise<bigint> {
  const { rows } = await primary.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn')
  return parseLsn(rows[0]!.lsn)
}

/** Whether every replica has replayed the WAL up to `lsn`; a replica that does not answer has not. */
export async function replicasReplayed(replicas: readonly pg.Pool[], lsn: bigint): Promise<boolean> {
  const answers = await Promise.all(
    replicas.map((replica) =>
      replica.query<{ lsn: string | null }>('select pg_last_wal_replay_lsn()::text as lsn').then(
        ({ rows }) => rows[0]?.lsn !== null && rows[0]?.lsn !== undefined && parseLsn(rows[0].lsn) >= lsn,
        () => false,
      ),
    ),
  )
  return answers.every(Boolean)
}
