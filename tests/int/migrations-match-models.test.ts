import fs from 'node:fs'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { describe, expect, it } from 'vitest'

import { testPayload } from '../support/payload'

const migrationDir = path.resolve(import.meta.dirname, '../../migrations')

/**
 * The same comparison `payload migrate:create --skip-empty` makes before deciding whether to
 * write a file: the schema the collections describe against the latest committed snapshot.
 */
async function statementsSince(snapshot: 'latest' | 'empty'): Promise<string[]> {
  const payload = await testPayload()
  const db = payload.db as unknown as PostgresAdapter
  const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
  const current = await generateDrizzleJson(db.schema)
  let previous = db.defaultDrizzleSnapshot
  if (snapshot === 'latest') {
    const latest = fs
      .readdirSync(migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    if (!latest) throw new Error('No migration snapshot is committed in migrations/')
    previous = JSON.parse(fs.readFileSync(path.join(migrationDir, latest), 'utf8'))
    if (upSnapshot && previous.version < current.version) previous = upSnapshot(previous)
  }
  return generateMigration(previous, current)
}

describe('migrations and models', () => {
  it('agree: `npm run migrate:create` would have nothing to write', async () => {
    const statements = await statementsSince('latest')
    expect(
      statements,
      'The collections changed without a migration: run `npm run migrate:create -- <name>` and commit it.',
    ).toEqual([])
  })

  it('the check sees a schema the migrations lack (compared with an empty database)', async () => {
    const statements = await statementsSince('empty')
    expect(statements.some((statement) => statement.includes('CREATE TABLE "articles"'))).toBe(true)
  })
})
