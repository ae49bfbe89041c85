import { execFile, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SCRIPT_NODE_ARGS } from '../../scripts/lib/script-node-args'
import { runningAsRoot, serviceAccount, type ServiceAccount } from '../../scripts/lib/service-account'
import { privateClone, type PrivateClone } from '../support/private-clone'
import { describeSuite } from '../support/suite'

const run = promisify(execFile)

/** What one start of the embedded PostgreSQL inside the clone saw, as its own process. */
interface Start {
  code: number | null
  stderr: string
  result?: { relocated: string | null; clusterDir: string; serverUid: number; hadTable: boolean }
}

// Starts the database from the clone's own code, notes whether a marker table survived from
// an earlier start, creates it, and stops — as `npm run dev` would, minus the site.
const STARTER = `
import('./scripts/lib/embedded-postgres.ts').then(async ({ startEmbeddedPostgres }) => {
  const { default: pg } = await import('pg')
  const { readFileSync } = await import('node:fs')
  const db = await startEmbeddedPostgres({ dataDir: '.data' })
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  const hadTable = (await client.query("select to_regclass('public.marker') is not null as found")).rows[0].found
  await client.query('create table if not exists marker (id int)')
  await client.end()
  const pid = Number(readFileSync(db.clusterDir + '/postmaster.pid', 'utf8').split('\\n')[0])
  const serverUid = Number(/^Uid:\\s+(\\d+)/m.exec(readFileSync('/proc/' + pid + '/status', 'utf8'))[1])
  await db.stop()
  console.log(JSON.stringify({ relocated: db.relocated, clusterDir: db.clusterDir, serverUid, hadTable }))
}).catch((error) => { console.error(error.message); process.exit(1) })
`

function startIn(clone: PrivateClone, env: Record<string, string>, as?: ServiceAccount): Promise<Start> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...SCRIPT_NODE_ARGS, '-e', STARTER], {
      cwd: clone.dir,
      env: { ...process.env, ...env, HOME: path.dirname(clone.dir) },
      ...(as ? { uid: as.uid, gid: as.gid } : {}),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('exit', (code) =>
      resolve({ code, stderr, result: code === 0 ? JSON.parse(stdout.trim().split('\n').at(-1)!) : undefined }),
    )
  })
}

const owner = async (target: string) => (await fs.stat(target)).uid

/*
 * A clone in a folder only root may enter (what `mktemp -d` and root's home give): PostgreSQL
 * refuses to run as root and runs as `postgres`, which could reach neither the binaries in
 * node_modules nor the data folder (`npm run dev` died with "spawn …/initdb EACCES").
 */
describeSuite(
  'as-root',
  'the embedded PostgreSQL from a private folder, as root',
  { met: runningAsRoot(), missing: 'root' },
  () => {
    let clone: PrivateClone
    let serviceDir: string
    let postgres: ServiceAccount

    beforeAll(async () => {
      clone = await privateClone()
      serviceDir = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-service-'))
      await fs.chmod(serviceDir, 0o755)
      postgres = await serviceAccount('postgres')
    }, 120_000)
    afterAll(async () => {
      await clone?.remove()
      if (serviceDir) await fs.rm(serviceDir, { recursive: true, force: true })
    })

    it(
      'starts, run by the postgres account, with its data and binaries where that account can reach them',
      { timeout: 120_000 },
      async () => {
        expect((await fs.stat(path.dirname(clone.dir))).mode & 0o777).toBe(0o700)
        const first = await startIn(clone, { SERVICE_DIR: serviceDir })
        expect(first.stderr).toBe('')
        expect(first.code).toBe(0)
        const { relocated, clusterDir, serverUid } = first.result!
        expect(serverUid).toBe(postgres.uid)
        expect(clusterDir.startsWith(`${serviceDir}/`)).toBe(true)
        expect(await owner(clusterDir)).toBe(postgres.uid)
        const binaries = (await fs.readdir(serviceDir)).find((entry) => entry.startsWith('postgresql-'))
        expect(binaries).toBeDefined()
        expect(await owner(path.join(serviceDir, binaries!, 'bin', 'postgres'))).toBe(postgres.uid)
        // The start-up line names both places and how to delete them.
        expect(relocated).toContain(`rm -rf ${path.dirname(clusterDir)} ${path.join(serviceDir, binaries!)}`)
      },
    )

    it(
      'keeps the data from one start to the next, and starts over when the data folder is deleted',
      { timeout: 120_000 },
      async () => {
        const again = await startIn(clone, { SERVICE_DIR: serviceDir })
        expect(again.result?.hadTable).toBe(true)
        await fs.rm(path.join(clone.dir, '.data'), { recursive: true, force: true })
        const fresh = await startIn(clone, { SERVICE_DIR: serviceDir })
        expect(fresh.code).toBe(0)
        expect(fresh.result?.hadTable).toBe(false)
      },
    )

    it(
      'says in one sentence what to do when even the service folder is out of reach',
      { timeout: 120_000 },
      async () => {
        const hidden = path.join(path.dirname(clone.dir), 'service')
        const failed = await startIn(clone, { SERVICE_DIR: hidden })
        expect(failed.code).toBe(1)
        expect(failed.stderr.trim().split('\n')).toHaveLength(1)
        expect(failed.stderr).toContain(`cannot reach ${hidden}`)
        expect(failed.stderr).toContain('SERVICE_DIR')
      },
    )
  },
)

describe('the embedded PostgreSQL from a private folder, as an ordinary user', () => {
  let clone: PrivateClone
  let user: ServiceAccount | undefined

  beforeAll(async () => {
    // Root plays an ordinary user through an account of its own; anyone else already is one.
    if (runningAsRoot()) user = await serviceAccount('summit-wire-tester')
    clone = await privateClone(user)
  }, 120_000)
  afterAll(async () => clone?.remove())

  it('starts in place, run by that user, with its data in the clone', { timeout: 120_000 }, async () => {
    const uid = user?.uid ?? os.userInfo().uid
    expect(await owner(path.dirname(clone.dir))).toBe(uid)
    const start = await startIn(clone, {}, user)
    expect(start.stderr).toBe('')
    expect(start.code).toBe(0)
    expect(start.result).toMatchObject({
      relocated: null,
      clusterDir: path.join(clone.dir, '.data', 'postgres'),
      serverUid: uid,
      hadTable: false,
    })
    expect((await run('stat', ['-c', '%u', path.join(clone.dir, '.data', 'postgres')])).stdout.trim()).toBe(String(uid))
  })
})
