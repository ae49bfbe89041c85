import type { ArchiveSizes } from './archive-sizes'
import type { CachedComparison } from './cached-throughput'
import type { HotFunction } from './cpu-profile'
import type { NeverSeenResult } from './never-seen-searches'
import type { PageWeight } from './page-weight'
import type { PublishLatency } from './publish-latency'
import type { RestartResult } from './restart-under-load'
import type { RetentionResult } from './retention'
import type { Spread } from './stats'
import type { UncachedResult } from './uncached-renders'
import type { LoadResult } from './wrk'

/** bench/results.json. */
export interface Results {
  date: string
  machine: {
    cpus: number
    cpu?: string
    memoryGb: number
    node: string
    platform: string
    loadAverageAtEnd: number[]
  }
  archive: ArchiveSizes
  /** Null when the bench ran on a database filled before (--database-url). */
  fillSeconds: number | null
  settings: { rounds: number; seconds: number; tailSeconds: number; cachedConnections: number }
  pageCacheMb: number
  surfaces: {
    name: string
    path: string
    bytes: number
    uncached: UncachedResult | null
    /** Next's own uncached render of a dataless page of the same size (bench/uncached-floor.ts). */
    uncachedFloor: Spread | null
    cached: CachedComparison
  }[]
  pageWeight: Record<string, PageWeight>
  publish: PublishLatency
  viaNginx: { surfaces: Record<string, LoadResult>; publish: PublishLatency } | null
  retention: RetentionResult
  neverSeenSearches: NeverSeenResult
  tail: LoadResult & { connections: number; seconds: number; mix: Record<string, number> }
  restart: RestartResult
  memory: { afterTailMb: number; afterRestartLoadMb: number }
  profile: Record<string, HotFunction[]> | null
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)
/** "median (min–max)" of a spread. */
export const range = (spread: Spread, unit = '') =>
  spread.min === spread.max ? `${spread.median}${unit}` : `${spread.median}${unit} (${spread.min}–${spread.max})`
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`

/** The Markdown tables the README's "Benchmark" section shows. */
export function report(results: Results): string {
  const lines = [
    `Archive: ${results.archive.articles.toLocaleString('en')} articles, ${results.archive.statements.toLocaleString('en')} statements, ${results.archive.events.toLocaleString('en')} events` +
      (results.fillSeconds === null ? '' : `, filled in ${results.fillSeconds} s`) +
      `. PAGE_CACHE_MB ${results.pageCacheMb}.`,
    '',
    `Cached pages, req/s (wrk -t2 -c${results.settings.cachedConnections}, ${results.settings.seconds} s a run, median (range) of ${results.settings.rounds} alternating rounds):`,
    '',
    row([
      'surface',
      'site',
      'bare Next',
      'nginx',
      '% of bare Next',
      '% of nginx',
      'site gzip',
      'bare Next gzip',
      'nginx gzip',
      'gzip % of bare Next',
      'gzip % of nginx',
    ]),
    row(Array.from({ length: 11 }, () => '---')),
  ]
  for (const surface of results.surfaces) {
    const { rps, shareOfBareNext, shareOfNginx } = surface.cached
    lines.push(
      row([
        surface.name,
        range(rps.identity.site),
        range(rps.identity.bareNext),
        range(rps.identity.nginx),
        range(shareOfBareNext.identity, ' %'),
        range(shareOfNginx.identity, ' %'),
        range(rps.gzip.site),
        range(rps.gzip.bareNext),
        range(rps.gzip.nginx),
        range(shareOfBareNext.gzip, ' %'),
        range(shareOfNginx.gzip, ' %'),
      ]),
    )
  }
  lines.push(
    '',
    'Uncached renders (time to last byte, page and data caches expired, warm process; median (range) of 20; the floor: a bare Next page of the same size that reads nothing):',
    '',
    row(['surface', 'ms', 'bare Next floor ms', 'SQL statements', 'bytes', 'cached p99 ms', 'via nginx req/s']),
    row(Array.from({ length: 7 }, () => '---')),
  )
  for (const surface of results.surfaces) {
    const proxied = results.viaNginx?.surfaces[surface.name]
    const p99 = surface.cached.runs.identity.site.map((run) => run.p99Ms)
    lines.push(
      row([
        surface.name,
        surface.uncached ? range(surface.uncached.ms) : '-',
        surface.uncachedFloor ? range(surface.uncachedFloor) : '-',
        surface.uncached?.sqlStatements ?? '-',
        surface.bytes,
        p99.length ? Math.max(...p99) : '-',
        proxied?.requestsPerSecond ?? '-',
      ]),
    )
  }
  const search = results.neverSeenSearches
  const tail = results.tail
  const restart = results.restart
  const retention = results.retention
  lines.push(
    '',
    `Never-seen searches (${search.connections} connections, ${search.seconds} s, ${search.commonTermPercent} % with a common term${search.repeated ? ', list repeated' : ''}): ${search.requestsPerSecond} req/s, p50 ${search.p50Ms} ms, p99 ${search.p99Ms} ms, ${search.errors} errors, ${search.non2xx} non-2xx.`,
    `Tail (${tail.connections} connections, ${tail.seconds} s, mixed readers, 1 in 10 a never-seen search): ${tail.requestsPerSecond} req/s, p50 ${tail.p50Ms} ms, p99 ${tail.p99Ms} ms, p99.9 ${tail.p999Ms} ms, max ${tail.maxMs} ms, ${tail.errors} errors, ${tail.non2xx} non-2xx.`,
    `After a restart: healthy in ${restart.healthySeconds} s, ready in ${restart.readySeconds} s; first ${restart.firstMinute.seconds} s under the mixed load: p99 ${restart.firstMinute.p99Ms} ms, p99.9 ${restart.firstMinute.p999Ms} ms, max ${restart.firstMinute.maxMs} ms, ${restart.firstMinute.errors} errors.`,
    `Retention: ${retention.cachedPercent} % of ${retention.sample} warmed article pages answered from the cache after a publish sharing a summit, two topics and two people (${JSON.stringify(retention.afterPublish)}; before: ${JSON.stringify(retention.beforePublish)}).`,
    `Server memory: ${results.memory.afterTailMb} MB after the tail, ${results.memory.afterRestartLoadMb} MB after the restart's load.`,
  )
  const empty = results.pageWeight['empty route']
  lines.push(
    '',
    row(['page', 'HTML KB (gzip)', 'scripts', 'client JS KB (gzip)', 'over the empty route']),
    row(Array.from({ length: 5 }, () => '---')),
  )
  for (const [page, weight] of Object.entries(results.pageWeight)) {
    lines.push(
      row([
        page,
        kb(weight.htmlGzipBytes),
        weight.scripts,
        kb(weight.jsGzipBytes),
        empty ? `${kb(weight.jsGzipBytes - empty.jsGzipBytes)} KB` : '-',
      ]),
    )
  }
  const publish = (latency: PublishLatency) =>
    `page ${latency.pageMs} ms, home ${latency.homeMs} ms, feed ${latency.feedMs} ms`
  lines.push(
    '',
    `Publish → visible: ${publish(results.publish)}${results.viaNginx ? `; through nginx: ${publish(results.viaNginx.publish)}` : ''}.`,
  )
  for (const [surface, hot] of Object.entries(results.profile ?? {})) {
    lines.push('', `CPU profile, uncached ${surface} (top self time):`, '')
    for (const fn of hot.slice(0, 12))
      lines.push(
        `  ${String(fn.selfMs).padStart(8)} ms ${String(fn.percent).padStart(5)} %  ${fn.function}  ${fn.where}`,
      )
  }
  lines.push(
    '',
    `Machine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGb} GB, Node ${results.machine.node}; load average at the end ${results.machine.loadAverageAtEnd.join(', ')}.`,
  )
  return lines.join('\n')
}
