import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isStaff, publishedOrStaff } from '../access/roles'
import { slugField } from '../fields/slug'
import { invalidationHooks } from '../lib/cache/hooks'

/** The first publish stamps the publication time unless the editor set one. */
const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}

const invalidation = invalidationHooks('articles')

export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'publishedAt', 'updatedAt'],
  },
  access: {
    read: publishedOrStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  versions: {
    drafts: true,
    maxPerDoc: 50,
  },
  defaultSort: '-publishedAt',
  hooks: {
    ...invalidation,
    beforeChange: [stampPublishedAt, ...invalidation.beforeChange],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slugField('title'),
    {
      name: 'standfirst',
      type: 'textarea',
      maxLength: 400,
      admin: { description: 'One or two sentences under the headline; also the summary in feeds and search results.' },
    },
    { name: 'body', type: 'richText' },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set on first publish when left empty.',
      },
    },
  ],
}
