import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload, unique } from '../support/payload'
import { runScript } from '../support/run-script'
import { describeSuite } from '../support/suite'
import { debianPostgres, startSystemPostgres } from '../support/system-postgres'

/** `npm run backup` / `npm run restore` against the given database and media. */
const script = (name: 'backup' | 'restore', arg: string, env: { DATABASE_URL: string; MEDIA_DIR: string }) =>
  runScript(name, [arg], env)

/** Every public table's rows, each table as a hash of its sorted rows (computed columns included). */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      // Not the newsroom: the migrations' bookkeeping, and the outbox of cache expiries, which
      // belong to the caches of the moment (other tests fill it), not to what a backup keeps.
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
         and table_name not in ('payload_migrations', 'cache_expiry_outbox') order by 1`,
    )
    const result: Record<string, string> = {}
    for (const { name } of tables) {
      const { rows } = await client.query<{ count: string; hash: string | null }>(
        `select count(*) as count, md5(string_agg(t::text, E'\\n' order by t::text)) as hash from "${name}" t`,
      )
      result[name] = `${rows[0]!.count}:${rows[0]!.hash ?? ''}`
    }
    return result
  } finally {
    await client.end()
  }
}

async function filesIn(dir: string): Promise<Record<string, string>> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  const files: Record<string, string> = {}
  for (const entry of entries.filter((one) => one.isFile())) {
    const file = path.join(entry.parentPath, entry.name)
    files[path.relative(dir, file)] = createHash('sha256')
      .update(await fs.readFile(file))
      .digest('hex')
  }
  return files
}

describe('npm run backup and npm run restore', () => {
  const source = { DATABASE_URL: process.env.DATABASE_URL!, MEDIA_DIR: process.env.MEDIA_DIR! }
  let work: string
  let target: { DATABASE_URL: string; MEDIA_DIR: string }

  beforeAll(async () => {
    const payload = await testPayload()
    // Something of every kind the round trip must carry: an upload (rows and files), a story.
    const png = await sharp({ create: { width: 32, height: 18, channels: 3, background: '#1a6' } })
      .png()
      .toBuffer()
    const image = await payload.create({
      collection: 'media',
      data: { alt: unique('Backup alt') },
      file: { data: png, mimetype: 'image/png', name: `${unique('backup')}.png`, size: png.length },
    })
    await payload.create({
      collection: 'articles',
      data: {
        title: `Backed up ${unique('story')}`,
        standfirst: 'Kept.',
        heroImage: image.id,
        _status: 'published',
        publishedAt: '2020-01-01T00:00:00.000Z',
      },
    })

    work = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-backup-test-'))
    const restoredName = `restored_${Date.now().toString(36)}`
    const admin = new pg.Client({ connectionString: source.DATABASE_URL })
    await admin.connect()
    await admin.query(`create database ${restoredName}`)
    await admin.end()
    const url = new URL(source.DATABASE_URL)
    url.pathname = `/${restoredName}`
    target = { DATABASE_URL: url.toString(), MEDIA_DIR: path.join(work, 'restored-media') }
  })
  afterAll(async () => fs.rm(work, { recursive: true, force: true }))

  it('round-trips every row (versions included) and every uploaded file into an empty database', async () => {
    const folder = path.join(work, 'backup')
    const backedUp = await script('backup', folder, source)
    expect(backedUp.code, backedUp.output).toBe(0)
    const restored = await script('restore', folder, target)
    expect(restored.code, restored.output).toBe(0)
    expect(restored.output).toMatch(/^Restored \d+ rows and \d+ media files/m)

    const [before, after] = await Promise.all([fingerprint(source.DATABASE_URL), fingerprint(target.DATABASE_URL)])
    expect(Object.keys(before).length).toBeGreaterThan(20)
    expect(after).toEqual(before)
    expect(Number(before.articles!.split(':')[0])).toBeGreaterThan(0)
    expect(Number(before._articles_v!.split(':')[0])).toBeGreaterThan(0)
    const media = await filesIn(source.MEDIA_DIR)
    expect(Object.keys(media).length).toBeGreaterThan(0)
    expect(await filesIn(target.MEDIA_DIR)).toEqual(media)

    // New rows continue the ids instead of colliding with restored ones.
    const client = new pg.Client({ connectionString: target.DATABASE_URL })
    await client.connect()
    const { rows } = await client.query<{ next: string; max: string }>(
      `select nextval(pg_get_serial_sequence('articles', 'id')) as next, (select max(id) from articles) as max`,
    )
    await client.end()
    expect(Number(rows[0]!.next)).toBeGreaterThan(Number(rows[0]!.max))
  })

  it('refuses to restore over data, and changes nothing', async () => {
    const before = await fingerprint(target.DATABASE_URL)
    const again = await script('restore', path.join(work, 'backup'), {
      ...target,
      MEDIA_DIR: path.join(work, 'empty-media'),
    })
    expect(again.code).toBe(1)
    expect(again.output).toMatch(/The database is not empty \(.+ hold rows\): restore into a new database\./)
    expect(await fingerprint(target.DATABASE_URL)).toEqual(before)
  })

  it('says plainly when the folder is not a backup', async () => {
    const result = await script('restore', work, target)
    expect(result.code).toBe(1)
    expect(result.output).toContain('is not a backup: it has no manifest.json')
  })
})

/*
 * "Any other PostgreSQL": Debian's server, another major version than the embedded one, which
 * is what pg_dump cannot bridge. `npm test` installs it; without it this fails.
 */
const systemBin = debianPostgres.bin
describeSuite('postgres-versions', 'backup and restore across PostgreSQL servers', debianPostgres, () => {
  let other: Awaited<ReturnType<typeof startSystemPostgres>>
  let work: string

  beforeAll(async () => {
    other = await startSystemPostgres(systemBin!)
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'summit-wire-backup-other-'))
  })
  afterAll(async () => {
    await other?.stop()
    if (work) await fs.rm(work, { recursive: true, force: true })
  })

  it('moves the newsroom from the embedded server to another major version and back, unchanged', async () => {
    const source = { DATABASE_URL: process.env.DATABASE_URL!, MEDIA_DIR: process.env.MEDIA_DIR! }
    const onOther = { DATABASE_URL: other.url, MEDIA_DIR: path.join(work, 'other-media') }
    expect((await script('backup', path.join(work, 'from-embedded'), source)).code).toBe(0)
    const restored = await script('restore', path.join(work, 'from-embedded'), onOther)
    expect(restored.code, `${other.version}: ${restored.output}`).toBe(0)
    const before = await fingerprint(source.DATABASE_URL)
    expect(await fingerprint(other.url)).toEqual(before)

    // And back, from the other server into a new database on the embedded one.
    expect((await script('backup', path.join(work, 'from-other'), onOther)).code).toBe(0)
    const admin = new pg.Client({ connectionString: source.DATABASE_URL })
    await admin.connect()
    const name = `back_${Date.now().toString(36)}`
    await admin.query(`create database ${name}`)
    await admin.end()
    const back = new URL(source.DATABASE_URL)
    back.pathname = `/${name}`
    const returned = await script('restore', path.join(work, 'from-other'), {
      DATABASE_URL: back.toString(),
      MEDIA_DIR: path.join(work, 'back-media'),
    })
    expect(returned.code, returned.output).toBe(0)
    expect(await fingerprint(back.toString())).toEqual(before)
    expect(await filesIn(path.join(work, 'back-media'))).toEqual(await filesIn(source.MEDIA_DIR))
  })
})
