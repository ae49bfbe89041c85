import { checkHealth } from '@/lib/server/health'
import { probeResponse } from '@/lib/server/probe-response'

export const dynamic = 'force-dynamic'

/** 200 while the database answers and is fully migrated; 503 otherwise (for restarts and alerts). */
export async function GET(): Promise<Response> {
  return probeResponse(await checkHealth(), 'ok')
}
