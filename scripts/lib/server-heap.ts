import { fileURLToPath } from 'node:url'

/**
 * The production server's V8 heap limit. Left alone, V8 sizes the old generation from the
 * machine's memory (about 4 GB here) and lets garbage pile up: after the bench's load the
 * server sat at 707 MB; capped at 384 MB it held 338 MB at the same throughput. 512 MB leaves
 * room for the admin's heavier requests. The Dockerfile sets the same through NODE_OPTIONS.
 */
export const SERVER_HEAP_MB = 512

/** The module that turns server errors into 503s while the database is down (lib/server/outage-status.mjs). */
export const OUTAGE_STATUS_MODULE = fileURLToPath(new URL('../../lib/server/outage-status.mjs', import.meta.url))
/** The module that answers 400 to paths that are not valid percent-encoding (lib/server/reject-malformed-urls.mjs). */
export const MALFORMED_URL_MODULE = fileURLToPath(new URL('../../lib/server/reject-malformed-urls.mjs', import.meta.url))
/** The module that adds HSTS to every response when SITE_URL is https (lib/server/strict-transport-security.mjs). */
export const STRICT_TRANSPORT_MODULE = fileURLToPath(new URL('../../lib/server/strict-transport-security.mjs', import.meta.url))

/**
 * NODE_OPTIONS for the server: the caller's own, plus the heap limit unless they set one, plus
 * the outage status, malformed-URL and strict-transport modules.
 */
export function serverNodeOptions(current: string | undefined): string {
  const heap = current?.includes('--max-old-space-size') ? [] : [`--max-old-space-size=${SERVER_HEAP_MB}`]
  const modules = [OUTAGE_STATUS_MODULE, MALFORMED_URL_MODULE, STRICT_TRANSPORT_MODULE].filter((module) => !current?.includes(module)).map((module) => `--import=${module}`)
  return [current, ...heap, ...modules].filter(Boolean).join(' ')
}
