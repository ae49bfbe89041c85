// @ts-check
/**
 * Outages of optional dependencies the app itself notices (object storage), for the server
 * edge: while one is reported, a response the app would send as a server error leaves as 503,
 * as during a database outage (request-edge.mjs). Kept on `globalThis` under a registered
 * symbol because the edge is loaded with `node --import` and the app's code through Next's
 * bundles: two copies of this module, one process.
 */

const KEY = Symbol.for('summit-wire.dependency-outages')

/** How long a reported outage counts without a new report: the next call that fails renews it. */
const REPORT_LIFETIME_MS = 30_000

/** @returns {Map<string, number>} */
function outages() {
  const holder = /** @type {Record<symbol, Map<string, number> | undefined>} */ (globalThis)
  return (holder[KEY] ??= new Map())
}

/** @param {string} dependency */
export function reportOutage(dependency) {
  outages().set(dependency, Date.now() + REPORT_LIFETIME_MS)
}

/** @param {string} dependency */
export function reportRecovery(dependency) {
  outages().delete(dependency)
}

/** Whether any dependency was reported out within the last half minute and not since recovered. */
export function anyDependencyOut() {
  const now = Date.now()
  for (const until of outages().values()) if (until > now) return true
  return false
}
