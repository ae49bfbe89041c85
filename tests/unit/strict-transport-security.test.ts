import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { securityHeaderRules } from '../../lib/http/security-headers.mjs'
import { HSTS_HEADER_VALUE } from '../../lib/http/strict-transport.mjs'

/*
 * HSTS lives in next.config's header rules, keyed on X-Forwarded-Proto: a browser honours it
 * only on a response that reached it over https, which a TLS-terminating proxy says in that
 * header. The rule is judged here by Next's own matcher (the function its router runs for
 * `has`); e2e/security-headers.spec.ts asks the real server.
 */
describe('HSTS', () => {
  const hstsRules = () =>
    securityHeaderRules().filter((rule) =>
      rule.headers.some(({ key }) => key.toLowerCase() === 'strict-transport-security'),
    )
  /** Whether Next adds HSTS to a response to a request with these headers. */
  const sendsHsts = (headers: Record<string, string>) =>
    hstsRules().some(
      (rule) =>
        rule.source === '/:path*' &&
        matchHas({ headers } as unknown as http.IncomingMessage, {}, rule.has, rule.missing) !== false,
    )

  it('is one rule, for every path, with the two-year value', () => {
    const [rule, ...others] = hstsRules()
    expect(others).toEqual([])
    expect(rule!.source).toBe('/:path*')
    expect(rule!.headers).toEqual([{ key: 'Strict-Transport-Security', value: HSTS_HEADER_VALUE }])
  })

  it('goes out when the proxy says the request came over https, one hop or several', () => {
    for (const proto of ['https', 'https, http', 'http,https', 'https,https'])
      expect(sendsHsts({ 'x-forwarded-proto': proto }), proto).toBe(true)
  })

  it('stays off plain http, whatever SITE_URL says', () => {
    vi.stubEnv('SITE_URL', 'https://news.example')
    try {
      for (const proto of ['http', 'wss', 'httpsx', 'xhttps', ''])
        expect(sendsHsts({ 'x-forwarded-proto': proto }), proto).toBe(false)
      expect(sendsHsts({})).toBe(false)
      expect(sendsHsts({ 'x-forwarded-host': 'https' })).toBe(false)
    } finally {
      vi.unstubAllEnvs()
    }
  })
})

describe('the server edge and HSTS', () => {
  let server: http.Server
  let origin: string
  beforeAll(async () => {
    await import('../../lib/server/request-edge.mjs')
    server = http.createServer((_request, response) => response.end('ok'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    vi.unstubAllEnvs()
    await new Promise((resolve) => server.close(resolve))
  })

  it('adds none, even when SITE_URL is https: the header rules alone decide', async () => {
    vi.stubEnv('SITE_URL', 'https://news.example')
    const response = await fetch(`${origin}/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })
})
