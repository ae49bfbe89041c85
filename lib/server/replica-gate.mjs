// @ts-check
/**
 * Where the cache handler (loaded by Next, outside the app's bundles) tells the app that pages
 * are about to be re-rendered after a change: the app's read-replica routing
 * (lib/server/replica-reads.ts) then reads from the primary until every replica has replayed
 * the change. Kept on `globalThis` under a registered symbol, as dependency-outages.mjs is:
 * two copies of this module, one process. Without replicas nothing is installed.
 */

const KEY = Symbol.for('summit-wire.replica-gate')

/** @typedef {{ hold: () => void }} ReplicaGate */

/** @param {ReplicaGate | undefined} gate */
export function installReplicaGate(gate) {
  const holder = /** @type {Record<symbol, ReplicaGate | undefined>} */ (globalThis)
  holder[KEY] = gate
}

/** Reads go to the primary until the replicas have what the primary has now (nothing without replicas). */
export function holdReadsOnPrimary() {
  const holder = /** @type {Record<symbol, ReplicaGate | undefined>} */ (globalThis)
  holder[KEY]?.hold()
}
