import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'

import { afterAll, beforeEach, describe, expect, it } from 'vitest'

import {
  acceptsGzip,
  compressResponse,
  etagMatches,
  forgetCompressedBodies,
} from '../../lib/http/compress-response.mjs'

/*
 * The edge's compression on a real http server: each test's handler plays Next (a cached page
 * is one `end(payload)` with Content-Length set first; a render streams and flushes).
 */
type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void

let handler: Handler = (_request, response) => response.end()
const server = http.createServer((request, response) => {
  compressResponse(request, response)
  handler(request, response)
})
const origin = await new Promise<string>((resolve) =>
  server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
)
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => forgetCompressedBodies())

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  /** The bytes on the wire. */
  raw: Buffer
  /** The body after undoing Content-Encoding. */
  body: string
}

function request(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(`${origin}${path}`, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const raw = Buffer.concat(chunks)
        const decoded = response.headers['content-encoding'] === 'gzip' && raw.length > 0 ? zlib.gunzipSync(raw) : raw
        resolve({ status: response.statusCode ?? 0, headers: response.headers, raw, body: decoded.toString('utf8') })
      })
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

const PAGE = `<!DOCTYPE html><html><body>${'<p>Record trade between the summit partners.</p>'.repeat(200)}</body></html>`
const ETAG = '"page-v1"'

/** A cached page as Next's sendRenderResult sends it. */
const cachedPage =
  (html: string, extra: Record<string, string> = {}): Handler =>
  (request, response) => {
    response.setHeader('Vary', 'rsc, next-router-state-tree')
    for (const [name, value] of Object.entries(extra)) response.setHeader(name, value)
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.setHeader('Content-Length', Buffer.byteLength(html))
    if (request.method === 'HEAD') response.end(null)
    else response.end(html)
  }

describe('Accept-Encoding', () => {
  it('admits gzip by name or by *, and honours q=0', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true)
    expect(acceptsGzip('x-gzip')).toBe(true)
    expect(acceptsGzip('*')).toBe(true)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('gzip;q=0, *')).toBe(false)
    expect(acceptsGzip('*;q=0')).toBe(false)
    expect(acceptsGzip('identity')).toBe(false)
    expect(acceptsGzip('br')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
  })

  it('matches If-None-Match weakly, in lists and as *', () => {
    expect(etagMatches('"a"', '"a"')).toBe(true)
    expect(etagMatches('W/"a"', '"a"')).toBe(true)
    expect(etagMatches('"b", W/"a"', 'W/"a"')).toBe(true)
    expect(etagMatches('*', '"a"')).toBe(true)
    expect(etagMatches('"b"', '"a"')).toBe(false)
  })
})

describe('a cached page', () => {
  it('goes gzipped, byte-identical once decompressed, to a client that accepts gzip only', async () => {
    handler = cachedPage(PAGE, { ETag: ETAG })
    const gzipped = await request('/articles/a', { 'accept-encoding': 'gzip, deflate, br' })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gzipped.body).toBe(PAGE)
    expect(gzipped.raw.length).toBeLessThan(PAGE.length / 4)
    // The gzipped representation is equivalent, not byte-identical: a weak ETag.
    expect(gzipped.headers.etag).toBe(`W/${ETAG}`)
    expect(gzipped.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding')

    for (const headers of [{}, { 'accept-encoding': 'gzip;q=0, br' }, { 'accept-encoding': 'identity' }] as Record<
      string,
      string
    >[]) {
      const plain = await request('/articles/a', headers)
      expect(plain.headers['content-encoding'], JSON.stringify(headers)).toBeUndefined()
      expect(plain.raw.toString('utf8')).toBe(PAGE)
      expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(PAGE)))
      expect(plain.headers.etag).toBe(ETAG)
      expect(plain.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding')
    }
  })

  it('is compressed once per ETag: later readers get the kept gzip, with its length', async () => {
    handler = cachedPage(PAGE, { ETag: ETAG })
    const first = await request('/articles/kept', { 'accept-encoding': 'gzip' })
    expect(first.headers['transfer-encoding']).toBe('chunked')
    // Same address, same strong ETag: the bytes are the same by definition, so the kept gzip
    // goes out whatever the app passes this time (this proves nothing was compressed again).
    handler = cachedPage(PAGE.replace('Record', 'Altered'), { ETag: ETAG })
    const second = await request('/articles/kept', { 'accept-encoding': 'gzip' })
    expect(second.body).toBe(PAGE)
    expect(second.headers['content-length']).toBe(String(second.raw.length))
    expect(second.raw.equals(first.raw)).toBe(true)
    // A new ETag (the page changed) is compressed afresh; so is another address.
    handler = cachedPage(PAGE.replace('Record', 'Altered'), { ETag: '"page-v2"' })
    expect((await request('/articles/kept', { 'accept-encoding': 'gzip' })).body).toContain('Altered')
    expect((await request('/articles/other', { 'accept-encoding': 'gzip' })).body).toContain('Altered')
  })

  it('keeps nothing under a weak ETag or none', async () => {
    for (const extra of [{ ETag: 'W/"weak"' }, {}] as Record<string, string>[]) {
      handler = cachedPage(PAGE, extra)
      await request('/articles/weak', { 'accept-encoding': 'gzip' })
      handler = cachedPage(PAGE.replace('Record', 'Altered'), extra)
      expect((await request('/articles/weak', { 'accept-encoding': 'gzip' })).body).toContain('Altered')
    }
  })

  it('answers a matching If-None-Match or a current If-Modified-Since with 304 and no body', async () => {
    const lastModified = 'Mon, 07 Dec 2026 10:00:00 GMT'
    handler = cachedPage(PAGE, { ETag: ETAG, 'Last-Modified': lastModified, 'Cache-Control': 's-maxage=60' })
    for (const [headers, etag] of [
      [{ 'if-none-match': ETAG }, ETAG],
      [{ 'if-none-match': `W/${ETAG}`, 'accept-encoding': 'gzip' }, `W/${ETAG}`],
      [{ 'if-none-match': `"other", ${ETAG}` }, ETAG],
      [{ 'if-modified-since': lastModified }, ETAG],
      [{ 'if-modified-since': 'Tue, 08 Dec 2026 10:00:00 GMT', 'accept-encoding': 'gzip' }, `W/${ETAG}`],
    ] as const) {
      for (const method of ['GET', 'HEAD']) {
        const answer = await request('/articles/a', headers, method)
        expect(answer.status, JSON.stringify(headers)).toBe(304)
        expect(answer.raw.length).toBe(0)
        expect(answer.headers.etag).toBe(etag)
        expect(answer.headers['cache-control']).toBe('s-maxage=60')
        expect(answer.headers.vary).toContain('Accept-Encoding')
        expect(answer.headers['content-encoding']).toBeUndefined()
      }
    }
    for (const headers of [
      { 'if-none-match': '"other"' } as Record<string, string>,
      { 'if-modified-since': 'Sun, 06 Dec 2026 10:00:00 GMT' },
      // If-None-Match wins over If-Modified-Since.
      { 'if-none-match': '"other"', 'if-modified-since': lastModified },
    ]) {
      const answer = await request('/articles/a', headers)
      expect(answer.status, JSON.stringify(headers)).toBe(200)
      expect(answer.body).toBe(PAGE)
    }
  })

  it('answers HEAD with the headers of its GET and no body', async () => {
    handler = cachedPage(PAGE, { ETag: ETAG })
    const before = await request('/articles/head', { 'accept-encoding': 'gzip' }, 'HEAD')
    expect(before.status).toBe(200)
    expect(before.raw.length).toBe(0)
    expect(before.headers['content-encoding']).toBe('gzip')
    expect(before.headers.vary).toContain('Accept-Encoding')
    const get = await request('/articles/head', { 'accept-encoding': 'gzip' })
    const after = await request('/articles/head', { 'accept-encoding': 'gzip' }, 'HEAD')
    expect(after.raw.length).toBe(0)
    expect(after.headers['content-length']).toBe(String(get.raw.length))
    const plain = await request('/articles/head', {}, 'HEAD')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(PAGE)))
  })
})

describe('what is not compressed', () => {
  const send =
    (type: string, body: Buffer | string, extra: Record<string, string> = {}, status = 200): Handler =>
    (_request, response) => {
      response.statusCode = status
      response.setHeader('Content-Type', type)
      for (const [name, value] of Object.entries(extra)) response.setHeader(name, value)
      response.setHeader('Content-Length', Buffer.byteLength(body))
      response.end(body)
    }
  it('images, encoded bodies, small bodies, no-transform, 204', async () => {
    const image = randomBytes(50_000)
    const already = zlib.gzipSync(PAGE)
    for (const [label, sent, expected, vary] of [
      ['image', send('image/webp', image), image, undefined],
      ['encoded', send('text/html', already, { 'Content-Encoding': 'gzip' }), already, undefined],
      ['small', send('application/json', '{"ok":true}'), Buffer.from('{"ok":true}'), 'Accept-Encoding'],
      ['no-transform', send('text/html', PAGE, { 'Cache-Control': 'no-transform' }), Buffer.from(PAGE), undefined],
      ['204', send('text/html', '', {}, 204), Buffer.alloc(0), undefined],
    ] as const) {
      handler = sent
      const answer = await request('/x', { 'accept-encoding': 'gzip' })
      expect(answer.raw.equals(expected), label).toBe(true)
      expect(answer.headers['content-encoding'], label).toBe(label === 'encoded' ? 'gzip' : undefined)
      expect(answer.headers.vary, label).toBe(vary)
    }
  })
})

describe('a streamed response', () => {
  it('is compressed as it streams, and a flush reaches the client before the end', async () => {
    let reachedClient: () => void = () => undefined
    const clientGotFirstPart = new Promise<void>((resolve) => (reachedClient = resolve))
    handler = (_request, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      response.write('<!DOCTYPE html><html><body><p>Shell</p>')
      ;(response as http.ServerResponse & { flush: () => void }).flush()
      void clientGotFirstPart.then(() => response.end('<p>Story</p></body></html>'))
    }
    const body = await new Promise<string>((resolve, reject) => {
      http
        .get(`${origin}/streamed`, { headers: { 'accept-encoding': 'gzip' }, agent: false }, (response) => {
          expect(response.headers['content-encoding']).toBe('gzip')
          let text = ''
          const gunzip = zlib.createGunzip()
          gunzip.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8')
            if (text.includes('Shell')) reachedClient()
          })
          gunzip.on('end', () => resolve(text))
          gunzip.on('error', reject)
          response.pipe(gunzip)
        })
        .on('error', reject)
    })
    expect(body).toBe('<!DOCTYPE html><html><body><p>Shell</p><p>Story</p></body></html>')
  })

  it('keeps writers to backpressure and loses nothing of a large body', async () => {
    const parts = Array.from({ length: 400 }, (_, i) => `${i}:${randomBytes(6000).toString('base64')}\n`)
    handler = (_request, response) => {
      response.setHeader('Content-Type', 'application/json')
      let i = 0
      const pump = () => {
        while (i < parts.length) if (!response.write(parts[i++])) return void response.once('drain', pump)
        response.end()
      }
      pump()
    }
    const answer = await request('/large', { 'accept-encoding': 'gzip' })
    expect(answer.headers['content-encoding']).toBe('gzip')
    expect(answer.body).toBe(parts.join(''))
  })
})

describe('a response that misbehaves', () => {
  it('a write after the end fails that response only, not the server', async () => {
    const uncaught: unknown[] = []
    const onUncaught = (error: unknown) => uncaught.push(error)
    process.prependListener('uncaughtException', onUncaught)
    handler = (_request, response) => {
      response.setHeader('Content-Type', 'text/html')
      response.write('<p>one</p>'.repeat(200))
      response.end()
      response.write('<p>late</p>')
    }
    await request('/late', { 'accept-encoding': 'gzip' }).catch(() => undefined)
    handler = cachedPage(PAGE)
    expect((await request('/after', { 'accept-encoding': 'gzip' })).body).toBe(PAGE)
    process.removeListener('uncaughtException', onUncaught)
    expect(uncaught).toEqual([])
  })
})
