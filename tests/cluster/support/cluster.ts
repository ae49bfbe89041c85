import type { StdioOptions } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { freePort, startEmbeddedPostgres } from '../../../scripts/lib/embedded-postgres'
import { debianPostgresBin } from '../../../scripts/lib/system-packages'
import { startProductionServer, type ProductionServer } from '../../../scripts/lib/production-server'
import { SCRIPT_NODE_ARGS } from '../../../scripts/lib/script-node-args'
import { spawnGroup, waitUntilReady, type GroupProcess } from '../../support/loopback-process'
import { startTestRedis, type TestRedis } from '../../support/redis-server'
import { startTestS3, type TestS3 } from '../../support/s3-server'
import { startStreamingReplica, startSystemPostgres, type StreamingReplica } from '../../support/system-postgres'
import { startVarnish, type RunningVarnish } from '../../support/varnish'

/**
 * Two production nodes of the current build on one throwaway embedded PostgreSQL, sharing a
 * Redis bus and an S3 bucket, behind the deployed Varnish configuration, all on loopback: the
 * topology of docs/ARCHITECTURE.md on one machine. Node A makes the bucket and seeds the demo
 * newsroom (its images into the bucket); B starts once A is ready.
 */
export interface Cluster {
  a: ProductionServer
  b: ProductionServer
  varnish: RunningVarnish
  redis: TestRedis
  /** The S3-compatible server holding the uploads, in the bucket `bucket`. */
  s3: TestS3
  bucket: string
  databaseUrl: string
  /** The streaming replica the nodes read from, when started with `replica`. */
  replica: StreamingReplica | null
  /** The environment the nodes run with (for scripts beside them). */
  env: NodeJS.ProcessEnv
  admin: { email: string; password: string }
  /** `npm run worker`s beside the nodes (which then run no jobs), in the order they started. */
  workers: GroupProcess[]
  /** How long a node waits before polling the bus for what it missed (the test makes it long). */
  pollSeconds: number
  /** What the nodes wrote to stderr so far. */
  errors: () => Promise<string>
  stop: () => Promise<void>
}

export interface ClusterOptions {
  /**
   * Fills the database before the nodes start (the bench's archive), given its URL and the
   * environment the nodes get; then nobody seeds the demo newsroom.
   */
  prepare?: (databaseUrl: string, env: NodeJS.ProcessEnv) => Promise<void>
  /** Server output to show (errors by default). */
  stdio?: 'errors' | 'none'
  /** Workers to run the jobs queue; with any, the nodes run none (JOBS_AUTORUN=off). */
  workers?: number
  /**
   * Runs the database on Debian's PostgreSQL with a streaming replica the nodes read from
   * (DATABASE_REPLICA_URLS); otherwise on the embedded PostgreSQL alone.
   */
  replica?: boolean
}

const DATABASE = 'summitwire_cluster'

/** Debian's PostgreSQL and a streaming replica of it (one major version: streaming needs it). */
async function startReplicatedDatabase() {
  const bin = debianPostgresBin()
  if (!bin)
    throw new Error("The cluster test needs Debian's PostgreSQL for its replica (apt-get install -y postgresql-15).")
  const primary = await startSystemPostgres(bin)
  const admin = new pg.Client({ connectionString: primary.url })
  await admin.connect()
  await admin.query(`create database ${DATABASE}`)
  await admin.end()
  const replica = await startStreamingReplica(bin, primary.port)
  return {
    url: primary.url.replace(/\/postgres$/, `/${DATABASE}`),
    replica,
    stop: async () => {
      await replica.dispose()
      await primary.stop()
    },
  }
}

export async function startCluster({
  prepare,
  stdio: shown = 'errors',
  workers: workerCount = 0,
  replica: withReplica = false,
}: ClusterOptions = {}): Promise<Cluster> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-cluster-'))
  const database = withReplica
    ? await startReplicatedDatabase()
    : { ...(await startEmbeddedPostgres({ dataDir, databaseName: DATABASE, throwaway: true })), replica: null }
  const redis = await startTestRedis()
  const s3 = await startTestS3()
  const bucket = 'cluster-media'
  const [portA, portB] = [await freePort(), await freePort()]
  const varnish = await startVarnish({
    backends: [
      { host: '127.0.0.1', port: portA },
      { host: '127.0.0.1', port: portB },
    ],
    purgers: ['127.0.0.1'],
  })
  const admin = { email: 'admin@cluster.localhost', password: randomBytes(12).toString('base64url') }
  const pollSeconds = 600
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    SITE_URL: varnish.url,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    MEDIA_DIR: path.join(dataDir, 'media'),
    // The bucket does not exist yet: node A makes it at start.
    ...s3.env(bucket),
    NEXT_TELEMETRY_DISABLED: '1',
    REDIS_URL: redis.url,
    EDGE_PURGE_URLS: `${varnish.url}/`,
    // Longer than the test: an expiry that reaches a node came by message or by a reconnect's catch-up.
    EXPIRY_POLL_SECONDS: String(pollSeconds),
    ...(workerCount > 0 ? { JOBS_AUTORUN: 'off' } : {}),
    // A change waits a second at most for the replica before the nodes hear of it.
    ...(database.replica ? { DATABASE_REPLICA_URLS: database.replica.url(DATABASE), REPLICA_WAIT_SECONDS: '1' } : {}),
  }
  let logFile: string | null = null
  let log: fs.FileHandle | null = null
  const errors = async () => (logFile ? fs.readFile(logFile, 'utf8').catch(() => '') : '')
  const started: ProductionServer[] = []
  const workers: GroupProcess[] = []
  // Whatever happens to the test process, no node outlives it: a node left behind with a
  // closed stderr spins logging its write errors.
  const killNodes = () => {
    for (const server of started) {
      try {
        process.kill(-server.child.pid!, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
  }
  process.once('exit', killNodes)
  const stop = async () => {
    await Promise.allSettled([...workers, ...started].map((one) => one.stop()))
    killNodes()
    process.off('exit', killNodes)
    await log?.close()
    await varnish.stop()
    await redis.dispose()
    await s3.dispose()
    await database.stop()
    await fs.rm(dataDir, { recursive: true, force: true })
  }
  try {
    await prepare?.(database.url, env)
    // Errors to a file, not to the test's own stream, which closes when the test process ends.
    logFile = path.join(dataDir, 'nodes.log')
    log = await fs.open(logFile, 'a')
    const stdio: StdioOptions = ['ignore', 'ignore', shown === 'errors' ? log.fd : 'ignore']
    const a = await startProductionServer({
      port: portA,
      env: { ...env, SEED_DEMO: prepare ? '' : '1' },
      detached: true,
      stdio,
    })
    started.push(a)
    const b = await startProductionServer({ port: portB, env, detached: true, stdio })
    started.push(b)
    // One at a time, so the first holds the jobs lease and the second stands by.
    for (let i = 0; i < workerCount; i += 1) {
      const worker = spawnGroup(process.execPath, [...SCRIPT_NODE_ARGS, 'scripts/worker.ts'], env)
      workers.push(worker)
      await waitUntilReady(`worker ${i + 1}`, worker, async () => worker.output().includes('Worker ready'), 60_000)
    }
    return {
      a,
      b,
      workers,
      varnish,
      redis,
      s3,
      bucket,
      databaseUrl: database.url,
      replica: database.replica,
      env,
      admin,
      pollSeconds,
      errors,
      stop,
    }
  } catch (error) {
    const written = await errors()
    await stop()
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${written.slice(-4000)}`)
  }
}
