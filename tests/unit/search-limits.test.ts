import { describe, expect, it } from 'vitest'

import { isLocalClient } from '../../lib/http/search-limits'

describe('who the search limit leaves alone', () => {
  it('this machine itself, over IPv4, IPv6 and IPv4-mapped loopback', () => {
    for (const address of ['127.0.0.1', '127.0.0.53', '::1', '::ffff:127.0.0.1'])
      expect(isLocalClient(address)).toBe(true)
  })

  it('no reader, however its address is written', () => {
    for (const address of ['203.0.113.7', '10.0.0.1', '::ffff:203.0.113.7', '2001:db8::1', '1127.0.0.1', 'unknown'])
      expect(isLocalClient(address)).toBe(false)
  })
})
