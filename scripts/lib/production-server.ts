import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The production server's NODE_OPTIONS: `npm start` (scripts/launch.ts), the bench and the
 * outage test take them from here, and tests/unit/production-server.test.ts holds the
 * Dockerfile's NODE_OPTIONS and COPY lines to the same list.
 */

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * The production server's V8 heap limit. Left alone, V8 sizes the old generation from the
 * machine's memory (about 4 GB here) and lets garbage pile up: after the bench's load the
 * server sat at 707 MB; capped at 384 MB it held 338 MB at the same throughput. 512 MB leaves
 * room for the admin's heavier requests.
 */
export const SERVER_HEAP_MB = 512

/**
 * Modules the production server loads with `node --import`, relative to the project root:
 * the one list. The server edge (malformed paths → 400, server errors → 503 while the
 * database is down) wraps Next's request listener; see the module for why it cannot live in
 * the app.
 */
export const SERVER_PRELOAD_MODULES = ['lib/server/request-edge.mjs'] as const

/**
 * NODE_OPTIONS for the production server: the caller's own, plus the heap limit unless they
 * set one, plus `--import` of each preload module they lack. `root` is where the project
 * lives: this checkout, or `/app` in the Docker image.
 */
export function serverNodeOptions(current: string | undefined, root: string = PROJECT_ROOT): string {
  const heap = current?.includes('--max-old-space-size') ? [] : [`--max-old-space-size=${SERVER_HEAP_MB}`]
  const modules = SERVER_PRELOAD_MODULES.map((module) => path.join(root, module))
    .filter((module) => !current?.includes(module))
    .map((module) => `--import=${module}`)
  return [current, ...heap, ...modules].filter(Boolean).join(' ')
}
