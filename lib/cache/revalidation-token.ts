import { createHmac, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from '../server/env'

/**
 * Code outside a Next request (seeds, scripts) asks the running server to expire tags over
 * HTTP. The token is derived from PAYLOAD_SECRET, so there is no extra secret to configure
 * and the secret itself never travels.
 */
export function revalidationToken(secret = payloadSecret()): string {
  return createHmac('sha256', secret).update('summit-wire:revalidate-tags').digest('hex')
}

export function isValidRevalidationToken(candidate: string | null, secret = payloadSecret()): boolean {
  if (!secret || !candidate) return false
  const expected = Buffer.from(revalidationToken(secret))
  const given = Buffer.from(candidate)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
