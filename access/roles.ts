import type { Access, PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'writer'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user']

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const userRoles: unknown = user && 'roles' in user ? user.roles : undefined
  return Array.isArray(userRoles) && userRoles.some((role) => roles.includes(role as Role))
}

/** Anyone signed in to the admin with a newsroom role. */
export const isStaff: Access = ({ req }) => hasRole(req.user, ...ROLES)

/** Staff see everything; everyone else sees published documents only. */
export const publishedOrStaff: Access = ({ req }) =>
  hasRole(req.user, ...ROLES) ? true : { _status: { equals: 'published' } }
