import { RETRY_AFTER_SECONDS } from '@/lib/http/retry-after.mjs'
import { checkHealth } from '@/lib/server/health'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const health = await checkHealth()
  return Response.json(health.ok ? { status: 'ok' } : { status: 'unavailable', reason: health.reason }, {
    status: health.ok ? 200 : 503,
    // The same Retry-After as the server edge's 503s while the database is down.
    headers: { 'cache-control': 'no-store', ...(health.ok ? {} : { 'retry-after': String(RETRY_AFTER_SECONDS) }) },
  })
}
