import autocannon from 'autocannon'

export interface LoadResult {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  errors: number
  non2xx: number
}

/**
 * Drives `origin` + `paths` with `connections` concurrent clients for `seconds`. Several paths
 * are requested in turn (search runs a spread of queries, so it measures searching rather
 * than one cached answer).
 */
export async function load(
  origin: string,
  paths: string[],
  { connections = 20, seconds = 8 } = {},
): Promise<LoadResult> {
  let next = 0
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
  })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}
