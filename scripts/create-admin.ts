/**
 * `npm run create-admin -- <email> [--name "<name>"]`: creates an admin account in the database
 * named by DATABASE_URL (the embedded one when it is unset), for a first account in production
 * or to get back in. The password is read from standard input when it is piped
 * (`printf '%s' "$PASSWORD" | npm run create-admin -- …`); otherwise a random one is made and
 * printed. An email that already has an account is refused and nothing changes.
 */
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'

import { getPayload, ValidationError } from 'payload'

import { flushRevalidations } from '../lib/cache/revalidate'
import { databaseProblem } from '../lib/server/database'
import { runMigrations } from '../lib/server/migrations'
import config from '../payload.config'

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

/** The first line piped in, or null at a terminal or when nothing (or an empty line) was piped. */
async function pipedPassword(): Promise<string | null> {
  if (process.stdin.isTTY) return null
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  const firstLine = Buffer.concat(chunks).toString('utf8').split(/\r?\n/, 1)[0] ?? ''
  return firstLine === '' ? null : firstLine
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { name: { type: 'string' } } })
const email = positionals[0]?.trim().toLowerCase()
if (!email || positionals.length > 1)
  fail('usage: npm run create-admin -- <email> [--name "<name>"]  (password on standard input, or one is generated)')

const piped = await pipedPassword()
const password = piped ?? randomBytes(15).toString('base64url')

const problem = await databaseProblem()
if (problem) fail(problem)
const payload = await getPayload({ config })
await runMigrations(payload)

const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: email } } })
if (totalDocs > 0) fail(`An account with the email ${email} already exists: nothing was changed.`)

try {
  await payload.create({
    collection: 'users',
    data: { email, password, name: values.name?.trim() || 'Administrator', roles: ['admin'] },
  })
} catch (error) {
  // Payload's field errors (an email it refuses, a name too long) say what is wrong in `data`.
  const details =
    error instanceof ValidationError
      ? error.data.errors.map((field) => `${field.path}: ${field.message}`).join('; ')
      : null
  fail(`No account was created: ${details || (error instanceof Error ? error.message : String(error))}`)
}
// A running server's author pages learn of the new account.
await flushRevalidations(payload)
console.log(`Created the admin ${email}.`)
if (!piped) console.log(`Password (shown once; change it after signing in): ${password}`)
await payload.destroy()
process.exit(0)
