import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import {
  CREATE_FIRST_USER_PATH,
  FIRST_REGISTER_PATH,
  SETUP_TOKEN_HEADER,
  SETUP_TOKEN_LIFETIME_SECONDS,
} from '../http/setup-token-cookie'
import { adminCredentials, embeddedDataDir, isProduction, siteUrl } from './env'
import { issueSetupToken } from './setup-token'

const DEMO_EDITOR_EMAIL = 'editor@summitwire.localhost'
const demoLoginFile = () => path.join(embeddedDataDir(), 'demo-editor.json')

/**
 * Makes sure somebody can sign in:
 * - ADMIN_EMAIL and ADMIN_PASSWORD create the first admin when there is no user;
 * - in development without them, a demo editor with a random password is created and its
 *   login printed at every start;
 * - production never invents credentials: with no user it prints a one-time setup token to the
 *   log, so whoever reads the log (and nobody else) can create the first admin from the web.
 */
export async function ensureFirstUser(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  const { email, password } = adminCredentials()

  if (totalDocs === 0 && email && password) {
    await payload.create({ collection: 'users', data: { email, password, name: 'Administrator', roles: ['admin'] } })
    payload.logger.info(`Created the first admin, ${email}, from ADMIN_EMAIL.`)
    return
  }
  if (isProduction()) {
    if (totalDocs > 0) return
    if (email && !password)
      payload.logger.warn('ADMIN_EMAIL is set without ADMIN_PASSWORD: no admin was created from it.')
    printSetupToken(await issueSetupToken(payload))
    return
  }
  if (totalDocs === 0) {
    const login = { email: DEMO_EDITOR_EMAIL, password: randomBytes(9).toString('base64url') }
    await payload.create({ collection: 'users', data: { ...login, name: 'Demo Editor', roles: ['editor'] } })
    await fs.mkdir(path.dirname(demoLoginFile()), { recursive: true })
    await fs.writeFile(demoLoginFile(), JSON.stringify(login), { mode: 0o600 })
  }
  await printDemoLogin(payload)
}

function printSetupToken(token: string): void {
  console.log(
    [
      '',
      `  No account yet. To create the first admin, open this link within ${SETUP_TOKEN_LIFETIME_SECONDS / 3600} hours (it works once):`,
      `    ${siteUrl()}${CREATE_FIRST_USER_PATH}?token=${token}`,
      `  or send the token as the ${SETUP_TOKEN_HEADER} header with POST ${FIRST_REGISTER_PATH}.`,
      '  Otherwise set ADMIN_EMAIL and ADMIN_PASSWORD and restart, or run `npm run create-admin -- <email>` on the server.',
      '',
    ].join('\n'),
  )
}

async function printDemoLogin(payload: Payload): Promise<void> {
  const saved = await fs.readFile(demoLoginFile(), 'utf8').catch(() => null)
  if (!saved) return
  const login = JSON.parse(saved) as { email: string; password: string }
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: login.email } } })
  if (totalDocs === 0) return
  console.log(
    `\n  Demo editor login for ${siteUrl()}/admin\n    email:    ${login.email}\n    password: ${login.password}\n`,
  )
}
