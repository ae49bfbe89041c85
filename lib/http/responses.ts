/** A short plain-text answer (404s and 400s of routes that serve no HTML), never cached by a proxy. */
export function plainText(message: string, status: number): Response {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/**
 * A redirect to a path on this site with a relative Location (RFC 9110 allows it). Behind
 * `next start` a route handler's request URL names the host Next bound to ("localhost"), not
 * the one the visitor used, so an absolute Location built from it can send them to another
 * origin, where their cookies do not follow.
 */
export function redirectToPath(path: string, status: 303 | 307 | 308): Response {
  return new Response(null, { status, headers: { Location: path, 'Cache-Control': 'no-store' } })
}
