import { parseArgs } from 'node:util'

import { numberEnv } from '../lib/server/env'
import { ARCHIVES, isArchiveSize, type ArchiveSizes } from './archive-sizes'

/**
 * `npm run bench -- [--articles 10000|100000] [--rounds 2] [--tail-seconds 60] [--profile]
 * [--database-url <url>] [--nodes 1|2]`, plus BENCH_PORT and BENCH_SECONDS from the environment.
 */
export interface BenchOptions {
  sizes: ArchiveSizes
  /** Alternating rounds of the cached surfaces and their baselines (at least two: the spread is reported). */
  rounds: number
  /** Seconds of load per cached surface and baseline, per round. */
  seconds: number
  /** Seconds of the mixed load (tail) and of the load after a restart. */
  tailSeconds: number
  /** Profile the uncached article and home renders with `--cpu-prof`. */
  profile: boolean
  /** An already filled, migrated database to use (a copy: the bench writes to it) instead of a throwaway one. */
  databaseUrl: string | undefined
  /** 2: the cluster bench (two nodes behind Varnish, bench/cluster-bench.ts) instead of the single-node one. */
  nodes: 1 | 2
  /** The server's port; the SQL counter, the nginx proxy, the static nginx and the bare Next app take the next four. */
  port: number
}

const USAGE =
  'usage: npm run bench -- [--articles 10000|100000] [--rounds N] [--tail-seconds N] [--profile] [--database-url URL] [--nodes 1|2]'

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', default: '10000' },
      rounds: { type: 'string', default: '2' },
      'tail-seconds': { type: 'string', default: '60' },
      profile: { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      nodes: { type: 'string', default: '1' },
    },
  })
  const articles = Number(values.articles.replace(/[_,]/g, ''))
  if (!isArchiveSize(articles)) throw new Error(`--articles must be 10000 or 100000.\n${USAGE}`)
  const whole = (name: string, value: string, min: number) => {
    const parsed = Number(value)
    if (!Number.isInteger(parsed) || parsed < min)
      throw new Error(`--${name} must be a whole number ≥ ${min}.\n${USAGE}`)
    return parsed
  }
  if (values.nodes !== '1' && values.nodes !== '2') throw new Error(`--nodes must be 1 or 2.\n${USAGE}`)
  return {
    nodes: values.nodes === '2' ? 2 : 1,
    sizes: ARCHIVES[articles],
    rounds: whole('rounds', values.rounds, 1),
    tailSeconds: whole('tail-seconds', values['tail-seconds'], 1),
    profile: values.profile,
    databaseUrl: values['database-url'],
    seconds: numberEnv('BENCH_SECONDS', 5, 1, 3600),
    port: numberEnv('BENCH_PORT', 3700, 1, 65530),
  }
}
