// @ts-check
/**
 * A node's clean shutdown, so a rolling deploy drops nothing: on SIGTERM (or SIGINT) it stops
 * taking connections, lets the requests in flight finish, runs the shutdown hooks
 * (shutdown-hooks.mjs: the outbox is flushed) and exits. Next's own handler would exit as soon
 * as its server closed, before the hooks; Next leaves the signals to the app when
 * NEXT_MANUAL_SIG_HANDLE is set (its self-hosting guide), which the server edge does.
 */
import { setEnv } from './env.js'
import { runShutdownHooks } from './shutdown-hooks.mjs'

/** In-flight requests get this long to finish; the hooks, this long after. */
export const DRAIN_MS = 25_000
export const HOOKS_MS = 5_000

/**
 * Takes over SIGTERM and SIGINT for `servers` (the HTTP servers this process listens with).
 * @param {() => Iterable<import('node:http').Server>} servers
 * @param {{ drainMs?: number, hooksMs?: number, exit?: (code: number) => void }} [options]
 */
export function installGracefulShutdown(servers, { drainMs = DRAIN_MS, hooksMs = HOOKS_MS, exit = process.exit } = {}) {
  setEnv('NEXT_MANUAL_SIG_HANDLE', 'true')
  /** @type {Promise<void> | null} */
  let shuttingDown = null
  const shutdown = () =>
    (shuttingDown ??= (async () => {
      const closed = [...servers()].map(
        (server) =>
          new Promise((resolve) => {
            server.close(() => resolve(undefined))
            server.closeIdleConnections()
          }),
      )
      await Promise.race([Promise.all(closed), new Promise((resolve) => setTimeout(resolve, drainMs).unref())])
      await runShutdownHooks(hooksMs)
      exit(0)
    })())
  process.on('SIGTERM', () => void shutdown())
  process.on('SIGINT', () => void shutdown())
  return shutdown
}
