import { RETRY_AFTER_SECONDS } from '../http/retry-after.mjs'
import type { Health } from './health'

/**
 * How /api/health and /api/ready answer: 200 with `status`, or 503 with the reason and the
 * same Retry-After as the server edge's 503s while the database is down. Never cached.
 */
export function probeResponse(result: Health, status: 'ok' | 'ready'): Response {
  return Response.json(result.ok ? { status } : { status: 'unavailable', reason: result.reason }, {
    status: result.ok ? 200 : 503,
    headers: { 'cache-control': 'no-store', ...(result.ok ? {} : { 'retry-after': String(RETRY_AFTER_SECONDS) }) },
  })
}
