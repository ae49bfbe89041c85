import { NextResponse, type NextRequest } from 'next/server'

import { isCrossSiteWrite } from './lib/http/cross-site'
import { CREATE_FIRST_USER_PATH, setupTokenCookies } from './lib/http/setup-token-cookie'
import { isHttpsOrigin } from './lib/http/strict-transport.mjs'
import { pageQueryRedirect } from './lib/paging'
import { siteUrl } from './lib/server/env'

/**
 * The setup-token link printed by a production server with no account: the token leaves the
 * URL (history, logs, Referer) for a cookie the first-user screen and its form send back.
 * Nothing is checked here; the screen and the endpoint check the token.
 */
function setupTokenRedirect(token: string, origin: string): NextResponse {
  const response = NextResponse.redirect(new URL(CREATE_FIRST_USER_PATH, origin), 303)
  for (const cookie of setupTokenCookies(token, isHttpsOrigin(siteUrl()))) response.headers.append('Set-Cookie', cookie)
  response.headers.set('Cache-Control', 'no-store')
  response.headers.set('Referrer-Policy', 'no-referrer')
  return response
}

/**
 * Refuses cross-site writes to the API, puts `?page=` requests on the page they mean (see
 * pageQueryRedirect), and takes the setup token out of the first-user link; nothing else runs
 * here.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl
  if (pathname.startsWith('/api/')) {
    // Payload's error shape, so the admin shows the message.
    if (isCrossSiteWrite(request.method, request.headers))
      return NextResponse.json(
        { errors: [{ message: 'Requests from other sites may not change anything here.' }] },
        { status: 403 },
      )
    return NextResponse.next()
  }
  // Next wants absolute URLs here; build them on the host the visitor asked for.
  const origin = `${request.nextUrl.protocol}//${request.headers.get('host') ?? request.nextUrl.host}`
  const setupToken = pathname === CREATE_FIRST_USER_PATH ? searchParams.get('token') : null
  if (setupToken) return setupTokenRedirect(setupToken, origin)
  const target = pageQueryRedirect(pathname, searchParams)
  if (target) return NextResponse.redirect(new URL(target, origin), 308)
  return NextResponse.next()
}

// Only requests that carry `?page=` and API requests that
// name an Origin (every browser write does; image requests do not) reach the proxy: cached
// pages pay nothing for it. Next reads this object statically at build, so every matcher is
// spelled out literally.
export const config = {
  matcher: [
    { source: '/api/:path*', has: [{ type: 'header', key: 'origin' }] },
    { source: '/api/:path*', has: [{ type: 'header', key: 'sec-fetch-site', value: 'cross-site' }] },
    { source: '/', has: [{ type: 'query', key: 'page' }] },
    { source: '/page/:n', has: [{ type: 'query', key: 'page' }] },
    { source: '/search', has: [{ type: 'query', key: 'page' }] },
    { source: '/events/:path*', has: [{ type: 'query', key: 'page' }] },
    { source: '/topics/:path*', has: [{ type: 'query', key: 'page' }] },
    { source: '/people/:path*', has: [{ type: 'query', key: 'page' }] },
    { source: '/authors/:path*', has: [{ type: 'query', key: 'page' }] },
    // The setup-token link (CREATE_FIRST_USER_PATH, spelled out for the same reason).
    { source: '/admin/create-first-user', has: [{ type: 'query', key: 'token' }] },
  ],
}
