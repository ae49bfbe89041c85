import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * Nothing lost: a migration's `up` may not drop a table or column, empty a table, delete rows
 * or change a column's type (which can truncate or fail on data) unless its author says so in
 * the file, with a reason, on a line `// DATA LOSS APPROVED: <why, and where the data went>`.
 * `down` is the explicit step back and may drop what its `up` made.
 */
const DESTRUCTIVE =
  /\b(DROP\s+TABLE|DROP\s+COLUMN|TRUNCATE|DELETE\s+FROM|ALTER\s+COLUMN\s+\S+\s+(?:SET\s+DATA\s+)?TYPE)\b/gi
const APPROVAL = /\/\/ DATA LOSS APPROVED: \S.{10,}/

function unapprovedDataLoss(source: string): string[] {
  const up = source.slice(
    source.indexOf('export async function up'),
    source.includes('export async function down') ? source.indexOf('export async function down') : undefined,
  )
  if (APPROVAL.test(source)) return []
  return [...up.matchAll(DESTRUCTIVE)].map((match) => match[0])
}

const dir = path.resolve(import.meta.dirname, '../../migrations')
const files = readdirSync(dir).filter((file) => /^\d{8}_\d{6}_.+\.ts$/.test(file))

describe('migrations keep data', () => {
  it('finds the migrations', () => {
    expect(files.length).toBeGreaterThan(5)
  })

  it.each(files)('%s drops nothing in up() without an approval', (file) => {
    expect(unapprovedDataLoss(readFileSync(path.join(dir, file), 'utf8'))).toEqual([])
  })

  it('catches each kind of data loss, and lets an approved one through', () => {
    const migration = (sql: string, extra = '') =>
      `${extra}\nexport async function up({ db }) { await db.execute(sql\`${sql}\`) }\nexport async function down({ db }) { await db.execute(sql\`DROP TABLE "x"\`) }`
    for (const sql of [
      'DROP TABLE "articles" CASCADE',
      'ALTER TABLE "a" DROP COLUMN "title"',
      'TRUNCATE "topics"',
      'DELETE FROM "people"',
      'ALTER TABLE "a" ALTER COLUMN "n" SET DATA TYPE integer',
      'alter table a alter column n type text',
    ]) {
      expect(unapprovedDataLoss(migration(sql)), sql).toHaveLength(1)
    }
    expect(unapprovedDataLoss(migration('CREATE INDEX "i" ON "a" ("b"); DROP INDEX "old"'))).toEqual([])
    expect(
      unapprovedDataLoss(
        migration(
          'ALTER TABLE "a" DROP COLUMN "legacy"',
          '// DATA LOSS APPROVED: legacy was copied into body by 20261201_000000_copy_legacy',
        ),
      ),
    ).toEqual([])
  })
})
