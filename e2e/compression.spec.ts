import http from 'node:http'
import zlib from 'node:zlib'

import { expect, test } from '@playwright/test'

/*
 * Compression and conditional requests as the production server answers them (the server
 * edge, lib/http/compress-response.mjs): raw requests, so the bytes on the wire are seen as
 * they are (Playwright's client would decompress them).
 */

interface Raw {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

function raw(baseURL: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseURL}${path}`, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      )
    })
    request.on('error', reject)
    request.end()
  })
}

const GZIP = { 'accept-encoding': 'gzip, deflate, br' }

for (const path of ['/articles/record-trade-200bn', '/', '/feed.xml']) {
  test(`${path} from the cache: gzipped once for clients that accept it, identical bytes, 304 and HEAD`, async ({
    baseURL,
  }) => {
    // Twice: the first request may be the render that fills the cache.
    await raw(baseURL!, path)
    const plain = await raw(baseURL!, path)
    expect(plain.status).toBe(200)
    expect(plain.headers['x-nextjs-cache']).toBe('HIT')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.vary).toMatch(/(?:^|, )Accept-Encoding$/)
    const etag = plain.headers.etag!
    expect(etag).toMatch(/^"[\w-]+"$/)

    const first = await raw(baseURL!, path, GZIP)
    const kept = await raw(baseURL!, path, GZIP)
    for (const gzipped of [first, kept]) {
      expect(gzipped.headers['content-encoding']).toBe('gzip')
      expect(gzipped.headers.vary).toBe(plain.headers.vary)
      expect(gzipped.headers.etag).toBe(`W/${etag}`)
      expect(zlib.gunzipSync(gzipped.body).equals(plain.body)).toBe(true)
      expect(gzipped.body.length).toBeLessThan(plain.body.length / 2)
    }
    // The second reader gets the kept gzip: its length is known before the body.
    expect(kept.headers['content-length']).toBe(String(kept.body.length))

    const head = await raw(baseURL!, path, GZIP, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(head.headers['content-encoding']).toBe('gzip')
    expect(head.headers['content-length']).toBe(String(kept.body.length))

    for (const [headers, expectedEtag] of [
      [{ 'if-none-match': etag }, etag],
      [{ ...GZIP, 'if-none-match': `W/${etag}` }, `W/${etag}`],
    ] as const) {
      for (const method of ['GET', 'HEAD']) {
        const notModified = await raw(baseURL!, path, headers, method)
        expect(notModified.status, `${method} ${JSON.stringify(headers)}`).toBe(304)
        expect(notModified.body.length).toBe(0)
        expect(notModified.headers.etag).toBe(expectedEtag)
        expect(notModified.headers.vary).toBe(plain.headers.vary)
      }
    }
    const changed = await raw(baseURL!, path, { ...GZIP, 'if-none-match': '"something-else"' })
    expect(changed.status).toBe(200)
    expect(zlib.gunzipSync(changed.body).equals(plain.body)).toBe(true)
  })
}

test('images are not compressed again', async ({ baseURL }) => {
  const image = await raw(baseURL!, '/articles/record-trade-200bn/og.png', GZIP)
  expect(image.status).toBe(200)
  expect(image.headers['content-type']).toBe('image/png')
  expect(image.headers['content-encoding']).toBeUndefined()
})

test('a rendered (uncached) response streams through gzip', async ({ baseURL }) => {
  const response = await raw(baseURL!, '/api/articles?limit=2', GZIP)
  expect(response.status).toBe(200)
  expect(response.headers['content-encoding']).toBe('gzip')
  const body = JSON.parse(zlib.gunzipSync(response.body).toString('utf8')) as { docs: unknown[] }
  expect(body.docs.length).toBeGreaterThan(0)
})
