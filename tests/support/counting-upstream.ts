import http, { type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** What the stand-in app answers for one URL; unset fields take the ISR page defaults. */
export interface UpstreamAnswer {
  status?: number
  headers?: Record<string, string>
  delayMs?: number
}

export interface CountingUpstream {
  /** `127.0.0.1:<port>`, for nginx's upstream block. */
  address: string
  /** How many requests reached the app for this URL (path and query, as nginx sent it). */
  hits: (url: string) => number
  /** The headers of the last request for this URL. */
  lastHeaders: (url: string) => IncomingHttpHeaders | undefined
  /** How many TCP connections nginx opened to the app so far. */
  connections: () => number
  answer: (url: string, answer: UpstreamAnswer) => void
  close: () => Promise<void>
}

/** Headers that make a request personal; the body says whether one was seen. */
const PERSONAL = ['cookie', 'authorization', 'rsc']

/**
 * A stand-in for the Next server: answers every URL like an ISR page (HTML with Next's
 * `Cache-Control: s-maxage=31536000`), numbered by how often that URL was requested, and
 * counts the requests so a test can tell cache hits from renders.
 */
export async function startCountingUpstream(): Promise<CountingUpstream> {
  const hits = new Map<string, number>()
  const headers = new Map<string, IncomingHttpHeaders>()
  const answers = new Map<string, UpstreamAnswer>()
  const sockets = new Set<Socket>()
  let connections = 0

  const server = http.createServer((request, response) => {
    // Drain any body (POSTs) before answering, as a real app would.
    request.resume()
    request.on('end', () => {
      const url = request.url ?? '/'
      const hit = (hits.get(url) ?? 0) + 1
      hits.set(url, hit)
      headers.set(url, request.headers)
      const answer = answers.get(url) ?? {}
      const personal = PERSONAL.some((name) => request.headers[name] !== undefined)
      // Past gzip_min_length, so compression can be observed.
      const body = `<!doctype html><title>${url}</title><p>render ${hit} of ${url}; personal=${personal ? 'yes' : 'no'}</p>\n${'<p>Summit Wire filler text.</p>\n'.repeat(60)}`
      setTimeout(() => {
        response.writeHead(answer.status ?? 200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 's-maxage=31536000',
          Vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
          ...answer.headers,
        })
        response.end(body)
      }, answer.delayMs ?? 0)
    })
  })
  server.on('connection', (socket) => {
    connections += 1
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))

  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits: (url) => hits.get(url) ?? 0,
    lastHeaders: (url) => headers.get(url),
    connections: () => connections,
    answer: (url, answer) => void answers.set(url, answer),
    // Drops nginx's idle keep-alive connections too: afterwards the app is down for real.
    close: async () => {
      const closed = new Promise((resolve) => server.close(resolve))
      for (const socket of sockets) socket.destroy()
      await closed
    },
  }
}
