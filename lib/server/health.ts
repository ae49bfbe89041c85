import type { Pool } from 'pg'

import { pendingMigrations } from './migrations'
import { getPayloadClient } from './payload'

export type Health = { ok: true } | { ok: false; reason: string }

/**
 * Below docker-compose's 5 s health-check timeout: a database that accepts connections but
 * does not answer (a full disk, a lock) is unhealthy, not a hanging probe.
 */
const HEALTH_TIMEOUT_MS = 3000

function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the database did not answer in time')), HEALTH_TIMEOUT_MS)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Healthy means the database answers and has every committed migration. Both questions go
 * through the app's own pool (Payload's Postgres adapter), so a probe every few seconds takes
 * no connection of its own and checks the connections readers' requests really use. `pool`
 * stands in for it in tests.
 */
export async function checkHealth(pool?: Pool): Promise<Health> {
  try {
    await withinTimeout((pool ?? (await getPayloadClient()).db.pool).query('select 1'))
  } catch {
    return { ok: false, reason: 'database unreachable' }
  }
  try {
    const pending = await withinTimeout(pendingMigrations(await getPayloadClient()))
    return pending.length === 0 ? { ok: true } : { ok: false, reason: `${pending.length} migration(s) not applied` }
  } catch {
    return { ok: false, reason: 'database unreachable' }
  }
}
