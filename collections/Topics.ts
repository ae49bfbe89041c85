import type { CollectionConfig } from 'payload'

import { referenceAccess } from '../access/content'
import { previousSlugsField, rememberPreviousSlug } from '../fields/editorial'
import { slugField } from '../fields/slug'
import { withCacheHooks } from '../lib/cache/hooks'

export const Topics: CollectionConfig = {
  slug: 'topics',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'updatedAt'],
    listSearchableFields: ['name', 'slug', 'description'],
  },
  access: referenceAccess,
  hooks: withCacheHooks('topics', { beforeChange: [rememberPreviousSlug] }),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    slugField('name'),
    { name: 'description', type: 'textarea', maxLength: 500 },
    previousSlugsField(),
  ],
}
