import type { CollectionConfig } from 'payload'

import { referenceAccess } from '../access/content'
import { previousSlugsField, rememberPreviousSlug } from '../fields/editorial'
import { slugField } from '../fields/slug'
import { invalidationHooks } from '../lib/cache/hooks'

const invalidation = invalidationHooks('topics')

export const Topics: CollectionConfig = {
  slug: 'topics',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'updatedAt'], listSearchableFields: ['name', 'slug', 'description'] },
  access: referenceAccess,
  hooks: { ...invalidation, beforeChange: [rememberPreviousSlug, ...invalidation.beforeChange] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    slugField('name'),
    { name: 'description', type: 'textarea', maxLength: 500 },
    previousSlugsField(),
  ],
}
