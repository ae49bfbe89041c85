import type { CollectionConfig } from 'payload'

import { referenceAccess } from '../access/content'
import { slugField } from '../fields/slug'
import { httpUrlField } from '../fields/url'
import { withCacheHooks } from '../lib/cache/hooks'

/** A named data series (e.g. Russia–China trade turnover, USD bn, by year) that charts draw. */
export const Indicators: CollectionConfig = {
  slug: 'indicators',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'unit', 'source', 'updatedAt'],
    listSearchableFields: ['name', 'source'],
  },
  access: referenceAccess,
  hooks: withCacheHooks('indicators'),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    slugField('name'),
    { name: 'unit', type: 'text', required: true, maxLength: 40, admin: { description: 'e.g. "USD bn".' } },
    { type: 'row', fields: [{ name: 'source', type: 'text', maxLength: 200 }, httpUrlField('sourceUrl')] },
    {
      name: 'points',
      type: 'array',
      minRows: 1,
      required: true,
      admin: { description: 'One value per period, oldest first.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'period', type: 'text', required: true, maxLength: 20 },
            { name: 'value', type: 'number', required: true },
            { name: 'note', type: 'text', maxLength: 200 },
          ],
        },
      ],
    },
    {
      name: 'target',
      type: 'group',
      admin: { description: 'An optional target line, e.g. 200 (bn) by 2024.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number' },
            { name: 'label', type: 'text', maxLength: 120 },
          ],
        },
      ],
    },
  ],
}
