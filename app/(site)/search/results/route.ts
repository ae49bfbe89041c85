import type { NextRequest } from 'next/server'

import { search } from '@/lib/content'
import { clientKey } from '@/lib/http/client-rate-limit'
import { RETRY_AFTER_SECONDS } from '@/lib/http/retry-after.mjs'
import { plainText } from '@/lib/http/responses'
import { isLocalClient, SEARCH_WINDOW_MS, SEARCHES_PER_CLIENT } from '@/lib/http/search-limits'
import { parsePageNumber } from '@/lib/paging'
import { normaliseQuery } from '@/lib/search-query'
import { searchPageShell } from '@/lib/search/page-shell'
import { NO_SEARCH, searchSectionHtml, searchUnavailableHtml } from '@/lib/search/section-html'
import { clientLimit } from '@/lib/server/client-limits'

export const dynamic = 'force-dynamic'

const searches = clientLimit('searches', SEARCHES_PER_CLIENT, SEARCH_WINDOW_MS)

/**
 * `/search?q=…[&page=n]`, rewritten here by next.config.mjs. The results come from the data
 * cache (one entry per query and page, at most a few hundred, expired by any publish:
 * lib/content/search.ts) and are written into the static search page's shell as HTML
 * (lib/search/section-html.ts), so a search costs no React render and takes no place in the
 * page cache: a query never asked before costs its SQL statement and a few hundred
 * microseconds here. The page carries no script, and its policy (SEARCH_RESULTS_POLICY in
 * lib/http/security-headers.mjs) lets none run. A client past SEARCHES_PER_CLIENT is answered
 * 429 with Retry-After, counted across nodes (lib/server/client-limits.ts).
 */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams
  const query = normaliseQuery(params.get('q'))
  const client = clientKey(request.headers)
  const verdict = query && !isLocalClient(client) ? await searches.take(client) : { allowed: true as const }
  if (!verdict.allowed) {
    const refused = plainText(
      `Too many searches from your address. Please wait ${verdict.retryAfterSeconds} s and try again.`,
      429,
    )
    refused.headers.set('Retry-After', String(verdict.retryAfterSeconds))
    return refused
  }
  // proxy.ts has already sent a bad ?page= back to the first page (pageQueryRedirect).
  const page = parsePageNumber(params.get('page')) ?? 1
  const [shell, results] = await Promise.all([
    searchPageShell().catch(logged('the search page shell')),
    (query ? search(query, page) : Promise.resolve(NO_SEARCH)).catch(logged('search')),
  ])
  if (!shell) return unavailable(plainText('Search is unavailable for a moment; please try again.', 503))
  const section = results ? searchSectionHtml(results) : searchUnavailableHtml(query)
  const response = new Response(`${shell.before}${section}${shell.after}`, {
    status: results ? 200 : 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      // Results change with every publish; a browser or CDN may not keep them.
      'Cache-Control': results ? 'no-cache' : 'no-store',
    },
  })
  return results ? response : unavailable(response)
}

const logged = (what: string) => (error: unknown) => {
  console.error(`${what} failed:`, error)
  return null
}

/** A 503 that tells readers, crawlers and feed readers to come back. */
function unavailable(response: Response): Response {
  response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  return response
}
