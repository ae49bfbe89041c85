import { SearchSnippet } from '@/components/SearchSnippet'
import { MAX_QUERY_LENGTH, type SearchResults } from '@/lib/content'
import { formatDate } from '@/lib/format-date'

const KIND_LABEL = { article: 'Article', statement: 'Statement', event: 'Summit' } as const

/**
 * The search page: the form, then the results of `results.query` (none for an empty query).
 * Its links are plain anchors, not next/link: the page is rendered for every search, and each
 * Link is a client component the render must reference and hydrate, for navigation that the
 * site's script-free cached pages do not use anyway.
 */
export function SearchPage({ results }: { results: SearchResults }) {
  const href = (page: number) =>
    `/search?${new URLSearchParams({ q: results.query, ...(page > 1 ? { page: String(page) } : {}) })}`

  return (
    <section>
      <h1>Search</h1>
      <form action="/search" method="get" role="search" className="search-form">
        <label htmlFor="search-q">Search articles, statements and summits</label>
        <input id="search-q" name="q" type="search" defaultValue={results.query} maxLength={MAX_QUERY_LENGTH} />
        <button type="submit">Search</button>
      </form>
      {results.query === '' ? (
        <p className="empty">Type a word or two: a name, a place, a figure.</p>
      ) : results.total === 0 ? (
        <p className="empty">Nothing matches “{results.query}”. Try fewer or other words.</p>
      ) : (
        <>
          <p aria-live="polite">
            {results.capped
              ? `More than ${results.total} results for “${results.query}”: the most recent are ranked, the best first`
              : `${results.total} result${results.total === 1 ? '' : 's'} for “${results.query}”`}
          </p>
          <ol className="article-list search-results">
            {results.hits.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`}>
                <p className="kicker">
                  {KIND_LABEL[hit.kind]}
                  {hit.date ? (
                    <>
                      {' '}
                      · <time dateTime={hit.date}>{formatDate(hit.date)}</time>
                    </>
                  ) : null}
                </p>
                <h2>
                  <a href={hit.path}>{hit.title}</a>
                </h2>
                <SearchSnippet snippet={hit.snippet} />
              </li>
            ))}
          </ol>
          {results.totalPages > 1 ? (
            <nav className="pagination" aria-label="Result pages">
              {results.page > 1 ? <a href={href(results.page - 1)}>Previous</a> : null}
              <span>
                Page {results.page} of {results.totalPages}
              </span>
              {results.page < results.totalPages ? <a href={href(results.page + 1)}>Next</a> : null}
            </nav>
          ) : null}
        </>
      )}
    </section>
  )
}
