import type { Access, FieldAccess, PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'writer'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user']

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const userRoles: unknown = user && 'roles' in user ? user.roles : undefined
  return Array.isArray(userRoles) && userRoles.some((role) => roles.includes(role as Role))
}

/** Editors and admins run the newsroom's content: they publish. */
export function canPublish(user: MaybeUser): boolean {
  return hasRole(user, 'editor', 'admin')
}

/** Anyone signed in to the admin with a newsroom role. */
export const isStaff: Access = ({ req }) => hasRole(req.user, ...ROLES)

export const isEditor: Access = ({ req }) => canPublish(req.user)

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** Field-level: only staff read it (internal workflow fields, private profile fields). */
export const staffOnlyField: FieldAccess = ({ req }) => hasRole(req.user, ...ROLES)

/** Staff see everything; everyone else sees published documents only. */
export const publishedOrStaff: Access = ({ req }) =>
  hasRole(req.user, ...ROLES) ? true : { _status: { equals: 'published' } }
