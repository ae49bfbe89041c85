import pg from 'pg'
import { describe, expect, it, vi } from 'vitest'

import { databaseProblem, describeDatabaseUrl } from '../../lib/server/database'
import { payloadSecretProblem } from '../../lib/server/env'
import { checkHealth } from '../../lib/server/health'

describe('database check', () => {
  it('passes for the test database', async () => {
    expect(await databaseProblem(process.env.DATABASE_URL)).toBeNull()
  })

  it('names DATABASE_URL in one line, without the password, when nothing answers', async () => {
    const problem = await databaseProblem('postgres://reader:hunter2@127.0.0.1:1/news')
    expect(problem).toMatch(/DATABASE_URL/)
    expect(problem).toContain('127.0.0.1:1')
    expect(problem).not.toContain('hunter2')
    expect(problem).not.toContain('\n')
  })

  it('explains a missing or malformed DATABASE_URL', async () => {
    expect(await databaseProblem('')).toMatch(/DATABASE_URL is not set/)
    expect(await databaseProblem('mysql://x@y/z')).toMatch(/DATABASE_URL must be a postgres:\/\/ URL/)
  })

  it('redacts passwords in descriptions', () => {
    expect(describeDatabaseUrl('postgres://u:secret@db:5432/x')).toBe('postgres://u@db:5432/x')
  })
})

describe('PAYLOAD_SECRET check', () => {
  it('refuses a missing or short secret and accepts a long one', () => {
    expect(payloadSecretProblem(undefined)).toMatch(/not set/)
    expect(payloadSecretProblem('short')).toMatch(/at least 32/)
    expect(payloadSecretProblem('x'.repeat(32))).toBeNull()
  })
})

describe('health', () => {
  it('is ok when the database answers and every migration ran', async () => {
    expect(await checkHealth()).toEqual({ ok: true })
  })

  it('asks through the app’s pool: probes open no connection of their own', async () => {
    await checkHealth()
    const connect = vi.spyOn(pg.Client.prototype, 'connect')
    try {
      for (let i = 0; i < 5; i += 1) expect(await checkHealth()).toEqual({ ok: true })
      expect(connect).not.toHaveBeenCalled()
    } finally {
      connect.mockRestore()
    }
  })
})
