import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { checkHealth } from '../../lib/server/health'
import { SCRIPT_NODE_ARGS } from '../../scripts/lib/script-node-args'

const run = promisify(execFile)

/** Runs the server's start-up (what instrumentation.ts calls) in a fresh process. */
async function startServerWith(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  try {
    await run(
      process.execPath,
      [
        ...SCRIPT_NODE_ARGS,
        '-e',
        "import('./lib/server/startup.ts').then((m) => m.startServer()).then(() => process.exit(0))",
      ],
      {
        env: { ...process.env, ...env },
        timeout: 60_000,
      },
    )
    return { code: 0, stderr: '' }
  } catch (error) {
    const failure = error as { code: number; stderr: string }
    return { code: failure.code, stderr: failure.stderr }
  }
}

describe('server start-up', () => {
  it('stops with one line naming DATABASE_URL when the database is unreachable', async () => {
    const { code, stderr } = await startServerWith({ DATABASE_URL: 'postgres://news:pw@127.0.0.1:1/news' })
    expect(code).toBe(1)
    const lines = stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/DATABASE_URL \(postgres:\/\/news@127\.0\.0\.1:1\/news\)/)
  })

  it.each([
    [
      { S3_BUCKET: 'media', S3_ENDPOINT: 'seaweedfs:8333' },
      /^✖ S3_ENDPOINT: "seaweedfs:8333" is not an http\(s\) URL\.$/,
    ],
    [
      { S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'only-half' },
      /^✖ S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both or neither\.$/,
    ],
    [{ S3_ENDPOINT: 'http://127.0.0.1:8333' }, /^✖ S3_BUCKET: object storage is configured/],
    [
      { DATABASE_REPLICA_URLS: 'replica:5432' },
      /^✖ DATABASE_REPLICA_URLS: "replica:5432" is not a postgres:\/\/ URL\.$/,
    ],
  ])('stops with one line naming the variable for %o', async (env, message) => {
    const { code, stderr } = await startServerWith(env)
    expect(code).toBe(1)
    const lines = stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(message)
  })

  it('refuses to serve in production without a long PAYLOAD_SECRET', async () => {
    for (const secret of ['', 'too-short']) {
      const { code, stderr } = await startServerWith({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })
      expect(code).toBe(1)
      expect(stderr).toMatch(/PAYLOAD_SECRET/)
    }
  })

  it('in production, seeds a fresh database only when SEED_DEMO=1', async () => {
    const fresh = new URL(process.env.DATABASE_URL!)
    fresh.pathname = `/start_check_${Date.now()}`
    const production = { NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40), DATABASE_URL: fresh.toString() }
    const articleCount = async () => {
      const client = new pg.Client({ connectionString: fresh.toString() })
      await client.connect()
      try {
        return Number((await client.query('select count(*) from articles')).rows[0].count)
      } finally {
        await client.end()
      }
    }
    expect(await startServerWith(production)).toEqual({ code: 0, stderr: '' })
    expect(await articleCount()).toBe(0)
    expect(await startServerWith({ ...production, SEED_DEMO: '1' })).toEqual({ code: 0, stderr: '' })
    expect(await articleCount()).toBeGreaterThanOrEqual(30)
  })

  it('starts against a migrated database', async () => {
    const { code, stderr } = await startServerWith({})
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })
})

describe('health', () => {
  it('reports the database unreachable rather than throwing', async () => {
    // The app's pool, pointed where nothing answers.
    const pool = new pg.Pool({ connectionString: 'postgres://news@127.0.0.1:1/news' })
    try {
      expect(await checkHealth(pool)).toEqual({ ok: false, reason: 'database unreachable' })
    } finally {
      await pool.end()
    }
  })
})
