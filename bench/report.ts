import type { LoadResult } from './http-load'
import type { PageWeight } from './page-weight'
import type { PublishLatency } from './publish-latency'

export type Row = LoadResult & {
  surface: string
  path: string
  status: number
  cache: string
  bytes: number
  uncachedMs: number
  sqlStatements: number
  staticRps?: number
  shareOfStatic?: number
}

interface Results {
  machine: { cpus: number; cpu?: string; memoryGb: number; node: string }
  serverMemoryMbAfterLoad: number
  surfaces: Row[]
  pageWeight: Record<string, PageWeight>
  publish: PublishLatency
  viaNginx: { surfaces: Record<string, LoadResult & { shareOfStatic?: number }>; publish: PublishLatency } | null
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)

/** The Markdown the README's "Benchmark" section shows. */
export function report(results: Results): string {
  const lines = [
    '| surface | req/s cached | p50 ms | p99 ms | % of static | via nginx req/s | via nginx % of static | uncached ms | SQL statements uncached | bytes |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const row of results.surfaces) {
    const proxied = results.viaNginx?.surfaces[row.surface]
    const cells = [
      row.surface,
      row.requestsPerSecond,
      row.p50Ms,
      row.p99Ms,
      row.shareOfStatic ?? '-',
      proxied?.requestsPerSecond ?? '-',
      proxied?.shareOfStatic ?? '-',
      row.uncachedMs,
      row.sqlStatements,
      row.bytes,
    ]
    lines.push(`| ${cells.join(' | ')} |`)
  }
  const empty = results.pageWeight['empty route']
  lines.push(
    '',
    '| page | HTML KB (gzip) | scripts | client JS KB (gzip) | over the empty route |',
    '| --- | --- | --- | --- | --- |',
  )
  for (const [page, weight] of Object.entries(results.pageWeight)) {
    lines.push(
      `| ${page} | ${kb(weight.htmlGzipBytes)} | ${weight.scripts} | ${kb(weight.jsGzipBytes)} | ${empty ? `${kb(weight.jsGzipBytes - empty.jsGzipBytes)} KB` : '-'} |`,
    )
  }
  const publish = (latency: PublishLatency) =>
    `page ${latency.pageMs} ms, home ${latency.homeMs} ms, feed ${latency.feedMs} ms`
  lines.push(
    '',
    `Publish → visible: ${publish(results.publish)}${results.viaNginx ? `; through nginx: ${publish(results.viaNginx.publish)}` : ''}.`,
  )
  lines.push(
    `Server memory after the load: ${results.serverMemoryMbAfterLoad} MB. Machine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGb} GB, Node ${results.machine.node}.`,
  )
  return lines.join('\n')
}
