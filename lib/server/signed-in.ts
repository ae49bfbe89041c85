import { getPayloadClient } from './payload'

/**
 * Whether a request carries a valid credential of a user: the session cookie or an
 * `Authorization: JWT …` header (or an API key, were they enabled), verified by Payload
 * exactly as its own handlers verify it: signature, expiry, the account still existing, the
 * CSRF origin check for cookies. A cookie that is merely present is not enough.
 */
export async function isSignedIn(request: Request): Promise<boolean> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers, canSetHeaders: false })
  return Boolean(user)
}
