import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { hasRole, ROLES } from '../access/roles'
import { invalidationHooks } from '../lib/cache/hooks'

/** The very first account (Payload's "create first user" screen) must be able to run the newsroom. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

const invalidation = invalidationHooks('users')

export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
  },
  access: {
    // Signed-in staff may see colleagues (bylines, review queues); only admins manage accounts.
    read: ({ req }) => hasRole(req.user, ...ROLES) || (req.user ? { id: { equals: req.user.id } } : false),
    create: ({ req }) => hasRole(req.user, 'admin'),
    update: ({ req }) => hasRole(req.user, 'admin') || (req.user ? { id: { equals: req.user.id } } : false),
    delete: ({ req }) => hasRole(req.user, 'admin'),
  },
  hooks: {
    ...invalidation,
    beforeChange: [firstUserIsAdmin, ...invalidation.beforeChange],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['writer'],
      options: ROLES.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      access: {
        // Nobody raises their own rank: only admins assign roles.
        create: ({ req }) => hasRole(req.user, 'admin'),
        update: ({ req }) => hasRole(req.user, 'admin'),
      },
      saveToJWT: true,
    },
  ],
}
