import { checkHealth } from '@/lib/server/health'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const health = await checkHealth()
  return Response.json(health.ok ? { status: 'ok' } : { status: 'unavailable', reason: health.reason }, {
    status: health.ok ? 200 : 503,
    headers: { 'cache-control': 'no-store', ...(health.ok ? {} : { 'retry-after': '10' }) },
  })
}
