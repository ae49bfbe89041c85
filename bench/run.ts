/**
 * `npm run bench`: a throwaway embedded PostgreSQL filled with a 10,000-story archive, the
 * production build served by `next start`, and each reader surface measured with autocannon
 * cached and right after invalidation, against the same bytes from a static server. Results
 * go to bench/results.json and a table on stdout.
 */
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres'
import { revalidationToken } from '../lib/cache/revalidation-token'
import { ARCHIVE, BIG_TOPIC_SLUG, fillArchive } from './fill-archive'
import { load, type LoadResult } from './http-load'
import { serveStatic } from './static-server'

const PORT = Number(process.env.BENCH_PORT ?? 3700)
const ORIGIN = `http://127.0.0.1:${PORT}`
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const EVERY_LIST = ['articles', 'events', 'statements', 'topics', 'people', 'users', 'media', 'indicators']

const SURFACES: { name: string; path: string; tags: string[] }[] = [
  { name: 'home', path: '/', tags: EVERY_LIST },
  { name: 'article', path: `/articles/bench-story-${ARCHIVE.articles - 1}`, tags: [...EVERY_LIST, `articles:bench-story-${ARCHIVE.articles - 1}`] },
  { name: 'event', path: '/events/bench-summit-10', tags: [...EVERY_LIST, 'events:bench-summit-10'] },
  { name: 'topic p1', path: `/topics/${BIG_TOPIC_SLUG}`, tags: [...EVERY_LIST, `topics:${BIG_TOPIC_SLUG}`] },
  { name: 'topic p200', path: `/topics/${BIG_TOPIC_SLUG}/page/200`, tags: [...EVERY_LIST, `topics:${BIG_TOPIC_SLUG}`] },
  { name: 'search', path: '/search?q=pipeline+gas', tags: [] },
  { name: 'feed', path: '/feed.xml', tags: EVERY_LIST },
  { name: 'sitemap', path: '/sitemap.xml', tags: EVERY_LIST },
  { name: 'REST list', path: '/api/articles?limit=10&depth=0', tags: [] },
]

async function waitForHealth(deadline = Date.now() + 120_000): Promise<void> {
  while (Date.now() < deadline) {
    if ((await fetch(`${ORIGIN}/api/health`).then((r) => r.status, () => 0)) === 200) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('the production server did not become healthy')
}

async function expire(tags: string[], secret: string): Promise<void> {
  if (tags.length === 0) return
  const response = await fetch(`${ORIGIN}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${revalidationToken(secret)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags }),
  })
  if (!response.ok) throw new Error(`revalidate answered ${response.status}`)
}

async function timed(url: string): Promise<number> {
  const start = performance.now()
  const response = await fetch(url)
  await response.arrayBuffer()
  return Math.round(performance.now() - start)
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

function rssMb(pid: number): number {
  // The server and any workers it forked.
  let children: number[] = []
  try {
    children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)]).toString().split(/\s+/).filter(Boolean).map(Number)
  } catch {
    // ps exits 1 when there are none.
  }
  const pids = [pid, ...children]
  const kb = pids.reduce((sum, one) => {
    const status = existsSync(`/proc/${one}/status`) ? readFileSync(`/proc/${one}/status`, 'utf8') : ''
    return sum + Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  }, 0)
  return Math.round(kb / 1024)
}

async function main(): Promise<void> {
  if (!existsSync('.next/BUILD_ID')) execFileSync('npx', ['next', 'build'], { stdio: 'inherit' })
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-bench-'))
  const database = await startEmbeddedPostgres({ dataDir, databaseName: 'summitwire_bench', throwaway: true })
  const secret = randomBytes(32).toString('hex')
  const admin = { email: 'bench@summitwire.localhost', password: randomBytes(12).toString('base64url') }
  const env = { ...process.env, NODE_ENV: 'production' as const, DATABASE_URL: database.url, PAYLOAD_SECRET: secret, PORT: String(PORT), SITE_URL: ORIGIN, MEDIA_DIR: path.join(dataDir, 'media'), NEXT_TELEMETRY_DISABLED: '1', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password }
  let server: ReturnType<typeof spawn> | undefined
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], { env, stdio: 'inherit' })
    const started = performance.now()
    await fillArchive(database.url)
    const fillSeconds = Math.round((performance.now() - started) / 100) / 10
    console.log(`archive filled in ${fillSeconds} s`)

    server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)], { env, stdio: ['ignore', 'ignore', 'inherit'] })
    await waitForHealth()

    const rows: Record<string, unknown>[] = []
    const pages = new Map<string, { body: Buffer; contentType: string }>()
    for (const surface of SURFACES) {
      const url = `${ORIGIN}${surface.path}`
      const uncached: number[] = []
      for (let i = 0; i < 3; i += 1) {
        await expire(surface.tags, secret)
        uncached.push(await timed(url))
      }
      const response = await fetch(url)
      const body = Buffer.from(await response.arrayBuffer())
      pages.set(surface.path, { body, contentType: response.headers.get('content-type') ?? 'text/html' })
      const cached: LoadResult = await load(url, { seconds: SECONDS })
      rows.push({ surface: surface.name, path: surface.path, status: response.status, cache: response.headers.get('x-nextjs-cache') ?? '-', bytes: body.length, uncachedMs: median(uncached), ...cached })
      console.log(surface.name, JSON.stringify(rows.at(-1)))
    }

    const memoryMb = rssMb(server.pid!)
    const staticServer = await serveStatic(pages)
    for (const row of rows) {
      const limit = await load(`${staticServer.origin}${row.path as string}`, { seconds: SECONDS })
      row.staticRps = limit.requestsPerSecond
      row.shareOfStatic = Math.round(((row.requestsPerSecond as number) / limit.requestsPerSecond) * 1000) / 10
    }
    await staticServer.close()

    const results = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` },
      archive: ARCHIVE,
      fillSeconds,
      connections: 20,
      seconds: SECONDS,
      serverMemoryMbAfterLoad: memoryMb,
      surfaces: rows,
    }
    await fs.writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
    console.log('\n| surface | rps (cached) | p50 ms | p99 ms | % of static | uncached render ms | bytes |\n| --- | --- | --- | --- | --- | --- | --- |')
    for (const row of rows) console.log(`| ${row.surface} | ${row.requestsPerSecond} | ${row.p50Ms} | ${row.p99Ms} | ${row.shareOfStatic} | ${row.uncachedMs} | ${row.bytes} |`)
    console.log(`\nserver memory after load: ${memoryMb} MB; machine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGb} GB`)
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((resolve) => server!.once('exit', resolve))
    }
    await database.stop()
    await fs.rm(dataDir, { recursive: true, force: true })
  }
}

await main()
process.exit(0)
