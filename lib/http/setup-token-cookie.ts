/**
 * How the one-time setup token travels from the link in the server's log to the first-user
 * form: the proxy takes it out of the URL (so it stays out of history, logs and Referer) and
 * hands it to the browser as a cookie sent only to the two places that need it.
 */
export const SETUP_TOKEN_COOKIE = 'summit-wire-setup-token'
/** Scripts send the token in this header instead. */
export const SETUP_TOKEN_HEADER = 'x-setup-token'
export const CREATE_FIRST_USER_PATH = '/admin/create-first-user'
/** Where Payload's first-user form posts. */
export const FIRST_REGISTER_PATH = '/api/users/first-register'
/** As long as the token itself lives (see lib/server/setup-token.ts). */
export const SETUP_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60

/** Set-Cookie values carrying `token` to the first-user screen and to the endpoint its form posts to. */
export function setupTokenCookies(token: string, secure: boolean): string[] {
  // Lax, not Strict: the operator may follow the link from a log viewer on another site.
  const attributes = `Max-Age=${SETUP_TOKEN_LIFETIME_SECONDS}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`
  return [CREATE_FIRST_USER_PATH, FIRST_REGISTER_PATH].map(
    (path) => `${SETUP_TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=${path}; ${attributes}`,
  )
}

/** The token a request carries, in the header (scripts) or the cookie (the admin form), or null. */
export function setupTokenFrom(headers: Headers): string | null {
  const header = headers.get(SETUP_TOKEN_HEADER)?.trim()
  if (header) return header
  for (const pair of headers.get('cookie')?.split(';') ?? []) {
    const [name, ...value] = pair.trim().split('=')
    if (name === SETUP_TOKEN_COOKIE && value.length > 0) {
      try {
        return decodeURIComponent(value.join('=')) || null
      } catch {
        return null
      }
    }
  }
  return null
}
