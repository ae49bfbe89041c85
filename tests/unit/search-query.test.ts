import { describe, expect, it } from 'vitest'

import { MAX_QUERY_LENGTH, normaliseQuery } from '../../lib/search-query'

describe('search queries', () => {
  it('normalise whitespace and control characters, and are capped', () => {
    expect(normaliseQuery('  pipeline\n\t gas ')).toBe('pipeline gas')
    expect(normaliseQuery('a\u0001b\u0002c')).toBe('a b c')
    expect(normaliseQuery('x'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH)
  })

  it('are empty for anything that is not text', () => {
    expect(normaliseQuery(undefined)).toBe('')
    expect(normaliseQuery(['a'])).toBe('')
    expect(normaliseQuery('   ')).toBe('')
  })
})
