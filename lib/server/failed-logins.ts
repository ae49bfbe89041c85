import { APIError, type AfterErrorHook, type CollectionBeforeOperationHook } from 'payload'

import { clientKey } from '../http/client-rate-limit'
import { LOGIN_ATTEMPTS_PER_CLIENT, LOGIN_WINDOW_MS } from '../http/login-limits'
import { clientLimit, type ClientLimit } from './client-limits'

/**
 * Failed sign-ins per client. Only failures count, so a newsroom signing in from one office
 * address is never slowed; a client that keeps guessing is refused (429) before its guesses
 * could lock the account (see login-limits.ts). Counted across nodes in Redis when there is one
 * (client-limits.ts). One limit per process: the REST and GraphQL routes are separate bundles,
 * so it lives on globalThis.
 */
const KEY = Symbol.for('summit-wire.failed-logins')
const store = globalThis as typeof globalThis & { [KEY]?: ClientLimit }
const failedLogins = (store[KEY] ??= clientLimit('failed-logins', LOGIN_ATTEMPTS_PER_CLIENT, LOGIN_WINDOW_MS))

/** Users collection, before a login: a client over its allowance of failures waits. */
export const refuseClientsThatKeepFailing: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const wait = await failedLogins.blocked(clientKey(req.headers))
  if (wait !== null) {
    throw new APIError(
      `Too many failed sign-ins from this address. Try again in ${Math.ceil(wait / 60)} minute(s).`,
      429,
      { retryAfterSeconds: wait },
      true,
    )
  }
  return args
}

/**
 * Global afterError: counts a failed sign-in (401, Payload's AuthenticationError; recognised by
 * status and route because production builds minify class names) against its client.
 */
export const countFailedLogins: AfterErrorHook = async ({ error, req }) => {
  const status: unknown =
    'status' in error ? error.status : (error as { originalError?: { status?: unknown } }).originalError?.status
  const path = req?.url ? new URL(req.url).pathname : ''
  if (status === 401 && (path.endsWith('/users/login') || path.endsWith('/graphql')))
    await failedLogins.take(clientKey(req.headers))
}
