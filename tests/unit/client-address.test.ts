import { describe, expect, it } from 'vitest'

import { clientAddress, plainAddress, trustedProxyList } from '@/lib/http/client-address.mjs'

const trusted = trustedProxyList(['127.0.0.1/8', '::1', '10.0.0.0/8'])

describe("the client's address", () => {
  it('is the socket peer when no proxy we trust stands in front, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', trusted)).toBe('203.0.113.7')
    expect(clientAddress('::ffff:203.0.113.7', undefined, trusted)).toBe('203.0.113.7')
  })

  it('walks X-Forwarded-For from its end past every trusted proxy, to the first hop none vouched for', () => {
    // reader → TLS terminator (10.0.0.5) → edge (10.0.0.6) → node, each appending its peer.
    expect(clientAddress('10.0.0.6', '198.51.100.23, 10.0.0.5', trusted)).toBe('198.51.100.23')
    // A forged first entry stays behind the address our proxy recorded.
    expect(clientAddress('127.0.0.1', '6.6.6.6, 198.51.100.23', trusted)).toBe('198.51.100.23')
    expect(clientAddress('127.0.0.1', ['6.6.6.6', '198.51.100.24'], trusted)).toBe('198.51.100.24')
  })

  it('stops at a hop that is not an address, keeping the last trusted one', () => {
    expect(clientAddress('127.0.0.1', 'unknown', trusted)).toBe('127.0.0.1')
    expect(clientAddress(undefined, '1.2.3.4', trusted)).toBe('unknown')
  })

  it('takes IPv6 ranges and bracketed addresses, and refuses a list entry that is neither', () => {
    const v6 = trustedProxyList(['fd00::/8'])
    expect(clientAddress('fd00::1', '2001:db8::9', v6)).toBe('2001:db8::9')
    expect(plainAddress('[2001:db8::1]')).toBe('2001:db8::1')
    expect(() => trustedProxyList(['10.0.0.0/33'])).toThrow('TRUSTED_PROXIES: "10.0.0.0/33"')
    expect(() => trustedProxyList(['varnish'])).toThrow('is not an address or a CIDR range')
  })
})
