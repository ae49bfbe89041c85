import escapeHtml from 'escape-html'

import { MAX_QUERY_LENGTH } from '../search-query'
import { formatDate } from '../format-date'
import { MATCH_END, MATCH_START, type SearchHit, type SearchResults } from '../content/views'

const KIND_LABEL: Record<SearchHit['kind'], string> = { article: 'Article', statement: 'Statement', event: 'Summit' }

/** No search asked: the empty form. */
export const NO_SEARCH: SearchResults = { query: '', hits: [], total: 0, capped: false, page: 1, totalPages: 0 }

/** A results page's address: `/search?q=…[&page=n]`. */
export function searchHref(query: string, page: number): string {
  return `/search?${new URLSearchParams({ q: query, ...(page > 1 ? { page: String(page) } : {}) })}`
}

/** A snippet's matches as <mark>; everything else is escaped text. */
function snippetHtml(snippet: string): string {
  const [before = '', ...rest] = snippet.split(MATCH_START)
  return (
    escapeHtml(before) +
    rest
      .map((part) => {
        const [matched = '', after = ''] = part.split(MATCH_END, 2)
        return `<mark>${escapeHtml(matched)}</mark>${escapeHtml(after)}`
      })
      .join('')
  )
}

function hitHtml(hit: SearchHit): string {
  const date = hit.date ? ` · <time datetime="${escapeHtml(hit.date)}">${escapeHtml(formatDate(hit.date))}</time>` : ''
  return (
    `<li><p class="kicker">${KIND_LABEL[hit.kind]}${date}</p>` +
    `<h2><a href="${escapeHtml(hit.path)}">${escapeHtml(hit.title)}</a></h2>` +
    `<p class="snippet">${snippetHtml(hit.snippet)}</p></li>`
  )
}

function summaryHtml(results: SearchResults): string {
  const query = escapeHtml(results.query)
  if (results.capped)
    return `More than ${results.total} results for “${query}”: the most recent are ranked, the best first`
  return `${results.total} result${results.total === 1 ? '' : 's'} for “${query}”`
}

function pagesHtml(results: SearchResults): string {
  if (results.totalPages <= 1) return ''
  const link = (page: number, label: string) => `<a href="${escapeHtml(searchHref(results.query, page))}">${label}</a>`
  return (
    '<nav class="pagination" aria-label="Result pages">' +
    (results.page > 1 ? link(results.page - 1, 'Previous') : '') +
    `<span>Page ${results.page} of ${results.totalPages}</span>` +
    (results.page < results.totalPages ? link(results.page + 1, 'Next') : '') +
    '</nav>'
  )
}

/** The heading and the search form, holding `query`. */
function formHtml(query: string): string {
  return (
    '<h1>Search</h1>' +
    '<form action="/search" method="get" role="search" class="search-form">' +
    '<label for="search-q">Search articles, statements and summits</label>' +
    `<input id="search-q" name="q" type="search" value="${escapeHtml(query)}" maxlength="${MAX_QUERY_LENGTH}"/>` +
    '<button type="submit">Search</button></form>'
  )
}

/** The search page's content when the search could not run (the database is not answering). */
export function searchUnavailableHtml(query: string): string {
  return (
    formHtml(query) +
    '<p class="empty" role="alert">Search is not available right now: our newsroom database is not answering. ' +
    'Please try again in a minute.</p>'
  )
}

/**
 * The search page's content — the form, then the results of `results.query` (none for an
 * empty query) — as HTML. One renderer for both ways the page is made: the empty form is a
 * static Next page that embeds it (components/SearchPage.tsx); a search is answered by a route
 * handler that puts it into that page's shell (app/(site)/search/results/route.ts), without a
 * React render per query. Every value is escaped; a snippet's match markers become <mark>.
 */
export function searchSectionHtml(results: SearchResults): string {
  const query = escapeHtml(results.query)
  const form = formHtml(results.query)
  if (results.query === '') return `${form}<p class="empty">Type a word or two: a name, a place, a figure.</p>`
  if (results.total === 0 || results.hits.length === 0)
    return `${form}<p class="empty">Nothing matches “${query}”. Try fewer or other words.</p>`
  return (
    form +
    `<p aria-live="polite">${summaryHtml(results)}</p>` +
    `<ol class="article-list search-results">${results.hits.map(hitHtml).join('')}</ol>` +
    pagesHtml(results)
  )
}
