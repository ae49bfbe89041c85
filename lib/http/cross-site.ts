const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A browser request that would change something, carries the visitor's cookies, and comes from
 * a page of another origin: the shape of a cross-site request forgery. Browsers name the
 * page's origin in `Origin` on every such request; scripts and servers send no cookies of
 * ours, or no Origin, and are not affected. The session cookie is SameSite=Lax as well, so this
 * is the second of two locks.
 */
export function isCrossSiteWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase()) || !headers.has('cookie')) return false
  const origin = headers.get('origin')
  if (origin === null) return headers.get('sec-fetch-site') === 'cross-site'
  const host = headers.get('x-forwarded-host') ?? headers.get('host')
  try {
    return origin === 'null' || new URL(origin).host !== host
  } catch {
    return true
  }
}
