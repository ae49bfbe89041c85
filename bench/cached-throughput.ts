import { baselinePath, type StoredPage } from './same-bytes'
import { percent, spread, type Spread } from './stats'
import type { Surface } from './surfaces'
import { load, type LoadResult } from './wrk'

/**
 * Cached surfaces against their baselines (issue 17, item 4): for each surface, the site, the
 * bare Next route and nginx, each without and with `Accept-Encoding: gzip`, back to back, for
 * several rounds, so the machine's drift hits all three alike.
 */
export const TARGETS = ['site', 'bareNext', 'nginx'] as const
export type Target = (typeof TARGETS)[number]
export const ENCODINGS = ['identity', 'gzip'] as const
export type Encoding = (typeof ENCODINGS)[number]

export interface CachedComparison {
  /** Per encoding and target: each round's result. */
  runs: Record<Encoding, Record<Target, LoadResult[]>>
  /** Per encoding: req/s per target (median and range over rounds). */
  rps: Record<Encoding, Record<Target, Spread>>
  /** Per encoding: the site's req/s as a percentage of the bare Next route's and of nginx's, per round. */
  shareOfBareNext: Record<Encoding, Spread>
  shareOfNginx: Record<Encoding, Spread>
}

/** The shares of one surface's runs: each round's site result over the same round's baseline. */
export function summarize(runs: Record<Encoding, Record<Target, LoadResult[]>>): CachedComparison {
  const per = <T>(make: (encoding: Encoding) => T) =>
    Object.fromEntries(ENCODINGS.map((encoding) => [encoding, make(encoding)])) as Record<Encoding, T>
  const rounds = (encoding: Encoding, target: Target) => runs[encoding][target].map((run) => run.requestsPerSecond)
  const shares = (encoding: Encoding, baseline: Target) =>
    spread(rounds(encoding, 'site').map((rps, round) => percent(rps, rounds(encoding, baseline)[round] ?? 0)))
  return {
    runs,
    rps: per(
      (encoding) =>
        Object.fromEntries(TARGETS.map((target) => [target, spread(rounds(encoding, target))])) as Record<
          Target,
          Spread
        >,
    ),
    shareOfBareNext: per((encoding) => shares(encoding, 'bareNext')),
    shareOfNginx: per((encoding) => shares(encoding, 'nginx')),
  }
}

export interface Origins {
  site: string
  bareNext: string
  nginx: string
}

export async function compareCached(
  origins: Origins,
  list: Surface[],
  stored: Map<string, StoredPage[]>,
  { rounds, seconds, connections = 32 }: { rounds: number; seconds: number; connections?: number },
): Promise<Record<string, CachedComparison>> {
  const runs = new Map<string, Record<Encoding, Record<Target, LoadResult[]>>>()
  for (const surface of list)
    runs.set(surface.name, {
      identity: { site: [], bareNext: [], nginx: [] },
      gzip: { site: [], bareNext: [], nginx: [] },
    })
  for (let round = 0; round < rounds; round += 1) {
    for (const surface of list) {
      const baseline = (stored.get(surface.name) ?? []).map(baselinePath)
      const paths: Record<Target, string[]> = { site: surface.paths, bareNext: baseline, nginx: baseline }
      // Cached before it is loaded: a page expired by an earlier step renders once here, not under load.
      for (const one of surface.paths) await (await fetch(`${origins.site}${one}`)).arrayBuffer()
      for (const encoding of ENCODINGS) {
        // Alternate the order by round, so neither the site nor a baseline always runs first.
        const order = round % 2 === 0 ? TARGETS : [...TARGETS].reverse()
        for (const target of order) {
          const result = await load(origins[target], paths[target], { connections, seconds, gzip: encoding === 'gzip' })
          runs.get(surface.name)![encoding][target].push(result)
          console.log(
            `round ${round + 1} ${surface.name} ${encoding} ${target}: ${result.requestsPerSecond} req/s, p99 ${result.p99Ms} ms`,
          )
        }
      }
    }
  }
  return Object.fromEntries([...runs].map(([name, one]) => [name, summarize(one)]))
}
