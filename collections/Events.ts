import type { CollectionConfig } from 'payload'

import { editorDraftsAccess } from '../access/content'
import { ownershipFields, previousSlugsField, rememberPreviousSlug, stampOwnership } from '../fields/editorial'
import { slugField } from '../fields/slug'
import { withCacheHooks } from '../lib/cache/hooks'
import { previewUrl } from '../lib/preview-links'

export const EVENT_KINDS = [
  { label: 'Summit', value: 'summit' },
  { label: 'State visit', value: 'state-visit' },
  { label: 'Forum', value: 'forum' },
  { label: 'Call', value: 'call' },
]

/** An end date, when given, may not come before the start. */
export function validateEndDate(value: unknown, startDate: unknown): string | true {
  if (!value || !startDate) return true
  const end = Date.parse(String(value))
  const start = Date.parse(String(startDate))
  if (Number.isNaN(end)) return 'Enter a valid end date.'
  return end < start ? 'The end date cannot be before the start date.' : true
}

/** Summits, state visits, forums and calls: what statements and coverage hang on. */
export const Events: CollectionConfig = {
  slug: 'events',
  admin: {
    preview: (doc) => (typeof doc.id === 'number' ? previewUrl('events', doc.id) : null),
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'startDate', '_status'],
    listSearchableFields: ['name'],
  },
  access: editorDraftsAccess,
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 0 },
  defaultSort: '-startDate',
  hooks: withCacheHooks('events', { beforeChange: [stampOwnership, rememberPreviousSlug] }),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    slugField('name'),
    { name: 'kind', type: 'select', required: true, defaultValue: 'summit', options: EVENT_KINDS },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'endDate',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' } },
          validate: (value: unknown, { siblingData }: { siblingData: { startDate?: unknown } }) =>
            validateEndDate(value, siblingData.startDate),
        },
      ],
    },
    {
      name: 'location',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'city', type: 'text', maxLength: 100 },
            { name: 'country', type: 'text', maxLength: 100 },
          ],
        },
      ],
    },
    { name: 'participants', type: 'relationship', relationTo: 'people', hasMany: true },
    { name: 'summary', type: 'textarea', maxLength: 2000 },
    { name: 'outcomes', type: 'array', fields: [{ name: 'text', type: 'textarea', required: true, maxLength: 1000 }] },
    { name: 'articles', type: 'join', collection: 'articles', on: 'event', defaultSort: '-publishedAt' },
    { name: 'statements', type: 'join', collection: 'statements', on: 'event', defaultSort: 'date' },
    ...ownershipFields(),
    previousSlugsField(),
  ],
}
