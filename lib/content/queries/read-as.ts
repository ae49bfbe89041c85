import type { Where } from 'payload'

import type { User } from '../../../payload-types'

/**
 * Who a query reads as. Readers see published documents only. A signed-in editor in draft
 * mode previews the latest version, draft or not, with their own access rules applied.
 */
export type ReadAs = { kind: 'reader' } | { kind: 'preview'; user: User }

export const AS_PUBLIC_READER: ReadAs = { kind: 'reader' }

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** The Local API options for a read. */
export function readOptions(as: ReadAs) {
  return as.kind === 'reader' ? ({ overrideAccess: false, draft: false } as const) : { overrideAccess: false, draft: true, user: { ...as.user, collection: 'users' as const } }
}

/** `where` with the published filter added for readers (belt and braces with access rules, payload#14750). */
export function visibleTo(as: ReadAs, where: Where): Where {
  return as.kind === 'reader' ? { and: [where, PUBLISHED] } : where
}
