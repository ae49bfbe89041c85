import { databaseProblem } from './database'
import { pendingMigrations } from './migrations'
import { getPayloadClient } from './payload'

export type Health = { ok: true } | { ok: false; reason: string }

/** Healthy means the database answers and has every committed migration. */
export async function checkHealth(): Promise<Health> {
  const problem = await databaseProblem()
  if (problem) return { ok: false, reason: 'database unreachable' }
  try {
    const pending = await pendingMigrations(await getPayloadClient())
    return pending.length === 0 ? { ok: true } : { ok: false, reason: `${pending.length} migration(s) not applied` }
  } catch {
    return { ok: false, reason: 'database unreachable' }
  }
}
