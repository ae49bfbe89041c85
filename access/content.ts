import { Forbidden, type CollectionBeforeChangeHook, type CollectionConfig, type Where } from 'payload'

import { canPublish, hasRole, isEditor, isStaff, publishedOrStaff } from './roles'

const wantsToPublish = (data: unknown) => (data as { _status?: unknown } | undefined)?._status === 'published'

/** A writer's own documents that are not live: the only ones a writer may change or delete. */
const ownUnpublished = (userId: number | string): Where => ({
  and: [{ createdBy: { equals: userId } }, { _status: { not_equals: 'published' } }],
})

/**
 * Articles and statements: writers draft their own, editors and admins do everything.
 * Publishing is refused to writers by every route Payload offers: `_status` in a create or
 * update (Payload also asks `update` with `_status: published` to decide whether to show the
 * Publish button), a PATCH of a live document (they cannot update live documents at all),
 * restoring a published version (restore asks `update` with that version's `_status`),
 * duplicating (a create) and bulk updates (the same `where` applies to every document).
 */
export const writerDraftsAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: ({ req, data }) => canPublish(req.user) || (hasRole(req.user, 'writer') && !wantsToPublish(data)),
  update: ({ req, data }) => {
    if (canPublish(req.user)) return true
    if (!hasRole(req.user, 'writer') || wantsToPublish(data)) return false
    return ownUnpublished(req.user!.id)
  },
  delete: ({ req }) => {
    if (canPublish(req.user)) return true
    return hasRole(req.user, 'writer') ? ownUnpublished(req.user!.id) : false
  },
}

/** Collections with drafts that only editors and admins change (summit events). */
export const editorDraftsAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
}

/** Reference collections without drafts (people, topics, indicators): public, editors change them. */
export const referenceAccess: CollectionConfig['access'] = {
  read: () => true,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
}

/**
 * The same rule once more where every write passes, whatever the access result said: a
 * signed-in user who may not publish never stores a published document.
 */
export const refuseUnauthorisedPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && !canPublish(req.user) && wantsToPublish(data)) throw new Forbidden(req.t)
  return data
}
