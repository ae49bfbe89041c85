import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { refuseUnauthorisedPublish, writerDraftsAccess } from '../access/content'
import { staffOnlyField } from '../access/roles'
import {
  ownershipFields,
  previousSlugsField,
  rememberPreviousSlug,
  stampOwnership,
  stampPublishedAt,
} from '../fields/editorial'
import { richTextField } from '../fields/rich-text'
import { slugField } from '../fields/slug'
import { httpUrlField } from '../fields/url'
import { withCacheHooks } from '../lib/cache/hooks'
import { previewUrl } from '../lib/preview-links'

/**
 * `modifiedAt` is the editorial "Updated" time: a new correction or an editor's
 * "significant update" tick moves it to now; routine saves (typos, tags) do not. A save that
 * names its own time (an import or the demo newsroom loading past stories and their dated
 * corrections) keeps it, so history does not read as updated today.
 */
const stampModifiedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const corrections = (data.corrections ?? []) as unknown[]
  const before = (originalDoc?.corrections ?? []) as unknown[]
  const significant = data.significantUpdate === true || corrections.length > before.length
  const given = typeof data.modifiedAt === 'string' && data.modifiedAt !== (originalDoc?.modifiedAt ?? null)
  const rest = { ...data }
  delete rest.significantUpdate
  return significant && !given ? { ...rest, modifiedAt: new Date().toISOString() } : rest
}

/** The writer who creates an article is its author unless authors were chosen. */
const defaultAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' && (!Array.isArray(data.authors) || data.authors.length === 0) && req.user
    ? { ...data, authors: [req.user.id] }
    : data

export const REVIEW_STATES = [
  { label: 'Being written', value: 'writing' },
  { label: 'Ready for review', value: 'ready-for-review' },
  { label: 'Changes requested', value: 'changes-requested' },
  { label: 'Approved', value: 'approved' },
]

export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: {
    preview: (doc) => (typeof doc.id === 'number' ? previewUrl('articles', doc.id) : null),
    useAsTitle: 'title',
    defaultColumns: ['title', '_status', 'reviewState', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'standfirst', 'slug'],
  },
  access: writerDraftsAccess,
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 0 },
  defaultSort: '-publishedAt',
  hooks: withCacheHooks('articles', {
    beforeChange: [
      refuseUnauthorisedPublish,
      stampOwnership,
      defaultAuthor,
      stampPublishedAt,
      stampModifiedAt,
      rememberPreviousSlug,
    ],
  }),
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slugField('title'),
    {
      name: 'standfirst',
      type: 'textarea',
      maxLength: 400,
      admin: { description: 'One or two sentences under the headline; also the summary in feeds and search results.' },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    richTextField('body'),
    {
      type: 'row',
      fields: [
        { name: 'authors', type: 'relationship', relationTo: 'users', hasMany: true },
        {
          name: 'dateline',
          type: 'text',
          maxLength: 80,
          admin: { description: 'Where it was reported from, e.g. "MOSCOW".' },
        },
      ],
    },
    { name: 'event', type: 'relationship', relationTo: 'events', admin: { position: 'sidebar' } },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'people', type: 'relationship', relationTo: 'people', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'statements', type: 'relationship', relationTo: 'statements', hasMany: true },
    {
      name: 'relatedArticles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      admin: { description: 'Curated further reading, shown before automatic suggestions.' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'externalCoverage',
      type: 'array',
      admin: { description: 'Other outlets’ reports on the same story.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'outlet', type: 'text', required: true, maxLength: 120 },
            { name: 'publishedAt', type: 'date' },
          ],
        },
        { name: 'title', type: 'text', required: true, maxLength: 300 },
        httpUrlField('url', { required: true }),
      ],
    },
    {
      name: 'corrections',
      type: 'array',
      admin: { description: 'Appending a correction marks the article as updated.' },
      fields: [
        { name: 'date', type: 'date', required: true, defaultValue: () => new Date().toISOString() },
        { name: 'text', type: 'textarea', required: true, maxLength: 1000 },
      ],
    },
    {
      name: 'seo',
      type: 'group',
      label: 'SEO',
      fields: [
        {
          name: 'title',
          type: 'text',
          maxLength: 70,
          admin: { description: 'Search-result title, when it should differ from the headline.' },
        },
        {
          name: 'description',
          type: 'textarea',
          maxLength: 200,
          admin: { description: 'Search-result summary; the standfirst when empty.' },
        },
      ],
    },
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
    {
      name: 'modifiedAt',
      type: 'date',
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: 'The "Updated" time readers see.',
      },
    },
    {
      name: 'significantUpdate',
      type: 'checkbox',
      virtual: true,
      admin: {
        position: 'sidebar',
        description: 'Tick when this save changes the story: readers will see it as updated.',
      },
    },
    {
      name: 'reviewState',
      type: 'select',
      defaultValue: 'writing',
      options: REVIEW_STATES,
      admin: { position: 'sidebar' },
      access: { read: staffOnlyField },
    },
    ...ownershipFields(),
    previousSlugsField(),
  ],
}
