import { checkHealth, type Health } from './health'

/**
 * Whether this process has warmed its cache (lib/server/warm-up.ts). Start-up (instrumentation)
 * and the route that answers /api/ready are bundled apart, so the flag lives on globalThis,
 * under a key of our own, rather than in a module both would hold a copy of.
 */
const WARM = Symbol.for('summit-wire.warm')
type WarmState = { [WARM]?: boolean }

export function markWarm(): void {
  ;(globalThis as WarmState)[WARM] = true
}

export function isWarm(): boolean {
  return (globalThis as WarmState)[WARM] === true
}

/**
 * Ready means healthy (the database answers, migrated) and warm: what a load balancer should
 * wait for before it sends readers. Health alone (/api/health) is for restarts and alerts.
 */
export async function checkReadiness(): Promise<Health> {
  const health = await checkHealth()
  if (!health.ok) return health
  return isWarm() ? { ok: true } : { ok: false, reason: 'warming the cache' }
}
