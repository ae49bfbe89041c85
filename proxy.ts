import { NextResponse, type NextRequest } from 'next/server'

import { pageQueryRedirect } from './lib/paging'

/** Puts `?page=` requests on the page they mean (see pageQueryRedirect); nothing else runs here. */
export function proxy(request: NextRequest): NextResponse {
  const target = pageQueryRedirect(request.nextUrl.pathname, request.nextUrl.searchParams)
  return target ? NextResponse.redirect(new URL(target, request.url), 308) : NextResponse.next()
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
