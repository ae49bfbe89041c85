import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { READER_CACHE_CONTROL, UNKEYED_SURROGATE_CONTROL } from '../../lib/http/edge-cache-headers.mjs'
import { RETRY_AFTER_SECONDS } from '../../lib/http/retry-after.mjs'
import { HotPathCounter, WARM_UP_HEADER } from '../../lib/server/hot-paths.mjs'
import type * as EdgeModule from '../../lib/server/request-edge.mjs'

/*
 * The server edge as the production server loads it: importing it installs it in this process
 * (on the test database, which answers), and a plain http server stands in for Next's.
 */
type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void
type Edge = typeof EdgeModule

const prototypeWriteHead = http.ServerResponse.prototype.writeHead
let edge: Edge
const servers: http.Server[] = []

beforeAll(async () => {
  edge = await import('../../lib/server/request-edge.mjs')
})
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
})

async function listen(server: http.Server): Promise<string> {
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** A raw GET, so that paths reach the server exactly as written (fetch would normalise them). */
function get(
  origin: string,
  path: string,
): Promise<{ status: number; statusText: string; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${origin}/`, { path, agent: false }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? '',
          headers: response.headers,
          body,
        }),
      )
    })
    request.on('error', reject)
    request.end()
  })
}

describe('the server edge, installed', () => {
  it('wraps the listener http.createServer is given and leaves ServerResponse.prototype alone', async () => {
    expect(http.ServerResponse.prototype.writeHead).toBe(prototypeWriteHead)
    let ownWriteHead = false
    const origin = await listen(
      http.createServer((_request, response) => {
        ownWriteHead = Object.prototype.hasOwnProperty.call(response, 'writeHead')
        response.end('ok')
      }),
    )
    expect((await get(origin, '/topics/trade')).body).toBe('ok')
    // The hook lives on the one response object.
    expect(ownWriteHead).toBe(true)
  })

  it('wraps it once, however often it is installed', async () => {
    edge.installRequestEdge({ databaseUnreachable: () => true })
    const origin = await listen(http.createServer((_request, response) => response.writeHead(500).end()))
    // The database answers: a second installation that thought otherwise changed nothing.
    expect((await get(origin, '/')).status).toBe(500)
  })

  it('answers 400 to a path that is not valid percent-encoding or holds a NUL, before the app sees it', async () => {
    const seen: string[] = []
    const origin = await listen(
      http.createServer({}, (request, response) => {
        seen.push(request.url ?? '')
        response.end('page')
      }),
    )
    for (const path of ['/topics/%E0%A4%A', '/a%', '/a%zz', '/articles/story%00.html']) {
      const response = await get(origin, path)
      expect(response.status, path).toBe(400)
      expect(response.headers['content-type'], path).toBe('text/plain; charset=utf-8')
      expect(response.headers['cache-control'], path).toBe('no-store')
      expect(response.headers['x-content-type-options'], path).toBe('nosniff')
      expect(response.body, path).toBe('Bad request: this address is not a valid URL.\n')
    }
    expect(seen).toEqual([])
    // The query string is the app's to judge; encoded non-Latin paths are fine.
    for (const path of ['/search?q=%E0', '/%D0%9F%D1%83%D1%82%D0%B8%D0%BD', '/a%20b'])
      expect((await get(origin, path)).status, path).toBe(200)
    expect(seen).toEqual(['/search?q=%E0', '/%D0%9F%D1%83%D1%82%D0%B8%D0%BD', '/a%20b'])
  })

  it('passes server errors through while the database answers', async () => {
    const origin = await listen(
      http.createServer((_request, response) => {
        response.statusCode = 500
        response.end('boom')
      }),
    )
    const response = await get(origin, '/')
    expect(response.status).toBe(500)
    expect(response.headers['retry-after']).toBeUndefined()
  })
})

describe('the server edge during a database outage', () => {
  let down = true
  afterEach(() => {
    down = true
  })
  // http.Server itself, which the installed edge does not wrap: this listener's edge thinks what `down` says.
  const serve = (handler: Handler) =>
    listen(new http.Server(edge.wrapRequestListener(handler, { databaseUnreachable: () => down })))

  it('turns an implicit 500 into 503 with Retry-After and no-store', async () => {
    const origin = await serve((_request, response) => {
      response.statusCode = 500
      response.setHeader('Cache-Control', 's-maxage=31536000')
      response.end('boom')
    })
    const response = await get(origin, '/topics/trade')
    expect(response.status).toBe(503)
    expect(response.statusText).toBe('Service Unavailable')
    expect(response.headers['retry-after']).toBe(String(RETRY_AFTER_SECONDS))
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.body).toBe('boom')
  })

  it('wins over headers given to writeHead itself, in each of its forms', async () => {
    const forms: unknown[][] = [
      ['Internal Server Error', { 'Cache-Control': 'public, max-age=60', 'X-Own': 'kept' }],
      [{ 'cache-control': 'public, max-age=60', 'x-own': 'kept' }],
      [
        [
          ['Cache-Control', 'public, max-age=60'],
          ['X-Own', 'kept'],
        ],
      ],
      [['Cache-Control', 'public, max-age=60', 'X-Own', 'kept']],
    ]
    let form: unknown[] = []
    const origin = await serve((_request, response) => {
      ;(response.writeHead as (status: number, ...rest: unknown[]) => http.ServerResponse)(502, ...form).end()
    })
    for (const one of forms) {
      form = one
      const response = await get(origin, '/api/articles')
      expect(response.status, JSON.stringify(one)).toBe(503)
      expect(response.statusText, JSON.stringify(one)).toBe('Service Unavailable')
      expect(response.headers['cache-control'], JSON.stringify(one)).toBe('no-store')
      expect(response.headers['x-own'], JSON.stringify(one)).toBe('kept')
    }
  })

  it('leaves other statuses, the app’s own 503 and a database that answers alone', async () => {
    let status = 200
    const origin = await serve((_request, response) => {
      if (status === 503) response.setHeader('Retry-After', '5')
      response.writeHead(status).end()
    })
    for (status of [200, 304, 404]) expect((await get(origin, '/')).status).toBe(status)
    status = 503
    expect((await get(origin, '/api/health')).headers['retry-after']).toBe('5')
    down = false
    status = 500
    expect((await get(origin, '/')).status).toBe(500)
  })
})

describe('the database watch', () => {
  it('notices an outage and a recovery with one connection of its own', async () => {
    // A TCP relay in front of the test database: closing it is an outage the watch must see.
    const target = new URL(process.env.DATABASE_URL!)
    const sockets = new Set<net.Socket>()
    const relay = net.createServer((client) => {
      const upstream = net.connect(Number(target.port), target.hostname)
      for (const socket of [client, upstream]) {
        sockets.add(socket)
        socket.on('error', () => undefined)
        socket.on('close', () => sockets.delete(socket))
      }
      client.pipe(upstream).pipe(client)
    })
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve))
    const port = (relay.address() as AddressInfo).port
    const url = new URL(target)
    url.host = `127.0.0.1:${port}`
    const watch = edge.watchDatabase(() => url.toString(), { timeoutMs: 1000 })
    try {
      await watch.check()
      expect(watch.unreachable()).toBe(false)
      await watch.check()
      // One connection, kept between checks.
      expect(sockets.size).toBe(2)

      await new Promise((resolve) => {
        relay.close(resolve)
        for (const socket of sockets) socket.destroy()
      })
      await watch.check()
      expect(watch.unreachable()).toBe(true)

      await new Promise<void>((resolve) => relay.listen(port, '127.0.0.1', resolve))
      await watch.check()
      expect(watch.unreachable()).toBe(false)
    } finally {
      await watch.stop()
      relay.close()
      for (const socket of sockets) socket.destroy()
    }
  })

  it('calls a database that refuses connections unreachable', async () => {
    const watch = edge.watchDatabase(() => 'postgres://news@127.0.0.1:1/news', { timeoutMs: 1000 })
    await watch.check()
    expect(watch.unreachable()).toBe(true)
    await watch.stop()
  })
})

describe('the Cache-Control a response leaves with', () => {
  const serve = (handler: Handler) =>
    listen(new http.Server(edge.wrapRequestListener(handler, { databaseUnreachable: () => false })))
  const leaving = async (cacheControl: string) => {
    const origin = await serve((_request, response) => {
      response.setHeader('Cache-Control', cacheControl)
      response.end('page')
    })
    return (await get(origin, '/articles/a')).headers['cache-control']
  }

  it('turns the shared-cache lifetimes Next gives cached pages and feeds into five seconds at most', async () => {
    expect(await leaving('s-maxage=3600, stale-while-revalidate=31532400')).toBe(READER_CACHE_CONTROL)
    expect(await leaving('public, max-age=60, s-maxage=60, stale-if-error=86400')).toBe(READER_CACHE_CONTROL)
    expect(READER_CACHE_CONTROL).toBe('public, max-age=0, s-maxage=5')
  })

  it('behind an edge, tells it to keep no reader response it could not purge (one without surrogate keys)', async () => {
    const behind = (surrogate?: string) =>
      listen(
        new http.Server(
          edge.wrapRequestListener(
            (_request, response) => {
              response.setHeader('Cache-Control', 's-maxage=3600')
              if (surrogate) response.setHeader('Surrogate-Control', surrogate)
              response.end('page')
            },
            { databaseUnreachable: () => false, behindEdge: true },
          ),
        ),
      )
    expect((await get(await behind(), '/')).headers['surrogate-control']).toBe(UNKEYED_SURROGATE_CONTROL)
    expect((await get(await behind('max-age=86400'), '/')).headers['surrogate-control']).toBe('max-age=86400')
    // Not behind an edge: no such header at all.
    const origin = await serve((_request, response) => {
      response.setHeader('Cache-Control', 's-maxage=3600')
      response.end('page')
    })
    expect((await get(origin, '/')).headers['surrogate-control']).toBeUndefined()
  })

  it('leaves private, uncached and unstated answers alone', async () => {
    for (const value of ['private, no-cache, no-store, max-age=0, must-revalidate', 'no-cache', 'no-store'])
      expect(await leaving(value)).toBe(value)
    const origin = await serve((_request, response) => response.end('page'))
    expect((await get(origin, '/')).headers['cache-control']).toBeUndefined()
  })
})

describe('the client the edge names', () => {
  it('replaces any x-client-address a client sent with the one X-Forwarded-For from a trusted proxy gives', async () => {
    const origin = await listen(
      new http.Server(
        edge.wrapRequestListener((request, response) => response.end(String(request.headers['x-client-address'])), {
          databaseUnreachable: () => false,
        }),
      ),
    )
    const named = await new Promise<string>((resolve, reject) => {
      const request = http.request(
        `${origin}/`,
        { headers: { 'x-client-address': '9.9.9.9', 'x-forwarded-for': '6.6.6.6, 198.51.100.5' }, agent: false },
        (response) => {
          let body = ''
          response.on('data', (chunk) => (body += chunk))
          response.on('end', () => resolve(body))
        },
      )
      request.on('error', reject)
      request.end()
    })
    // The test talks over loopback, which TRUSTED_PROXIES trusts by default.
    expect(named).toBe('198.51.100.5')
  })
})

describe('the reader pages the edge counts for the next warm-up', () => {
  const counted = async (
    respond: (response: http.ServerResponse) => void,
    request: { path?: string; method?: string; headers?: Record<string, string> } = {},
  ) => {
    const readerPages = new HotPathCounter()
    const origin = await listen(
      new http.Server(
        edge.wrapRequestListener((_request, response) => respond(response), {
          databaseUnreachable: () => false,
          readerPages,
        }),
      ),
    )
    await fetch(`${origin}${request.path ?? '/articles/a'}`, {
      method: request.method ?? 'GET',
      headers: request.headers,
    }).then((response) => response.arrayBuffer())
    return [...readerPages.take()]
  }
  const cachedPage = (response: http.ServerResponse) => {
    response.setHeader('Cache-Control', 's-maxage=3600, stale-while-revalidate=31532400')
    response.end('page')
  }

  it('counts a cacheable reader page answered 200, by its path', async () => {
    expect(await counted(cachedPage)).toEqual([['/articles/a', 1]])
  })

  it('leaves out errors, uncached answers, other methods, queries, flight data and the warm-up itself', async () => {
    const notFound = (response: http.ServerResponse) => {
      response.statusCode = 404
      cachedPage(response)
    }
    const dynamic = (response: http.ServerResponse) => {
      response.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate')
      response.end('page')
    }
    expect(await counted(notFound)).toEqual([])
    expect(await counted(dynamic)).toEqual([])
    expect(await counted(cachedPage, { method: 'HEAD' })).toEqual([])
    expect(await counted(cachedPage, { path: '/search?q=gas' })).toEqual([])
    expect(await counted(cachedPage, { headers: { rsc: '1' } })).toEqual([])
    expect(await counted(cachedPage, { headers: { [WARM_UP_HEADER]: '1' } })).toEqual([])
  })
})
