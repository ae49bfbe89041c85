/**
 * `npm run bench -- [--articles 10000|100000] [--profile] …` (bench/options.ts): a throwaway
 * embedded PostgreSQL filled with the archive (bench/fill-archive.ts), the production build
 * served by `next start`, and every number issue 17 asks for, each measured by its own module:
 * uncached renders, cached throughput against nginx and a bare Next route serving the same
 * bytes, retention after a publish, never-seen searches, the tail under mixed load, the first
 * minute after a restart, memory. Results go to bench/results.json and a table on stdout.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { pageCacheBytes } from '../lib/server/env'
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../scripts/lib/embedded-postgres'
import type { ProductionServer } from '../scripts/lib/production-server'
import { SCRIPT_NODE_ARGS } from '../scripts/lib/script-node-args'
import { leadSlug } from './archive-sizes'
import { benchServerEnv, startBenchServer, type BenchServerConfig } from './bench-server'
import { buildBareNext, startBareNext } from './bare-next'
import { compareCached } from './cached-throughput'
import { runClusterBench } from './cluster-bench'
import { everyTagShown } from './expire-tags'
import { fillArchive } from './fill-archive'
import { startNginx } from './nginx-proxy'
import { measureNeverSeenSearches } from './never-seen-searches'
import { parseBenchOptions } from './options'
import { pageWeight, type PageWeight } from './page-weight'
import { profileUncachedRenders } from './profile-renders'
import { measurePublish } from './publish-latency'
import { queryMix } from './query-mix'
import { mixShares, readerMix } from './reader-mix'
import { report, type Results } from './report'
import { restartUnderLoad } from './restart-under-load'
import { measureRetention, sampleArticleSlugs } from './retention'
import { captureSurfaces } from './same-bytes'
import { rssMb } from './server-memory'
import { startStaticNginx } from './static-nginx'
import { EMPTY_ROUTE, surfaces } from './surfaces'
import { measureUncachedFloor } from './uncached-floor'
import { measureUncached } from './uncached-renders'
import { load, requireWrk, type LoadResult } from './wrk'

const TAIL_CONNECTIONS = 64

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2))
  requireWrk()
  const { sizes, port } = options
  if (!existsSync('.next/BUILD_ID')) execFileSync('npx', ['next', 'build'], { stdio: 'inherit' })
  if (options.nodes === 2) return runClusterBench(sizes, options.tailSeconds)
  buildBareNext()
  const ports = { sqlCount: port + 1, nginxProxy: port + 2, staticNginx: port + 3, bareNext: port + 4 }
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-bench-'))
  let database: EmbeddedDatabase | undefined
  let server: ProductionServer | undefined
  const stops: (() => Promise<void>)[] = []
  try {
    database = options.databaseUrl
      ? undefined
      : await startEmbeddedPostgres({ dataDir, databaseName: 'summitwire_bench', throwaway: true, port: 18_700 })
    const config: BenchServerConfig = {
      port,
      databaseUrl: options.databaseUrl ?? database!.url,
      secret: randomBytes(32).toString('hex'),
      mediaDir: path.join(dataDir, 'media'),
      admin: {
        email: `bench-editor-${Date.now()}@summitwire.localhost`,
        password: randomBytes(12).toString('base64url'),
      },
      sqlCountPort: ports.sqlCount,
    }
    const env = benchServerEnv(config)
    const script = (file: string, args: string[] = [], input?: string) =>
      execFileSync(process.execPath, [...SCRIPT_NODE_ARGS, file, ...args], {
        env,
        input,
        stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'inherit'],
      })
    let fillSeconds: number | null = null
    if (!options.databaseUrl) {
      script('scripts/migrate.ts')
      const started = performance.now()
      await fillArchive(config.databaseUrl, sizes)
      fillSeconds = Math.round((performance.now() - started) / 100) / 10
      console.log(`archive of ${sizes.articles} stories filled in ${fillSeconds} s`)
    }
    // The editor who publishes (publish latency, retention): the archive's users are authors only.
    script('scripts/create-admin.ts', [config.admin.email], `${config.admin.password}\n`)

    server = await startBenchServer(config)
    const origin = server.origin
    const list = surfaces(sizes)
    const everyTag = await everyTagShown(origin, leadSlug(sizes))

    const uncached = await measureUncached(origin, ports.sqlCount, list, everyTag, config.secret)

    const pageWeights: Record<string, PageWeight> = { 'empty route': await pageWeight(origin, EMPTY_ROUTE) }
    for (const surface of list.filter((one) => one.page))
      pageWeights[surface.name] = await pageWeight(origin, surface.paths[0]!)
    const publish = await measurePublish(origin, origin, config.admin, 'direct')
    console.log('publish → visible (ms)', JSON.stringify(publish))

    // Cached pages against the same bytes from nginx and from a bare Next route.
    const stored = await captureSurfaces(origin, list)
    const allStored = [...stored.values()].flat()
    const staticNginx = await startStaticNginx(ports.staticNginx, allStored)
    stops.push(staticNginx.stop)
    const bareNext = await startBareNext(ports.bareNext, allStored)
    stops.push(bareNext.stop)
    const floor = await measureUncachedFloor(
      bareNext.origin,
      stored,
      list.filter((one) => one.uncached && one.page).map((one) => one.name),
    )
    // Every server JIT-warm before the first measured run.
    for (const warm of [staticNginx.origin, bareNext.origin])
      await load(
        warm,
        allStored.map((page) => `/b/${page.key}`),
        { seconds: 2 },
      )
    const cached = await compareCached(
      { site: origin, bareNext: bareNext.origin, nginx: staticNginx.origin },
      list,
      stored,
      {
        rounds: options.rounds,
        seconds: options.seconds,
      },
    )
    await bareNext.stop()
    await staticNginx.stop()
    stops.length = 0

    // The deployed nginx (deploy/nginx.conf) in front: its micro-cache, and publish → visible through it.
    let viaNginx: Results['viaNginx'] = null
    try {
      const proxy = await startNginx({ upstream: `127.0.0.1:${port}`, port: ports.nginxProxy })
      stops.push(proxy.stop)
      const proxied: Record<string, LoadResult> = {}
      for (const surface of list.filter((one) => one.microCached)) {
        proxied[surface.name] = await load(proxy.origin, surface.paths, { seconds: options.seconds })
        console.log('via nginx', surface.name, proxied[surface.name]!.requestsPerSecond, 'req/s')
      }
      viaNginx = { surfaces: proxied, publish: await measurePublish(origin, proxy.origin, config.admin, 'nginx') }
      await proxy.stop()
      stops.length = 0
    } catch (error) {
      console.warn(`nginx path not measured: ${(error as Error).message}`)
    }

    const retention = await measureRetention(origin, sizes, config.admin)

    const searches = queryMix()
    const neverSeen = await measureNeverSeenSearches(origin, searches, Math.max(10, options.seconds * 3))

    const articles = sampleArticleSlugs(sizes).map((slug) => `/articles/${slug}`)
    const tailMix = readerMix(articles, searches, { seconds: options.tailSeconds })
    const tail = await load(origin, tailMix, { connections: TAIL_CONNECTIONS, seconds: options.tailSeconds })
    console.log(`tail: p99 ${tail.p99Ms} ms, p99.9 ${tail.p999Ms} ms, max ${tail.maxMs} ms, ${tail.errors} errors`)
    const memoryAfterTailMb = rssMb(server.child.pid!)

    const restartMix = readerMix(articles, searches, { seconds: options.tailSeconds })
    const restarted = await restartUnderLoad(server, config, restartMix, {
      connections: TAIL_CONNECTIONS,
      seconds: options.tailSeconds,
    })
    server = restarted.server
    const memoryAfterRestartMb = rssMb(server.child.pid!)

    let profile: Results['profile'] = null
    if (options.profile) {
      await server.stop()
      server = undefined
      profile = await profileUncachedRenders(
        config,
        list.filter((one) => one.name === 'article' || one.name === 'home'),
        everyTag,
      )
    }

    const results: Results = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.type()} ${os.release()}`,
        loadAverageAtEnd: os.loadavg().map((one) => Math.round(one * 100) / 100),
      },
      archive: sizes,
      fillSeconds,
      settings: {
        rounds: options.rounds,
        seconds: options.seconds,
        tailSeconds: options.tailSeconds,
        cachedConnections: 32,
      },
      pageCacheMb: pageCacheBytes() / 2 ** 20,
      surfaces: list.map((surface) => ({
        name: surface.name,
        path: surface.paths[0]!,
        bytes: stored.get(surface.name)?.[0]?.body.length ?? 0,
        uncached: uncached[surface.name] ?? null,
        uncachedFloor: floor[surface.name] ?? null,
        cached: cached[surface.name]!,
      })),
      pageWeight: pageWeights,
      publish,
      viaNginx,
      retention,
      neverSeenSearches: neverSeen,
      tail: { ...tail, connections: TAIL_CONNECTIONS, seconds: options.tailSeconds, mix: mixShares(tailMix) },
      restart: restarted.result,
      memory: { afterTailMb: memoryAfterTailMb, afterRestartLoadMb: memoryAfterRestartMb },
      profile,
    }
    await fs.writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
    console.log(`\n${report(results)}`)
  } finally {
    for (const stop of stops) await stop().catch(() => undefined)
    await server?.stop()
    await database?.stop()
    await fs.rm(dataDir, { recursive: true, force: true })
  }
}

await main()
process.exit(0)
