import type { CollectionAfterReadHook, CollectionBeforeChangeHook, CollectionConfig, FieldAccess } from 'payload'

import { PUBLIC_PROFILE_FIELDS } from '../access/reader-visibility'
import { hasRole, isAdmin, isStaffUser, staffOnlyField } from '../access/roles'
import { slugField } from '../fields/slug'
import { withCacheHooks } from '../lib/cache/hooks'
import { ACCOUNT_LOCK_MS, ACCOUNT_MAX_ATTEMPTS } from '../lib/http/login-limits'
import { isHttpsOrigin } from '../lib/http/strict-transport.mjs'
import { siteUrl } from '../lib/server/env'
import { refuseClientsThatKeepFailing } from '../lib/server/failed-logins'
import { forgetSetupTokensOnceAnAccountExists, requireSetupTokenForFirstAccount } from '../lib/server/first-user-gate'

/**
 * The very first account (Payload's "create first user" screen) must be able to run the
 * newsroom; in production only whoever runs the server gets to make it (first-user-gate.ts).
 */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

/**
 * A whitelist, not a blacklist: readers who are not staff get the public profile and nothing
 * else, including fields Payload adds to auth collections now or later (sessions, lock state).
 */
const onlyPublicProfile: CollectionAfterReadHook = ({ doc, req, overrideAccess }) => {
  if (overrideAccess || isStaffUser(req.user)) return doc
  return Object.fromEntries(PUBLIC_PROFILE_FIELDS.filter((field) => field in doc).map((field) => [field, doc[field]]))
}

const adminOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/**
 * Newsroom accounts. Readers see an author only as a public profile (name, slug, bio,
 * avatar); the email, roles and everything of the login stay with the staff.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    // A session cookie only the server reads, never sent with another site's requests, and
    // only over https when the site is served over https.
    cookies: { secure: isHttpsOrigin(siteUrl()), sameSite: 'Lax' },
    maxLoginAttempts: ACCOUNT_MAX_ATTEMPTS,
    lockTime: ACCOUNT_LOCK_MS,
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles'] },
  access: {
    read: () => true,
    create: isAdmin,
    update: ({ req }) => hasRole(req.user, 'admin') || (req.user ? { id: { equals: req.user.id } } : false),
    delete: isAdmin,
    admin: ({ req }) => isStaffUser(req.user),
  },
  hooks: withCacheHooks('users', {
    beforeOperation: [refuseClientsThatKeepFailing, requireSetupTokenForFirstAccount],
    beforeChange: [firstUserIsAdmin],
    afterChange: [forgetSetupTokensOnceAnAccountExists],
    afterRead: [onlyPublicProfile],
  }),
  fields: [
    // Overrides Payload's generated email field only to keep it from readers.
    { name: 'email', type: 'email', required: true, access: { read: staffOnlyField } },
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slugField('name'),
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['writer'],
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
        { label: 'Writer', value: 'writer' },
      ],
      // Nobody raises their own rank: only admins assign roles.
      access: { read: staffOnlyField, create: adminOnlyField, update: adminOnlyField },
      saveToJWT: true,
    },
    { name: 'bio', type: 'textarea', maxLength: 1000, admin: { description: 'Shown on your public author page.' } },
    { name: 'avatar', type: 'upload', relationTo: 'media' },
  ],
}
