import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { HSTS_HEADER_VALUE } from '../../lib/http/strict-transport.mjs'

/*
 * The server module patches Node's http in this process, as it does in the production server;
 * a plain http server stands in for Next.
 */
describe('the strict-transport server module', () => {
  let server: http.Server
  let origin: string
  const siteUrl = process.env.SITE_URL

  beforeAll(async () => {
    await import('../../lib/server/strict-transport-security.mjs')
    server = http.createServer((request, response) => {
      if (request.url === '/explicit') response.writeHead(404, { 'Content-Type': 'text/plain' }).end('gone')
      else response.end('ok')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    process.env.SITE_URL = siteUrl
    await new Promise((resolve) => server.close(resolve))
  })

  it('adds HSTS to every response when SITE_URL is https', async () => {
    process.env.SITE_URL = 'https://news.example'
    for (const path of ['/', '/explicit']) {
      const response = await fetch(`${origin}${path}`)
      expect(response.headers.get('strict-transport-security'), path).toBe(HSTS_HEADER_VALUE)
    }
  })

  it('adds nothing when SITE_URL is http', async () => {
    process.env.SITE_URL = 'http://localhost:3000'
    const response = await fetch(`${origin}/`)
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })
})
