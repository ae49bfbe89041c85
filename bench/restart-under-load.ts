import type { ProductionServer } from '../scripts/lib/production-server'
import { spawnBenchServer, type BenchServerConfig } from './bench-server'
import { load, type LoadResult } from './wrk'

export interface RestartResult {
  /** From spawning the process until /api/health, then /api/ready, answered 200. */
  healthySeconds: number
  readySeconds: number
  /** The mixed reader load started as soon as /api/ready answered 200. */
  firstMinute: LoadResult & { connections: number; seconds: number }
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10

/**
 * Warm after a restart (issue 17, item 6): stop the server, start it again, and the moment it
 * says it is ready, put the mixed reader load on it; its p99 and max are the first minute's.
 */
export async function restartUnderLoad(
  running: ProductionServer,
  config: BenchServerConfig,
  mix: string[],
  { connections, seconds: duration }: { connections: number; seconds: number },
): Promise<{ server: ProductionServer; result: RestartResult }> {
  await running.stop()
  const started = performance.now()
  const server = spawnBenchServer(config)
  await server.healthy(300_000)
  const healthySeconds = seconds(started)
  await server.ready(300_000)
  const readySeconds = seconds(started)
  const firstMinute = await load(server.origin, mix, { connections, seconds: duration })
  console.log(
    `after restart (ready in ${readySeconds} s): p99 ${firstMinute.p99Ms} ms, max ${firstMinute.maxMs} ms, ${firstMinute.errors} errors`,
  )
  return {
    server,
    result: { healthySeconds, readySeconds, firstMinute: { ...firstMinute, connections, seconds: duration } },
  }
}
