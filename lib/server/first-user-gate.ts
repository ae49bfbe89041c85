import { APIError, type CollectionAfterChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { setupTokenFrom } from '../http/setup-token-cookie'
import { isProduction } from './env'
import { claimSetupToken, forgetSetupTokens } from './setup-token'

/** What the first-user screen and endpoint tell everyone without the token. */
export const FIRST_ACCOUNT_REFUSAL =
  'This site has no account yet, and in production the first one is not open to whoever asks first. ' +
  'Whoever runs the server can create it: set ADMIN_EMAIL and ADMIN_PASSWORD and restart; run ' +
  '`npm run create-admin -- <email>` on the server; or use the one-time setup token the server printed ' +
  'to its log at start (open the link it gives, or send the token in the X-Setup-Token header).'

/** Named like Payload's own refusals, so its error log files it as they are: one info line, no stack. */
class FirstAccountClosed extends APIError {
  constructor() {
    super(FIRST_ACCOUNT_REFUSAL, 403, undefined, true)
    this.name = 'Forbidden'
  }
}

/**
 * Users collection, before a create: in production, while no account exists, an account made
 * over REST or GraphQL (Payload's first-register endpoint, which skips access control, among
 * them) needs a live setup token, and takes it. ADMIN_EMAIL and `npm run create-admin` use the
 * Local API and are not asked; development keeps Payload's open first-user screen.
 */
export const requireSetupTokenForFirstAccount: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || !isProduction() || req.payloadAPI === 'local') return args
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs > 0) return args
  const token = setupTokenFrom(req.headers)
  if (!token || !(await claimSetupToken(req.payload, token, req))) throw new FirstAccountClosed()
  return args
}

/** Users collection, after a create: whoever made it and however, setup tokens are done. */
export const forgetSetupTokensOnceAnAccountExists: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') await forgetSetupTokens(req.payload, req)
  return doc
}
