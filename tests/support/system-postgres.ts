import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

import { freePort } from '../../scripts/lib/embedded-postgres'
import { debianPostgresBin } from '../../scripts/lib/system-packages'

const run = promisify(execFile)

/** Debian's PostgreSQL binaries, and what a suite that needs them says when they are missing. */
export const debianPostgres = {
  bin: debianPostgresBin(),
  get met() {
    return this.bin !== null
  },
  missing: 'a Debian PostgreSQL server under /usr/lib/postgresql (apt-get install -y postgresql-15)',
}
const asRoot = os.userInfo().uid === 0

/** One of Debian's PostgreSQL programs, as the `postgres` user when we are root (PostgreSQL refuses root). */
function tool(bin: string) {
  return (command: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args])
      : run(path.join(bin, command), args)
}

/** A folder the server's user owns. */
async function serverFolder(label: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `summit-wire-${label}-`))
  if (asRoot) await run('chown', ['postgres', dir])
  return dir
}

async function startServer(bin: string, dir: string, port: number, settings: string[] = []): Promise<void> {
  await tool(bin)('pg_ctl', [
    '-D',
    dir,
    '-w',
    '-l',
    path.join(dir, 'log'),
    '-o',
    [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', '-c fsync=off', ...settings].join(' '),
    'start',
  ])
}

const stopServer = (bin: string, dir: string) =>
  tool(bin)('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop']).then(
    () => undefined,
    () => undefined,
  )

/**
 * A throwaway cluster of Debian's PostgreSQL on a free loopback port, run as the `postgres`
 * user when we are root (PostgreSQL refuses root). Returns its URL and a stop function.
 */
export async function startSystemPostgres(
  bin: string,
): Promise<{ url: string; port: number; dir: string; version: string; stop: () => Promise<void> }> {
  const dir = await serverFolder('system-pg')
  await tool(bin)('initdb', ['-D', dir, '-U', 'postgres', '-A', 'trust', '--encoding=UTF8', '--locale=C'])
  const port = await freePort()
  await startServer(bin, dir, port)
  const { stdout } = await tool(bin)('postgres', ['--version'])
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    version: stdout.trim(),
    stop: async () => {
      await stopServer(bin, dir)
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}

export interface StreamingReplica {
  /** The replica's URL for the primary's database `database`. */
  url: (database: string) => string
  /** Stops applying the WAL it receives (as a replica falling behind does); `resumeReplay` goes on. */
  pauseReplay: () => Promise<void>
  resumeReplay: () => Promise<void>
  /** Stops the server, as an outage would; `start` brings it back where it was. */
  stop: () => Promise<void>
  start: () => Promise<void>
  dispose: () => Promise<void>
}

/**
 * A streaming replica of a primary started by startSystemPostgres (same binaries: streaming
 * needs one major version): pg_basebackup over the replication protocol, then a hot standby on
 * its own loopback port following the primary.
 */
export async function startStreamingReplica(bin: string, primaryPort: number): Promise<StreamingReplica> {
  const parent = await serverFolder('replica')
  const dir = path.join(parent, 'data')
  await tool(bin)('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primaryPort),
    '-U',
    'postgres',
    '-D',
    dir,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
  ])
  const port = await freePort()
  const start = () => startServer(bin, dir, port, ['-c hot_standby=on'])
  await start()
  const onReplica = async (sql: string) => {
    const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  return {
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    pauseReplay: () => onReplica('select pg_wal_replay_pause()'),
    resumeReplay: () => onReplica('select pg_wal_replay_resume()'),
    stop: () => stopServer(bin, dir),
    start,
    dispose: async () => {
      await stopServer(bin, dir)
      await fs.rm(parent, { recursive: true, force: true })
    },
  }
}
