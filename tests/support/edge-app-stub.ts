import http, { type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** What the stand-in app answers for one path (path and query, as the edge sent it). */
export interface StubAnswer {
  status?: number
  /** Cache tags: sent as `xkey`, `Surrogate-Key` and `Cache-Tag`. Default: `page:<path>`. */
  keys?: string[]
  /** The edge's lifetime; `null` sends no Surrogate-Control. Default `max-age=86400`. */
  surrogateControl?: string | null
  /** Added to (or replacing) the contract's headers; `null` leaves one out. */
  headers?: Record<string, string | null>
  delayMs?: number
}

/** One request as the stub saw it. */
export interface SeenRequest {
  headers: IncomingHttpHeaders
  /** The socket peer: the edge, never the reader. */
  remoteAddress: string | undefined
}

export interface EdgeAppStub {
  host: string
  port: number
  /** How many requests reached the app for this path (path and query). */
  hits: (url: string) => number
  /** The last request for this path. */
  last: (url: string) => SeenRequest | undefined
  answer: (url: string, answer: StubAnswer) => void
  /** Closes the port and every open connection: the app is gone, probes included. */
  down: () => Promise<void>
  /** Listens again on the same port (nothing when it is up). */
  up: () => Promise<void>
  close: () => Promise<void>
}

/** Headers that make a request personal; the body says whether one was seen. */
const PERSONAL = ['cookie', 'authorization']

/**
 * A stand-in app node speaking the edge's header contract: every reader answer carries
 * `Cache-Control: public, max-age=0, s-maxage=5`, `Surrogate-Control: max-age=86400` and its
 * keys three ways. The body is numbered by how often that path was rendered and says whether
 * the request was a React Server Component one, so a test can tell cache hits from renders and
 * variants apart. `/api/health` answers 200 like the app's.
 */
export async function startEdgeAppStub(): Promise<EdgeAppStub> {
  const hits = new Map<string, number>()
  const seen = new Map<string, SeenRequest>()
  const answers = new Map<string, StubAnswer>()
  const sockets = new Set<Socket>()

  const server = http.createServer((request, response) => {
    request.resume()
    request.on('end', () => {
      const url = request.url ?? '/'
      if (url === '/api/health') {
        response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        response.end('{"ok":true}')
        return
      }
      const hit = (hits.get(url) ?? 0) + 1
      hits.set(url, hit)
      seen.set(url, { headers: request.headers, remoteAddress: request.socket.remoteAddress })
      const answer = answers.get(url) ?? {}
      const keys = answer.keys ?? [`page:${url.split('?')[0]}`]
      const rsc = request.headers.rsc === '1'
      const personal = PERSONAL.some((name) => request.headers[name] !== undefined)
      const body = rsc
        ? `0:["rsc payload","render ${hit} of ${url}"]\n`
        : `<!doctype html><title>${url}</title><p>render ${hit} of ${url}; personal=${personal ? 'yes' : 'no'}</p>\n${'<p>Summit Wire filler text.</p>\n'.repeat(60)}`
      const surrogateControl = answer.surrogateControl === undefined ? 'max-age=86400' : answer.surrogateControl
      const headers: Record<string, string | null> = {
        'Content-Type': rsc ? 'text/x-component' : 'text/html; charset=utf-8',
        'Cache-Control': 'public, max-age=0, s-maxage=5',
        'Surrogate-Control': surrogateControl,
        xkey: keys.join(' '),
        'Surrogate-Key': keys.join(' '),
        'Cache-Tag': keys.join(','),
        Vary: 'RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, Accept-Encoding',
        ...answer.headers,
      }
      setTimeout(() => {
        for (const [name, value] of Object.entries(headers)) if (value !== null) response.setHeader(name, value)
        response.writeHead(answer.status ?? 200)
        response.end(request.method === 'HEAD' ? undefined : body)
      }, answer.delayMs ?? 0)
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })

  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const down = async () => {
    if (!server.listening) return
    const closed = new Promise((resolve) => server.close(resolve))
    for (const socket of sockets) socket.destroy()
    await closed
  }

  await listen(0)
  const port = (server.address() as AddressInfo).port
  return {
    host: '127.0.0.1',
    port,
    hits: (url) => hits.get(url) ?? 0,
    last: (url) => seen.get(url),
    answer: (url, answer) => void answers.set(url, answer),
    down,
    up: async () => {
      if (!server.listening) await listen(port)
    },
    close: down,
  }
}
