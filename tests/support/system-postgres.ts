import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { freePort } from '../../scripts/lib/embedded-postgres'

const run = promisify(execFile)

/**
 * A throwaway cluster of Debian's PostgreSQL on a free loopback port, run as the `postgres`
 * user when we are root (PostgreSQL refuses root). Returns its URL and a stop function.
 */
export async function startSystemPostgres(
  bin: string,
): Promise<{ url: string; version: string; stop: () => Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-system-pg-'))
  const asPostgres = (command: string, args: string[]) =>
    os.userInfo().uid === 0
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args])
      : run(path.join(bin, command), args)
  if (os.userInfo().uid === 0) await run('chown', ['postgres', dir])
  await asPostgres('initdb', ['-D', dir, '-U', 'postgres', '-A', 'trust', '--encoding=UTF8', '--locale=C'])
  const port = await freePort()
  await asPostgres('pg_ctl', [
    '-D',
    dir,
    '-w',
    '-l',
    path.join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ])
  const { stdout } = await asPostgres('postgres', ['--version'])
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version: stdout.trim(),
    stop: async () => {
      await asPostgres('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop']).catch(() => undefined)
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}
