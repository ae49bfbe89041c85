/** `npm run migrate`: applies committed migrations to the database named by DATABASE_URL. */
import { getPayload } from 'payload'

import config from '../payload.config'
import { databaseProblem } from '../lib/server/database'
import { pendingMigrations, runMigrations } from '../lib/server/migrations'

const problem = await databaseProblem()
if (problem) {
  console.error(`\n✖ ${problem}\n`)
  process.exit(1)
}
const payload = await getPayload({ config })
const before = await pendingMigrations(payload)
await runMigrations(payload)
console.log(
  before.length ? `Applied ${before.length} migration(s): ${before.join(', ')}` : 'The database is up to date.',
)
await payload.destroy()
process.exit(0)
