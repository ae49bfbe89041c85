import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'

import { SCRIPT_NODE_ARGS } from '../scripts/lib/script-node-args'
import { startCluster, type Cluster } from '../tests/cluster/support/cluster'
import type { ArchiveSizes } from './archive-sizes'
import { fillArchive } from './fill-archive'
import { logIn, publishStory } from './publish-story'
import { sampleArticleSlugs } from './retention'
import { median, percent } from './stats'
import { EVENT_PATH, TOPIC_PATH } from './surfaces'
import { load, type LoadResult } from './wrk'

/**
 * `npm run bench -- --nodes 2` (issue 18, item 6): the cluster of `npm run test:cluster` — two
 * production nodes, Redis, PostgreSQL, Varnish — on the bench's archive. Readers go through the
 * edge while an editor publishes a story on node A every PUBLISH_EVERY_MS; reported: the
 * throughput through the edge, the edge's hit ratio over the load, and how long each publish
 * took to show on node B and at the edge.
 */
export const PUBLISH_EVERY_MS = 10_000
const ARTICLE_SAMPLE = 300
const CONNECTIONS = 32
const POLL_MS = 20
const GIVE_UP_MS = 15_000

export interface ClusterBenchResult {
  articles: number
  seconds: number
  connections: number
  throughEdge: LoadResult
  edge: { hits: number; misses: number; hitRatioPercent: number }
  publishes: number
  visibleOnOtherNodeMs: { median: number; max: number; all: number[] }
  visibleAtEdgeMs: { median: number; max: number; all: number[] }
}

/** Milliseconds from `since` until `url` shows `text` (polled). */
async function visibleAfter(since: number, url: string, text: string): Promise<number> {
  while (performance.now() - since < GIVE_UP_MS) {
    const response = await fetch(url)
    if (response.ok && (await response.text()).includes(text)) return Math.round(performance.now() - since)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  throw new Error(`${url} did not show "${text}" within ${GIVE_UP_MS / 1000} s of the publish`)
}

/** Asks each path of both nodes (twice: the second answer comes from its cache, with its keys), then the edge. */
async function warm(cluster: Cluster, paths: readonly string[]): Promise<void> {
  const queue = [...paths]
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      for (const origin of [cluster.a.origin, cluster.b.origin, cluster.a.origin, cluster.b.origin])
        await fetch(`${origin}${path}`).then((response) => response.arrayBuffer())
      await fetch(`${cluster.varnish.url}${path}`).then((response) => response.arrayBuffer())
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
}

export async function benchCluster(sizes: ArchiveSizes, seconds: number): Promise<ClusterBenchResult> {
  const cluster = await startCluster({
    stdio: 'none',
    prepare: async (databaseUrl, env) => {
      const script = (file: string, args: string[] = [], input?: string) =>
        execFileSync(process.execPath, [...SCRIPT_NODE_ARGS, file, ...args], {
          env: { ...env, DATABASE_URL: databaseUrl },
          input,
          stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'inherit'],
        })
      script('scripts/migrate.ts')
      await fillArchive(databaseUrl, sizes)
      script('scripts/create-admin.ts', [String(env.ADMIN_EMAIL)], `${String(env.ADMIN_PASSWORD)}\n`)
    },
  })
  try {
    const articles = sampleArticleSlugs(sizes, ARTICLE_SAMPLE).map((slug) => `/articles/${slug}`)
    const fixed = ['/', EVENT_PATH, TOPIC_PATH, `${TOPIC_PATH}/page/5`, '/feed.xml', '/events']
    await warm(cluster, [...fixed, ...articles])
    // Readers: one request in three a story, the rest the pages everyone reads.
    const paths = Array.from({ length: 3_000 }, (_, i) =>
      i % 3 === 0 ? articles[(i / 3) % articles.length]! : fixed[i % fixed.length]!,
    )
    const token = await logIn(cluster.a.origin, cluster.admin)
    const before = await cluster.varnish.counters()
    const onOtherNode: number[] = []
    const atEdge: number[] = []
    let publishing = true
    const publisher = (async () => {
      while (publishing) {
        await new Promise((resolve) => setTimeout(resolve, PUBLISH_EVERY_MS))
        if (!publishing) break
        const title = `Cluster bench ${Date.now().toString(36)}`
        const { at } = await publishStory(cluster.a.origin, token, title)
        const [b, edge] = await Promise.all([
          visibleAfter(at, `${cluster.b.origin}/`, title),
          visibleAfter(at, `${cluster.varnish.url}/`, title),
        ])
        onOtherNode.push(b)
        atEdge.push(edge)
      }
    })()
    const throughEdge = await load(cluster.varnish.url, paths, { connections: CONNECTIONS, seconds, gzip: true })
    publishing = false
    await publisher
    const after = await cluster.varnish.counters()
    const delta = (name: string) => (after[name] ?? 0) - (before[name] ?? 0)
    // cache_hit counts stale (grace) hits too: a soft-purged page served while refetched.
    const hits = delta('MAIN.cache_hit')
    const misses = delta('MAIN.cache_miss') + delta('MAIN.cache_hitmiss') + delta('MAIN.cache_hitpass')
    const summary = (all: number[]) => ({ median: median(all), max: Math.max(0, ...all), all })
    return {
      articles: sizes.articles,
      seconds,
      connections: CONNECTIONS,
      throughEdge,
      edge: { hits, misses, hitRatioPercent: percent(hits, hits + misses) },
      publishes: onOtherNode.length,
      visibleOnOtherNodeMs: summary(onOtherNode),
      visibleAtEdgeMs: summary(atEdge),
    }
  } finally {
    await cluster.stop()
  }
}

export async function runClusterBench(sizes: ArchiveSizes, seconds: number): Promise<void> {
  const result = await benchCluster(sizes, seconds)
  const file = path.join(import.meta.dirname, 'results-cluster.json')
  await fs.writeFile(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...result }, null, 2)}\n`)
  const lines = [
    `Two nodes behind Varnish, ${result.articles} stories, ${result.connections} connections for ${result.seconds} s (gzip), a publish on node A every ${PUBLISH_EVERY_MS / 1000} s:`,
    `  through the edge: ${result.throughEdge.requestsPerSecond} req/s, p50 ${result.throughEdge.p50Ms} ms, p99 ${result.throughEdge.p99Ms} ms, ${result.throughEdge.errors} errors, ${result.throughEdge.non2xx} answers ≥ 400`,
    `  edge hit ratio: ${result.edge.hitRatioPercent} % (${result.edge.hits} hits incl. stale, ${result.edge.misses} misses)`,
    `  publish → visible on node B: median ${result.visibleOnOtherNodeMs.median} ms, max ${result.visibleOnOtherNodeMs.max} ms; at the edge: median ${result.visibleAtEdgeMs.median} ms, max ${result.visibleAtEdgeMs.max} ms (${result.publishes} publishes)`,
    `  results: ${path.relative(process.cwd(), file)}`,
  ]
  console.log(lines.join('\n'))
}
