import { describe, expect, it } from 'vitest'

import { isSlug, MAX_SLUG_LENGTH, SLUG_PATTERN, slugify, validateSlug } from '../../lib/slug'

describe('slugify', () => {
  it.each([
    ['Xi and Putin hail record trade', 'xi-and-putin-hail-record-trade'],
    ['Путин и Си Цзиньпин', 'putin-i-si-tszinpin'],
    ['  Trade: $240bn — a record!  ', 'trade-240bn-a-record'],
    ['Über Straße', 'ueber-strasse'],
  ])('%s → %s', (title, expected) => {
    expect(slugify(title)).toBe(expected)
    expect(SLUG_PATTERN.test(slugify(title))).toBe(true)
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('trade '.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.split('-').every((word) => word === 'trade')).toBe(true)
  })
})

describe('validateSlug', () => {
  it('accepts a lowercase, hyphenated slug', () => {
    expect(validateSlug('xi-putin-trade-2024')).toBe(true)
  })

  it.each([
    '',
    null,
    'Upper-Case',
    'two--hyphens',
    '-leading',
    'spaces here',
    'путин',
    '../etc',
    'a'.repeat(MAX_SLUG_LENGTH + 1),
    42,
  ])('refuses %j with a message', (value) => {
    const result = validateSlug(value)
    expect(typeof result).toBe('string')
  })
})

describe('isSlug', () => {
  it('takes what validateSlug accepts, and nothing longer or stranger', () => {
    for (const value of ['xi-putin-trade-2024', 'a'.repeat(MAX_SLUG_LENGTH)])
      expect([isSlug(value), validateSlug(value)]).toEqual([true, true])
    for (const value of ['', 'a'.repeat(MAX_SLUG_LENGTH + 1), 'NOT A SLUG', '..%2Fetc', 'story\u0000'])
      expect(isSlug(value), value).toBe(false)
  })
})
