import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedPurge {
  hard: string[]
  soft: string[]
  /** When it arrived (ms since the epoch). */
  at: number
}

/**
 * An HTTP listener standing in for an edge's purge endpoint: records each PURGE's keys, and
 * answers 503 while `failing` is set (an edge that is down or refusing).
 */
export async function startPurgeRecorder() {
  const purges: RecordedPurge[] = []
  const state = { failing: false }
  const server = http.createServer((request, response) => {
    request.resume()
    if (request.method !== 'PURGE' || state.failing) {
      response.writeHead(request.method === 'PURGE' ? 503 : 405).end()
      return
    }
    const keys = (name: string) =>
      String(request.headers[name] ?? '')
        .split(' ')
        .filter(Boolean)
    purges.push({ hard: keys('xkey-purge'), soft: keys('xkey-softpurge'), at: Date.now() })
    response.end('purged')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    purges,
    state,
    /** Every key purged so far, hard or soft. */
    purgedKeys: () => purges.flatMap((purge) => [...purge.hard, ...purge.soft]),
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
