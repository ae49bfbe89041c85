import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import { unique } from './payload'

export type Role = 'anonymous' | 'writer' | 'editor' | 'admin'

export interface Actor {
  role: Role
  /** The signed-in user as Payload's Local API expects it (`user` with its collection). */
  user?: User & { collection: 'users' }
  /** JWT for `Authorization: JWT …` over REST and GraphQL. */
  token?: string
}

/** A fresh signed-in account with one role, or the anonymous visitor. */
export async function makeActor(payload: Payload, role: Role): Promise<Actor> {
  if (role === 'anonymous') return { role }
  // The first account ever made becomes an admin (collections/Users.ts); make it a bystander.
  if ((await payload.count({ collection: 'users' })).totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { email: 'first@test.localhost', password: unique('pw'), name: 'First admin', roles: ['admin'] },
    })
  }
  const email = `${unique(role)}@test.localhost`
  const password = unique('pw')
  await payload.create({ collection: 'users', data: { email, password, name: `Test ${role}`, roles: [role] } })
  const { token, user } = await payload.login({ collection: 'users', data: { email, password } })
  return { role, user: { ...(user as User), collection: 'users' }, token }
}
