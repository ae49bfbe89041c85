/**
 * `npm run bench`: a throwaway embedded PostgreSQL filled with a 10,000-story archive, the
 * production build served by `next start`, and each reader surface measured with autocannon
 * cached and right after invalidation, against the same bytes from a static server. Results
 * go to bench/results.json and a table on stdout.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { NEWSROOM_COLLECTION_SLUGS } from '../collections/slugs'
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres'
import { SCRIPT_NODE_ARGS } from '../scripts/lib/script-node-args'
import { startProductionServer, type ProductionServer } from '../scripts/lib/production-server'
import { revalidationToken } from '../lib/cache/revalidation-token'
import { ARTICLE_FACETS, tags, type ArticleScope } from '../lib/cache/tags'
import { childEnv, numberEnv } from '../lib/server/env'
import { ARCHIVE, BIG_TOPIC_SLUG, fillArchive } from './fill-archive'
import { load, type LoadResult } from './http-load'
import { startNginx } from './nginx-proxy'
import { pageWeight, type PageWeight } from './page-weight'
import { measurePublish, type PublishLatency } from './publish-latency'
import { report, type Row } from './report'
import { sqlCounter } from './sql-count'
import { serveStatic } from './static-server'

const PORT = numberEnv('BENCH_PORT', 3700, 1, 65535)
const ORIGIN = `http://127.0.0.1:${PORT}`
const SECONDS = numberEnv('BENCH_SECONDS', 8, 1, 3600)
const SQL_COUNT_PORT = PORT + 1
const NGINX_PORT = PORT + 2
const LEAD_SLUG = `bench-story-${ARCHIVE.articles - 1}`
// A spread of searches, from one theme's words to words in nearly every story.
const SEARCHES = [
  'pipeline gas',
  'sanctions',
  'grain harvest',
  'yuan settlement',
  'railway corridor',
  'summit declaration',
  'nuclear reactor',
  'tariff',
  'kalomi',
  'said',
]

interface Surface {
  name: string
  paths: string[]
  /** Whether its uncached cost is measured by expiring every tag the bench's pages carry (else: never cached). */
  expires: boolean
  /** A reading page, whose client JavaScript is weighed. */
  page?: boolean
  /** What nginx's micro-cache serves: not search (rate-limited per client, and one client drives the bench) nor the API. */
  microCached?: boolean
}

const SURFACES: Surface[] = [
  { name: 'home', microCached: true, paths: ['/'], expires: true, page: true },
  {
    name: 'article',
    microCached: true,
    paths: [`/articles/${LEAD_SLUG}`],
    expires: true,
    page: true,
  },
  {
    name: 'event',
    microCached: true,
    paths: ['/events/bench-summit-10'],
    expires: true,
    page: true,
  },
  {
    name: 'topic p1',
    microCached: true,
    paths: [`/topics/${BIG_TOPIC_SLUG}`],
    expires: true,
    page: true,
  },
  {
    name: 'topic p200',
    microCached: true,
    paths: [`/topics/${BIG_TOPIC_SLUG}/page/200`],
    expires: true,
    page: true,
  },
  {
    name: 'search',
    paths: SEARCHES.map((query) => `/search?q=${encodeURIComponent(query).replace(/%20/g, '+')}`),
    expires: false,
    page: true,
  },
  { name: 'feed', paths: ['/feed.xml'], expires: true, microCached: true },
  { name: 'sitemap', paths: ['/sitemap.xml'], expires: true, microCached: true },
  { name: 'REST list', paths: ['/api/articles?limit=10&depth=0'], expires: false },
  // Every request a query no one asked before (a NOT of a made-up word): search's cost when its
  // cache does not help. Last, because its thousands of new pages fill Next's memory cache
  // (evicting the other surfaces' pages) and the heap, which would slow what is measured after.
  {
    name: 'search, all new',
    paths: Array.from(
      { length: 20_000 },
      (_, i) => `/search?q=${encodeURIComponent(`${SEARCHES[i % SEARCHES.length]} -x${i}`)}`,
    ),
    expires: false,
  },
]

/** A route that renders nothing of its own: the 404 page, layout only — the baseline client JS. */
const EMPTY_ROUTE = '/bench-empty-route'

/** A published document's id and, for an article, its relationships, read over REST as a reader would. */
async function findBySlug(collection: string, slug: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${ORIGIN}/api/${collection}?where[slug][equals]=${slug}&depth=0&limit=1`)
  const doc = ((await response.json()) as { docs: Record<string, unknown>[] }).docs[0]
  if (!doc) throw new Error(`${collection} ${slug} is not in the bench archive`)
  return doc
}

/**
 * Every tag the measured pages carry (lib/cache/tags.ts): expiring them all leaves the page and
 * data caches as cold as after a restart, so "uncached" is the whole render's cost.
 */
async function everyTagShown(): Promise<string[]> {
  const topic = await findBySlug('topics', BIG_TOPIC_SLUG)
  const summit = await findBySlug('events', 'bench-summit-10')
  const lead = await findBySlug('articles', LEAD_SLUG)
  const scopes: ArticleScope[] = [
    { field: 'topics', id: Number(topic.id) },
    { field: 'event', id: Number(summit.id) },
    ...ARTICLE_FACETS.flatMap((field) =>
      [lead[field]].flat().flatMap((id) => (typeof id === 'number' ? [{ field, id }] : [])),
    ),
  ]
  return [
    ...NEWSROOM_COLLECTION_SLUGS,
    tags.articlesHead(),
    tags.articlesTail(),
    tags.relatedLatest,
    tags.articleSearch,
    tags.statementsHead(),
    tags.statementsHead({ field: 'event', id: Number(summit.id) }),
    tags.article(LEAD_SLUG),
    tags.bySlug('events', 'bench-summit-10'),
    tags.bySlug('topics', BIG_TOPIC_SLUG),
    ...scopes.flatMap((scope) => [tags.articlesHead(scope), tags.articlesTail(scope), tags.related(scope)]),
  ]
}

async function expire(tagList: string[], secret: string): Promise<void> {
  const response = await fetch(`${ORIGIN}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${revalidationToken(secret)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags: tagList }),
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
const share = (rps: number, limit: number) => Math.round((rps / limit) * 1000) / 10

function rssMb(pid: number): number {
  // The server and any workers it forked.
  let children: number[] = []
  try {
    children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)])
      .toString()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number)
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
  const env = {
    ...childEnv(),
    NODE_ENV: 'production' as const,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: secret,
    PORT: String(PORT),
    SITE_URL: ORIGIN,
    MEDIA_DIR: path.join(dataDir, 'media'),
    NEXT_TELEMETRY_DISABLED: '1',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    // Nothing but the requests under test may query: the job runner's polling would be counted.
    JOBS_AUTORUN: 'off',
  }
  let server: ProductionServer | undefined
  let nginx: { origin: string; stop: () => Promise<void> } | undefined
  try {
    execFileSync(process.execPath, [...SCRIPT_NODE_ARGS, 'scripts/migrate.ts'], { env, stdio: 'inherit' })
    // The server starts on the empty database, so it creates the first admin (the bench's
    // editor, for the publish measurement) before the archive's authors exist.
    server = await startProductionServer({
      port: PORT,
      env: { ...env, SQL_COUNT_PORT: String(SQL_COUNT_PORT) },
      nodeArgs: ['--import', './bench/count-sql.mjs'],
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    const started = performance.now()
    await fillArchive(database.url)
    const fillSeconds = Math.round((performance.now() - started) / 100) / 10
    console.log(`archive filled in ${fillSeconds} s`)
    const sql = sqlCounter(SQL_COUNT_PORT)

    // The server warmed its cache on the empty database before the archive was written behind
    // its back (SQL, no hooks): start every surface cold.
    const everyTag = await everyTagShown()
    await expire(everyTag, secret)
    const rows: Row[] = []
    const pages = new Map<string, { body: Buffer; contentType: string }>()
    for (const surface of SURFACES) {
      const url = `${ORIGIN}${surface.paths[0]}`
      // The first request after the server starts finds every cache entry cold (Next keeps
      // them in memory here): its SQL statements are the whole render's. Two more follow right
      // after the surface's tags expire.
      const uncached: number[] = []
      await sql.settle()
      const statements = await sql.during(async () => uncached.push(await timed(url)))
      for (let i = 0; i < 2; i += 1) {
        if (surface.expires) await expire(everyTag, secret)
        uncached.push(await timed(url))
      }
      const response = await fetch(url)
      const body = Buffer.from(await response.arrayBuffer())
      pages.set(surface.paths[0]!, { body, contentType: response.headers.get('content-type') ?? 'text/html' })
      const cached = await load(ORIGIN, surface.paths, { seconds: SECONDS })
      rows.push({
        surface: surface.name,
        path: surface.paths[0]!,
        status: response.status,
        cache: response.headers.get('x-nextjs-cache') ?? '-',
        bytes: body.length,
        uncachedMs: median(uncached),
        sqlStatements: statements,
        ...cached,
      })
      console.log(surface.name, JSON.stringify(rows.at(-1)))
    }

    const weights: Record<string, PageWeight> = { 'empty route': await pageWeight(ORIGIN, EMPTY_ROUTE) }
    for (const surface of SURFACES.filter((one) => one.page))
      weights[surface.name] = await pageWeight(ORIGIN, surface.paths[0]!)
    const publish = await measurePublish(ORIGIN, ORIGIN, admin, 'direct')
    console.log('publish → visible (ms)', JSON.stringify(publish))

    let viaNginx: {
      surfaces: Record<string, LoadResult & { shareOfStatic?: number }>
      publish: PublishLatency
    } | null = null
    try {
      nginx = await startNginx({ upstream: `127.0.0.1:${PORT}`, port: NGINX_PORT })
    } catch (error) {
      console.warn(`nginx path not measured: ${(error as Error).message}`)
    }
    if (nginx) {
      const surfaces: Record<string, LoadResult> = {}
      for (const surface of SURFACES.filter((one) => one.microCached)) {
        surfaces[surface.name] = await load(nginx.origin, surface.paths, { seconds: SECONDS })
        console.log('via nginx', surface.name, JSON.stringify(surfaces[surface.name]))
      }
      viaNginx = { surfaces, publish: await measurePublish(ORIGIN, nginx.origin, admin, 'nginx') }
      console.log('publish → visible through nginx (ms)', JSON.stringify(viaNginx.publish))
    }
    const memoryMb = rssMb(server.child.pid!)
    console.log('server memory', await (await fetch(`http://127.0.0.1:${SQL_COUNT_PORT}/memory`)).text())

    const staticServer = await serveStatic(pages)
    for (const row of rows) {
      const limit = await load(staticServer.origin, [row.path], { seconds: SECONDS })
      row.staticRps = limit.requestsPerSecond
      row.shareOfStatic = share(row.requestsPerSecond, limit.requestsPerSecond)
      const proxied = viaNginx?.surfaces[row.surface]
      if (proxied) proxied.shareOfStatic = share(proxied.requestsPerSecond, limit.requestsPerSecond)
    }
    await staticServer.close()

    const results = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.type()} ${os.release()}`,
      },
      archive: ARCHIVE,
      fillSeconds,
      connections: 20,
      seconds: SECONDS,
      serverMemoryMbAfterLoad: memoryMb,
      searches: SEARCHES,
      surfaces: rows,
      pageWeight: weights,
      publish,
      viaNginx,
    }
    await fs.writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\n${report(results)}`)
  } finally {
    await nginx?.stop()
    await server?.stop()
    await database.stop()
    await fs.rm(dataDir, { recursive: true, force: true })
  }
}

await main()
process.exit(0)
