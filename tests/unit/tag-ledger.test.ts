import { describe, expect, it } from 'vitest'

import { TagLedger } from '@/lib/cache/tag-ledger.mjs'

const T = 1_000_000 // a change's time, in ms

describe('the tag ledger', () => {
  it('an exact change expires what started before it, at once, and nothing that started after', () => {
    const ledger = new TagLedger()
    ledger.mark(['a'], { at: T })
    expect(ledger.verdict(['a'], T - 1, T + 1)).toBe('expired')
    expect(ledger.verdict(['a'], T, T + 1)).toBe('expired') // same millisecond counts as before
    expect(ledger.verdict(['a'], T + 1, T + 2)).toBe('fresh')
    expect(ledger.verdict(['b'], T - 1, T + 1)).toBe('fresh')
  })

  it('a bounded change serves what started before it stale until the bound, then expires it', () => {
    const ledger = new TagLedger()
    ledger.mark(['a'], { at: T, expireSeconds: 300 })
    expect(ledger.verdict(['a'], T - 1, T + 1)).toBe('stale')
    expect(ledger.verdict(['a'], T - 1, T + 299_999)).toBe('stale')
    expect(ledger.verdict(['a'], T - 1, T + 300_000)).toBe('expired')
    expect(ledger.verdict(['a'], T + 1, T + 300_000)).toBe('fresh')
  })

  it('an entry under several tags takes the worst verdict', () => {
    const ledger = new TagLedger()
    ledger.mark(['stale'], { at: T, expireSeconds: 300 })
    ledger.mark(['gone'], { at: T })
    expect(ledger.verdict(['fresh', 'stale'], T - 1, T + 1)).toBe('stale')
    expect(ledger.verdict(['stale', 'gone', 'fresh'], T - 1, T + 1)).toBe('expired')
  })

  it('a later bounded change never pushes back the expiry an earlier one promised', () => {
    const ledger = new TagLedger()
    ledger.mark(['a'], { at: T, expireSeconds: 300 })
    ledger.mark(['a'], { at: T + 100_000, expireSeconds: 300 })
    // Started before the first change: still expired 300 s after it.
    expect(ledger.verdict(['a'], T - 1, T + 299_000)).toBe('stale')
    expect(ledger.verdict(['a'], T - 1, T + 300_000)).toBe('expired')
    // Started between the two: stale (it misses the second), expired no later than promised.
    expect(ledger.verdict(['a'], T + 50_000, T + 200_000)).toBe('stale')
    expect(ledger.verdict(['a'], T + 50_000, T + 400_000)).toBe('expired')
  })

  it('a bounded change after an exact one does not bring back what the exact one expired', () => {
    const ledger = new TagLedger()
    ledger.mark(['a'], { at: T })
    ledger.mark(['a'], { at: T + 10_000, expireSeconds: 300 })
    expect(ledger.verdict(['a'], T - 1, T + 20_000)).toBe('expired')
    expect(ledger.verdict(['a'], T + 5_000, T + 20_000)).toBe('stale')
  })

  it('a bounded change after an earlier bound has passed keeps the earlier entries expired', () => {
    const ledger = new TagLedger()
    ledger.mark(['a'], { at: T, expireSeconds: 10 })
    ledger.mark(['a'], { at: T + 60_000, expireSeconds: 300 })
    expect(ledger.verdict(['a'], T - 1, T + 61_000)).toBe('expired')
    expect(ledger.verdict(['a'], T + 30_000, T + 61_000)).toBe('stale')
  })

  it('expiring everything (a node that missed changes) expires every entry started by then, tagged or not', () => {
    const ledger = new TagLedger()
    ledger.expireAll(T)
    expect(ledger.verdict([], T)).toBe('expired')
    expect(ledger.verdict(['untouched'], T - 5_000)).toBe('expired')
    expect(ledger.verdict(['untouched'], T + 1)).toBe('fresh')
  })
})
