import { probeResponse } from '@/lib/server/probe-response'
import { checkReadiness } from '@/lib/server/readiness'

export const dynamic = 'force-dynamic'

/** 200 once this process is healthy and has warmed its cache; 503 until then (for load balancers). */
export async function GET(): Promise<Response> {
  return probeResponse(await checkReadiness(), 'ready')
}
