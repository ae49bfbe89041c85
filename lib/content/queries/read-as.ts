import type { Where } from 'payload'

import { PUBLISHED } from '../../../access/reader-visibility'
import type { User } from '../../../payload-types'

/**
 * Who a query reads as. Readers see published documents only. A signed-in editor in draft
 * mode previews the latest version, draft or not, with their own access rules applied.
 */
export type ReadAs = { kind: 'reader' } | { kind: 'preview'; user: User }

export const AS_PUBLIC_READER: ReadAs = { kind: 'reader' }

/** The Local API options of every reader's read: the reader's access rules, the published version, ids for relations. */
export const AS_READER = { overrideAccess: false, draft: false, depth: 0 } as const

/** The Local API options for a read as `as`. */
export function readOptions(as: ReadAs) {
  return as.kind === 'reader'
    ? AS_READER
    : ({ overrideAccess: false, draft: true, depth: 0, user: { ...as.user, collection: 'users' as const } } as const)
}

/**
 * `where` with the published rule added: belt and braces with the access rules, which can
 * still return a never-published draft with `draft: false` (payload#14750).
 */
export function published(where?: Where): Where {
  return where ? { and: [where, PUBLISHED] } : PUBLISHED
}

/** `where` as `as` may see it: published only for readers, as it is for a preview. */
export function visibleTo(as: ReadAs, where: Where): Where {
  return as.kind === 'reader' ? published(where) : where
}
