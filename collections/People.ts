import type { CollectionConfig } from 'payload'

import { referenceAccess } from '../access/content'
import { previousSlugsField, rememberPreviousSlug } from '../fields/editorial'
import { slugField } from '../fields/slug'
import { withCacheHooks } from '../lib/cache/hooks'

/** Officials and other people the desk covers: speakers of statements, people in stories. */
export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: 'Person', plural: 'People' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'country'],
    listSearchableFields: ['name', 'role', 'country'],
  },
  access: referenceAccess,
  hooks: withCacheHooks('people', { beforeChange: [rememberPreviousSlug] }),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slugField('name'),
    {
      name: 'role',
      type: 'text',
      maxLength: 200,
      admin: { description: 'Their office, e.g. "President of the Russian Federation".' },
    },
    { name: 'country', type: 'text', maxLength: 80 },
    { name: 'portrait', type: 'upload', relationTo: 'media' },
    { name: 'bio', type: 'textarea', maxLength: 2000 },
    { name: 'statements', type: 'join', collection: 'statements', on: 'speaker', defaultSort: '-date' },
    { name: 'coverage', type: 'join', collection: 'articles', on: 'people', defaultSort: '-publishedAt' },
    previousSlugsField(),
  ],
}
