import { describe, expect, it } from 'vitest'

import { summarize } from '../../bench/cached-throughput'
import { topSelfTime, type CpuProfile } from '../../bench/cpu-profile'
import { sampleArticleSlugs } from '../../bench/retention'
import { ARCHIVES } from '../../bench/archive-sizes'
import { median, percent, spread } from '../../bench/stats'
import type { LoadResult } from '../../bench/wrk'

const run = (requestsPerSecond: number): LoadResult => ({
  requestsPerSecond,
  requests: requestsPerSecond * 5,
  p50Ms: 1,
  p90Ms: 2,
  p99Ms: 3,
  p999Ms: 4,
  maxMs: 5,
  errors: 0,
  non2xx: 0,
})

describe("the bench's statistics", () => {
  it('medians and spreads', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, values: [5, 1, 3] })
    expect(spread([46.83, 46.97]).median).toBe(46.9)
    expect(percent(1, 3)).toBe(33.3)
    expect(percent(1, 0)).toBe(0)
  })

  it('shares each round of the site against the same round of each baseline', () => {
    const summary = summarize({
      identity: { site: [run(900), run(1_000)], bareNext: [run(1_000), run(2_000)], nginx: [run(30_000), run(40_000)] },
      gzip: { site: [run(500), run(600)], bareNext: [run(1_000), run(600)], nginx: [run(20_000), run(20_000)] },
    })
    expect(summary.shareOfBareNext.identity).toEqual({ median: 70, min: 50, max: 90, values: [90, 50] })
    expect(summary.shareOfNginx.identity.values).toEqual([3, 2.5])
    expect(summary.shareOfBareNext.gzip.values).toEqual([50, 100])
    expect(summary.rps.gzip.nginx.median).toBe(20_000)
  })
})

describe("the bench's retention sample", () => {
  it('is 1,000 distinct stories of the archive, the same every run', () => {
    const sample = sampleArticleSlugs(ARCHIVES[100_000])
    expect(new Set(sample).size).toBe(1_000)
    for (const slug of sample) expect(Number(slug.replace('bench-story-', ''))).toBeLessThan(100_000)
    expect(sampleArticleSlugs(ARCHIVES[100_000])).toEqual(sample)
  })
})

describe("the bench's CPU profile reading", () => {
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
      { id: 2, callFrame: { functionName: 'render', url: 'file:///app/lib/render.js', lineNumber: 9 } },
      { id: 3, callFrame: { functionName: 'query', url: 'file:///app/lib/db.js', lineNumber: 0 } },
    ],
    startTime: 0,
    endTime: 10_000,
    // Sample times 1000, 2000, … 9000; each sample owns the time until the next.
    samples: [2, 3, 2, 1, 2, 2, 3, 2, 3],
    timeDeltas: [1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000],
  }

  it('ranks functions by self time, without idle, with project-relative places', () => {
    const hot = topSelfTime(profile, { root: '/app' })
    expect(hot[0]).toEqual({ function: 'render', where: 'lib/render.js:10', selfMs: 5, percent: 71.4 })
    expect(hot[1]).toMatchObject({ function: 'query', where: 'lib/db.js:1', selfMs: 2 })
    expect(hot.some((fn) => fn.function === '(idle)')).toBe(false)
  })

  it('reads only the window asked for, counted back from the end', () => {
    // The window 4000–7000 µs (3,000 µs ending 3,000 µs before the end): samples 2, 2, 3 at 5000–7000.
    const hot = topSelfTime(profile, { root: '/app', windowUs: 3_000, endOffsetUs: 3_000 })
    expect(hot.map((fn) => [fn.function, fn.selfMs])).toEqual([
      ['render', 2],
      ['query', 1],
    ])
  })
})
