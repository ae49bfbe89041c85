// @ts-check
/**
 * Work a node finishes before it exits on SIGTERM, after its last request (the server edge,
 * request-edge.mjs, runs these once the HTTP server has closed): delivering the cache
 * expiries its last saves wrote to the outbox. Kept on `globalThis` because the app's
 * modules are bundled by Next apart from the edge, which loads before them.
 */
const HOOKS = Symbol.for('summit-wire.shutdown-hooks')

/** @returns {Array<() => Promise<void>>} */
function hooks() {
  /** @type {typeof globalThis & { [HOOKS]?: Array<() => Promise<void>> }} */
  const global = globalThis
  return (global[HOOKS] ??= [])
}

/** Runs `hook` when the node shuts down, after the server has stopped taking requests. @param {() => Promise<void>} hook */
export function onShutdown(hook) {
  hooks().push(hook)
}

/**
 * Runs every hook, each given at most `timeoutMs`; resolves when all have finished or given up.
 * @param {number} timeoutMs
 */
export async function runShutdownHooks(timeoutMs) {
  const limit = new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())
  await Promise.race([Promise.allSettled(hooks().map((hook) => hook())), limit])
}
