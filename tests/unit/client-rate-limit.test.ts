import { describe, expect, it } from 'vitest'

import { ClientRateLimit, clientKey } from '@/lib/http/client-rate-limit'
import { isCrossSiteWrite } from '@/lib/http/cross-site'

describe('ClientRateLimit', () => {
  it('allows `limit` attempts per window, then says how long to wait, per client', () => {
    const limit = new ClientRateLimit(3, 60_000)
    const start = 1_000_000
    for (let i = 0; i < 3; i += 1) expect(limit.take('a', start + i)).toEqual({ allowed: true })
    expect(limit.take('a', start + 10_000)).toEqual({ allowed: false, retryAfterSeconds: 50 })
    expect(limit.take('b', start + 10_000)).toEqual({ allowed: true })
    // A new window starts once the old one has ended.
    expect(limit.take('a', start + 60_000)).toEqual({ allowed: true })
  })

  it('keeps at most maxKeys clients, dropping ended windows first, then the oldest', () => {
    const limit = new ClientRateLimit(1, 1_000, 2)
    limit.take('old', 0)
    limit.take('older', 0)
    limit.take('new', 5_000)
    // 'old' and 'older' were dropped: they may try again at once.
    expect(limit.take('old', 5_001)).toEqual({ allowed: true })
    expect(limit.take('new', 5_002)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })
})

describe('clientKey', () => {
  it('takes the address the nearest proxy added, not what the client claimed before it', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7' }))).toBe('198.51.100.7')
    expect(clientKey(new Headers({ 'x-real-ip': '198.51.100.8' }))).toBe('198.51.100.8')
    expect(clientKey(new Headers())).toBe('unknown')
  })
})

describe('isCrossSiteWrite', () => {
  const host = 'news.example'
  const cases: [string, string, Record<string, string>, boolean][] = [
    ['a write from our own pages', 'POST', { cookie: 'payload-token=x', origin: 'https://news.example', host }, false],
    ['a write from another site', 'POST', { cookie: 'payload-token=x', origin: 'https://evil.example', host }, true],
    [
      'a write from another port of our host',
      'PATCH',
      { cookie: 'payload-token=x', origin: 'https://news.example:8443', host },
      true,
    ],
    [
      'a write from an opaque origin (sandboxed frame, file:)',
      'DELETE',
      { cookie: 'payload-token=x', origin: 'null', host },
      true,
    ],
    ['a write with a malformed Origin', 'POST', { cookie: 'payload-token=x', origin: 'not a url', host }, true],
    [
      'a cross-site write without Origin but marked by the browser',
      'POST',
      { cookie: 'payload-token=x', 'sec-fetch-site': 'cross-site', host },
      true,
    ],
    ['a write with no cookies (a script with a token)', 'POST', { origin: 'https://evil.example', host }, false],
    ['a read from another site', 'GET', { cookie: 'payload-token=x', origin: 'https://evil.example', host }, false],
    [
      'a write through our proxy, which names the public host',
      'POST',
      { cookie: 'payload-token=x', origin: 'https://news.example', host: 'app:3000', 'x-forwarded-host': host },
      false,
    ],
  ]
  it.each(cases)('%s', (_name, method, headers, expected) => {
    expect(isCrossSiteWrite(method, new Headers(headers))).toBe(expected)
  })
})
