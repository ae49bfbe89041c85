import { describe, expect, it } from 'vitest'

import { hasCommonTerm, queryMix } from '../../bench/query-mix'
import { mixShares, readerMix } from '../../bench/reader-mix'
import { cachedSearchPaths } from '../../bench/surfaces'
import { THEMES } from '../../bench/vocabulary'

describe("the bench's never-seen search mix", () => {
  const queries = Array.from({ length: 5_000 }, queryMix(1).next)

  it('never asks the same query twice', () => {
    expect(new Set(queries).size).toBe(queries.length)
  })

  it('asks plain words the proxy rewrites to the cached search route (next.config.mjs SAFE_SEARCH)', () => {
    for (const query of queries) expect(query).toMatch(/^[A-Za-z0-9][A-Za-z0-9 ]{0,198}$/)
    const words = queries.map((query) => query.split(' ').length)
    expect(Math.min(...words)).toBe(1)
    expect(Math.max(...words)).toBe(3)
  })

  it('holds at least 20 % common terms, and not only common terms', () => {
    const common = queries.filter(hasCommonTerm).length / queries.length
    expect(common).toBeGreaterThanOrEqual(0.2)
    expect(common).toBeLessThan(0.95)
    expect(queries.some((query) => query.split(' ').some((word) => THEMES.flat().includes(word)))).toBe(true)
  })

  it('is the same for the same seed', () => {
    expect(Array.from({ length: 50 }, queryMix(1).next)).toEqual(queries.slice(0, 50))
  })
})

describe("the bench's mixed reader set", () => {
  it('makes one request in ten a never-seen search, and a third of them articles', () => {
    const paths = readerMix(['/articles/a', '/articles/b'], queryMix(2), { seconds: 2, maxRps: 500 })
    expect(paths).toHaveLength(1_000)
    const shares = mixShares(paths)
    expect(shares['never-seen search']).toBe(10)
    expect(shares.article).toBeGreaterThan(25)
    expect(shares['cached search']).toBeGreaterThan(0)
    const neverSeen = paths.filter((path) => path.startsWith('/search') && !cachedSearchPaths.includes(path))
    expect(new Set(neverSeen).size).toBe(neverSeen.length)
  })
})
