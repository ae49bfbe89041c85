/** `npm run seed`: loads the demo newsroom into the database named by DATABASE_URL. Safe to run again. */
import { getPayload } from 'payload'

import { flushRevalidations } from '../lib/cache/revalidate'
import { databaseProblem } from '../lib/server/database'
import { runMigrations } from '../lib/server/migrations'
import config from '../payload.config'
import { seedDemoContent } from './seed/seed-demo'

const problem = await databaseProblem()
if (problem) {
  console.error(`\n✖ ${problem}\n`)
  process.exit(1)
}
const payload = await getPayload({ config })
await runMigrations(payload)
const { created, existing } = await seedDemoContent(payload)
// A running server expires what the new content changes.
await flushRevalidations(payload)
console.log(`Demo content: ${created} created, ${existing} already there.`)
await payload.destroy()
process.exit(0)
