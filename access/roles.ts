import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { PUBLISHED } from './reader-visibility'

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

/** Anyone signed in to the admin with a newsroom role: staff read drafts, previews and private fields. */
export function isStaffUser(user: MaybeUser): boolean {
  return hasRole(user, ...ROLES)
}

export const isStaff: Access = ({ req }) => isStaffUser(req.user)

export const isEditor: Access = ({ req }) => canPublish(req.user)

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** Field-level: only staff read it (internal workflow fields, private profile fields). */
export const staffOnlyField: FieldAccess = ({ req }) => isStaffUser(req.user)

/** Staff see everything; everyone else sees published documents only. */
export const publishedOrStaff: Access = ({ req }) => (isStaffUser(req.user) ? true : PUBLISHED)
