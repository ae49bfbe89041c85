import { createHash, randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { SETUP_TOKEN_LIFETIME_SECONDS } from '../http/setup-token-cookie'
import { transactionOf } from './drizzle'

/**
 * One-time setup tokens: how a production server with no account lets whoever reads its log,
 * and nobody else, create the first admin from the web.
 *
 * Only a SHA-256 of each token is kept, in Payload's key-value store (the `payload_kv` table,
 * in the initial migration): every node of a multi-node deployment shares the database, so a
 * token printed by one node works on whichever node the browser reaches, and using it once on
 * any node ends it on all. Each node that starts without an account prints its own token.
 */
const KEY_PREFIX = 'first-user-setup-token:'
const LIFETIME_MS = SETUP_TOKEN_LIFETIME_SECONDS * 1000

interface StoredToken {
  expiresAt: string
}

const keyFor = (token: string) => `${KEY_PREFIX}${createHash('sha256').update(token).digest('hex')}`
const isLive = (stored: StoredToken | null | undefined) => !!stored && Date.parse(stored.expiresAt) > Date.now()

/** A new token (256 random bits), stored hashed; expired ones are dropped on the way. */
export async function issueSetupToken(payload: Payload): Promise<string> {
  for (const key of await payload.kv.keys()) {
    if (key.startsWith(KEY_PREFIX) && !isLive(await payload.kv.get<StoredToken>(key))) await payload.kv.delete(key)
  }
  const token = randomBytes(32).toString('base64url')
  await payload.kv.set(keyFor(token), {
    expiresAt: new Date(Date.now() + LIFETIME_MS).toISOString(),
  } satisfies StoredToken)
  return token
}

/** Whether `token` would be accepted now (for the first-user screen; the endpoint claims it). */
export async function isSetupTokenLive(payload: Payload, token: string): Promise<boolean> {
  return isLive(await payload.kv.get<StoredToken>(keyFor(token)))
}

/*
 * Claims and clean-ups run in the request's own transaction: they commit with the new account,
 * or roll back with it (a form sent with a mistyped email does not burn the token). Payload's
 * kv API writes outside transactions, hence plain SQL.
 */

/**
 * Takes `token` for this request, exactly once: of two requests racing with the same token, the
 * second one's DELETE waits for the first's transaction and then finds nothing.
 */
export async function claimSetupToken(payload: Payload, token: string, req: PayloadRequest): Promise<boolean> {
  const db = await transactionOf(payload, req)
  const { rows } = await db.execute<{ data: StoredToken }>(
    sql`delete from payload_kv where key = ${keyFor(token)} returning data`,
  )
  return isLive(rows[0]?.data)
}

/** Ends every outstanding token: once an account exists they have nothing left to open. */
export async function forgetSetupTokens(payload: Payload, req: PayloadRequest): Promise<void> {
  const db = await transactionOf(payload, req)
  await db.execute(sql`delete from payload_kv where starts_with(key, ${KEY_PREFIX})`)
}
