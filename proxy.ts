import { NextResponse, type NextRequest } from 'next/server'

import { pageQueryRedirect } from './lib/paging'

/** Puts `?page=` requests on the page they mean (see pageQueryRedirect); nothing else runs here. */
export function proxy(request: NextRequest): NextResponse {
  const target = pageQueryRedirect(request.nextUrl.pathname, request.nextUrl.searchParams)
  if (!target) return NextResponse.next()
  // Next wants an absolute Location here; build it on the host the visitor asked for.
  const origin = `${request.nextUrl.protocol}//${request.headers.get('host') ?? request.nextUrl.host}`
  return NextResponse.redirect(new URL(target, origin), 308)
}

// Only requests that carry `?page=` reach the proxy: cached pages pay nothing for it. Next
// reads this object statically at build, so every matcher is spelled out literally.
export const config = {
  matcher: [
    { source: '/', has: [{ type: 'query', key: 'page' }] },
    { source: '/page/:n', has: [{ type: 'query', key: 'page' }] },
    { source: '/search', has: [{ type: 'query', key: 'page' }] },
    { source: '/events/:path*', has: [{ type: 'query', key: 'page' }] },
    { source: '/topics/:path*', has: [{ type: 'query', key: 'page' }] },
    { source: '/people/:path*', has: [{ type: 'query', key: 'page' }] },
    { source: '/authors/:path*', has: [{ type: 'query', key: 'page' }] },
  ],
}
