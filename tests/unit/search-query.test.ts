import { describe, expect, it } from 'vitest'

import { MAX_QUERY_LENGTH, searchRequest } from '../../lib/search-query'

describe('what a search request asks for', () => {
  it('normalises the query and reads the page', () => {
    expect(searchRequest({ q: '  pipeline\n gas ' })).toEqual({ query: 'pipeline gas', page: 1 })
    expect(searchRequest({ q: 'trade', page: '3' })).toEqual({ query: 'trade', page: 3 })
    expect(searchRequest({ q: 'trade', page: '1' })).toEqual({ query: 'trade', page: 1 })
  })

  it('takes the first of repeated parameters, and page 1 for anything that is not a page number', () => {
    expect(searchRequest({ q: ['trade', 'gas'], page: ['2', '5'] })).toEqual({ query: 'trade', page: 2 })
    for (const page of ['abc', '0', '-1', '2.5', '9999999', ''])
      expect(searchRequest({ q: 'trade', page }).page, page).toBe(1)
  })

  it('is the bare form without a query', () => {
    expect(searchRequest({}).query).toBe('')
    expect(searchRequest({ q: '   ' }).query).toBe('')
    expect(searchRequest({ page: '2' }).query).toBe('')
  })

  it.each([['a/b'], ['100%'], ['#tag'], ['über'], ['<script>'], ["'; drop table articles; --"]])(
    'keeps %j as it was typed',
    (query) => {
      expect(searchRequest({ q: query }).query).toBe(query)
    },
  )

  it('caps the query and drops control characters', () => {
    expect(searchRequest({ q: 'x'.repeat(5000) }).query).toHaveLength(MAX_QUERY_LENGTH)
    expect(searchRequest({ q: 'a\u0000b' }).query).toBe('a b')
  })
})
