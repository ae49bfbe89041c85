import { slugField as payloadSlugField, type Field, type FieldHook, type RowField, type TextField } from 'payload'

import { slugify, validateSlug } from '../lib/slug'

/**
 * A unique, URL-safe slug made from `sourceField` when left empty, and editable.
 * Payload's slug field gives the admin its generate/lock control; we add our own
 * transliterating slugify (titles may be Cyrillic) and strict validation so that the REST
 * API and the admin give the same clear message.
 */
export function slugField(sourceField = 'title'): Field {
  const fillFromSource: FieldHook = ({ value, siblingData }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source: unknown = siblingData?.[sourceField]
    return typeof source === 'string' && source.trim() !== '' ? slugify(source) : value
  }

  return payloadSlugField({
    useAsSlug: sourceField,
    slugify: ({ valueToSlugify }) => (typeof valueToSlugify === 'string' ? slugify(valueToSlugify) : undefined),
    overrides: (row: RowField) => ({
      ...row,
      fields: row.fields.map((field) =>
        'name' in field && field.name === 'slug'
          ? ({
              ...(field as TextField),
              required: false,
              validate: (value: unknown) => validateSlug(value),
              hooks: { beforeValidate: [fillFromSource] },
              admin: {
                ...(field as TextField).admin,
                description: 'The last part of the URL. Made from the title when left empty.',
              },
            } satisfies TextField)
          : field,
      ),
    }),
  })
}
