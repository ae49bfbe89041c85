import { describe, expect, it } from 'vitest'

import { parseSearchPage } from '../../lib/paging'
import { cachedSearchPath, MAX_QUERY_LENGTH, queryFromSegment } from '../../lib/search-query'

const path = (query: string) => cachedSearchPath(new URLSearchParams(query))

describe('searches answered from the cached route of their query', () => {
  it('moves the normalised query into one path segment, and a page after it', () => {
    expect(path('q=pipeline+gas')).toBe('/search/cached/pipeline%20gas')
    expect(path('q=%20%20pipeline%0A%20gas%20')).toBe('/search/cached/pipeline%20gas')
    expect(path('q=trade&page=3')).toBe('/search/cached/trade/3')
    expect(path('q=trade&page=1')).toBe('/search/cached/trade')
    expect(path('q=trade&page=abc')).toBe('/search/cached/trade')
  })

  it('has no cached route without a query', () => {
    expect(path('')).toBeNull()
    expect(path('q=')).toBeNull()
    expect(path('q=+++')).toBeNull()
    expect(path('page=2')).toBeNull()
  })

  it.each([
    ['a/b'],
    ['100%'],
    ['#tag'],
    ['x?y'],
    ['../../etc'],
    ['über'],
    ['%E0%A4%A'],
    ['<script>'],
    ["'; drop table articles; --"],
  ])('round-trips %j through the path without changing it', (query) => {
    const cached = path(new URLSearchParams({ q: query }).toString())!
    const segments = cached.split('/')
    expect(segments).toHaveLength(4)
    expect(queryFromSegment(segments[3]!)).toBe(query)
  })

  it('caps the query, and takes a segment that is not valid percent-encoding as it is', () => {
    expect(queryFromSegment(encodeURIComponent('x'.repeat(5000)))).toHaveLength(MAX_QUERY_LENGTH)
    expect(queryFromSegment('100%')).toBe('100%')
  })

  it('reads the page segment of the cached route', () => {
    expect(parseSearchPage(undefined)).toBe(1)
    expect(parseSearchPage(['4'])).toBe(4)
    expect(parseSearchPage(['0'])).toBeNull()
    expect(parseSearchPage(['4', 'x'])).toBeNull()
    expect(parseSearchPage(['abc'])).toBeNull()
  })
})
