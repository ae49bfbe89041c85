import type { CollectionBeforeChangeHook, Field } from 'payload'

import { staffOnlyField } from '../access/roles'

const byline = (name: string, description: string): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  admin: { readOnly: true, position: 'sidebar', description },
  access: { read: staffOnlyField },
})

/** Who made, last changed and published a document: shown to staff, never to readers. */
export function ownershipFields(): Field[] {
  return [
    byline('createdBy', 'Set when the document is created.'),
    byline('lastEditedBy', 'Set on every save.'),
    byline('publishedBy', 'Set when the document is published.'),
  ]
}

/**
 * Stamps the ownership fields from the signed-in user. Whatever a client sends for them is
 * ignored: createdBy never changes after creation.
 */
export const stampOwnership: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const userId = req.user?.id
  const stamped = { ...data }
  stamped.createdBy = operation === 'create' ? (userId ?? data.createdBy ?? null) : (originalDoc?.createdBy ?? null)
  if (userId !== undefined) stamped.lastEditedBy = userId
  else if (operation === 'update') stamped.lastEditedBy = originalDoc?.lastEditedBy ?? null
  const publishing = data._status === 'published' && (operation === 'create' || originalDoc?._status !== 'published')
  if (publishing && userId !== undefined) stamped.publishedBy = userId
  else if (operation === 'update') stamped.publishedBy = originalDoc?.publishedBy ?? null
  else if (userId !== undefined) stamped.publishedBy = null
  return stamped
}

/** The first publish stamps the publication time unless the editor set one. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) =>
  data._status === 'published' && !data.publishedAt ? { ...data, publishedAt: new Date().toISOString() } : data

/** Old slugs of a document, kept so that old URLs can redirect. */
export function previousSlugsField(): Field {
  return {
    name: 'previousSlugs',
    type: 'array',
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: 'Earlier URLs of this page; they redirect here.',
      initCollapsed: true,
    },
    access: { read: staffOnlyField },
    hooks: { beforeDuplicate: [() => []] },
    fields: [{ name: 'slug', type: 'text', required: true }],
  }
}

/** Remembers the slug a document had whenever a save changes it. */
export const rememberPreviousSlug: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  const before: unknown = originalDoc?.slug
  if (operation !== 'update' || typeof before !== 'string' || !data.slug || data.slug === before) return data
  const kept = ((originalDoc?.previousSlugs ?? []) as { slug: string }[]).filter((entry) => entry.slug !== data.slug)
  return kept.some((entry) => entry.slug === before)
    ? { ...data, previousSlugs: kept }
    : { ...data, previousSlugs: [...kept, { slug: before }] }
}
