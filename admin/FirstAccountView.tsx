import { CreateFirstUserView } from '@payloadcms/next/views'
import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import { CREATE_FIRST_USER_PATH, SETUP_TOKEN_COOKIE } from '../lib/http/setup-token-cookie'
import { isProduction } from '../lib/server/env'
import { isSetupTokenLive } from '../lib/server/setup-token'

/**
 * Payload's create-first-user screen (admin.components.views.createFirstUser). In production
 * the form is shown only to a browser holding a live setup token (proxy.ts moved it from the
 * link into a cookie); everyone else reads how the first account is made. Development keeps
 * Payload's screen as it is.
 */
export async function FirstAccountView(props: AdminViewServerProps): Promise<React.ReactElement> {
  if (!isProduction()) return <CreateFirstUserView {...props} />
  const { cookies, req } = props.initPageResult
  const token = cookies.get(SETUP_TOKEN_COOKIE)
  if (token && (await isSetupTokenLive(req.payload, token))) return <CreateFirstUserView {...props} />

  return (
    <div className="first-account-closed">
      <h1>This site has no account yet</h1>
      {token ? (
        <p role="alert">
          The setup token this browser holds is not valid: it was mistyped, has expired, or was already used. Restarting
          the server prints a new one.
        </p>
      ) : null}
      <p>
        In production the first account cannot be created here by whoever comes first. Whoever runs the server can
        create it in one of three ways:
      </p>
      <ul>
        <li>
          Set <code>ADMIN_EMAIL</code> and <code>ADMIN_PASSWORD</code> in the server&apos;s environment and restart it.
        </li>
        <li>
          Run <code>npm run create-admin -- you@example.com</code> on the server.
        </li>
        <li>
          Open the link with the one-time setup token that the server printed to its log when it started (
          <code>{CREATE_FIRST_USER_PATH}?token=…</code>).
        </li>
      </ul>
    </div>
  )
}
