import {
  slugField as payloadSlugField,
  type CollectionSlug,
  type Field,
  type FieldHook,
  type PayloadRequest,
  type RowField,
  type TextField,
} from 'payload'

import { slugify, validateSlug } from '../lib/slug'

async function slugTaken(req: PayloadRequest, collection: CollectionSlug, slug: string, id: unknown): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection,
    where: {
      and: [{ slug: { equals: slug } }, ...(id !== undefined && id !== null ? [{ id: { not_equals: id } }] : [])],
    },
    req,
  })
  return totalDocs > 0
}

/** Whether a save's slug is taken, from the lookup to `validate`: per request, gone with it. */
const lookups = new WeakMap<PayloadRequest, Map<string, boolean>>()
const lookupKey = (collection: string, slug: string) => `${collection}:${slug}`

/** A free slug made from `source`: "xi-putin-talks", else "xi-putin-talks-2", and so on. */
async function uniqueSlugFrom(
  req: PayloadRequest,
  collection: CollectionSlug,
  source: string,
  id: unknown,
): Promise<string> {
  const base = slugify(source)
  if (!base) return base
  for (let n = 1; n < 100; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await slugTaken(req, collection, candidate, id))) return candidate
  }
  return `${base}-${Date.now().toString(36)}`
}

/**
 * A unique, URL-safe slug made from `sourceField` when left empty, and editable.
 * Payload's slug field gives the admin its generate/lock control; we add our own
 * transliterating slugify (titles may be Cyrillic), a numbered suffix when a generated slug
 * is taken ("xi-putin-talks-2"), and validation with messages the admin and REST share.
 */
export function slugField(sourceField = 'title'): Field {
  const fillFromSource: FieldHook = async ({ value, siblingData, collection, req, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source: unknown = siblingData?.[sourceField]
    if (typeof source !== 'string' || source.trim() === '') return value
    return collection ? uniqueSlugFrom(req, collection.slug, source, originalDoc?.id) : slugify(source)
  }

  /**
   * Payload validates all fields at once, and its relationship checks query the database on
   * the save's transaction connection: a query of ours in `validate` would run beside them on
   * that one connection (pg's "client is already executing a query"). So a save looks the
   * slug up here, where nothing else queries, and `validate` reads the answer.
   */
  const fillAndLookUp: FieldHook = async (args) => {
    const slug: unknown = await fillFromSource(args)
    const { collection, req, originalDoc } = args
    if (collection && typeof slug === 'string' && validateSlug(slug) === true) {
      const taken = await slugTaken(req, collection.slug, slug, originalDoc?.id)
      lookups.set(req, (lookups.get(req) ?? new Map()).set(lookupKey(collection.slug, slug), taken))
    }
    return slug
  }

  return payloadSlugField({
    useAsSlug: sourceField,
    // Payload slugifies a slug the editor typed on create; it stays as typed, so that validation
    // says what is wrong with it instead of storing something the editor did not write.
    slugify: ({ valueToSlugify, data }) =>
      typeof valueToSlugify !== 'string'
        ? undefined
        : valueToSlugify === data?.slug
          ? valueToSlugify.trim()
          : slugify(valueToSlugify),
    overrides: (row: RowField) => ({
      ...row,
      fields: row.fields.map((field) =>
        'name' in field && field.name === 'slug'
          ? ({
              ...(field as TextField),
              required: false,
              validate: async (
                value: unknown,
                {
                  req,
                  collectionSlug,
                  id,
                  previousValue,
                }: { req: PayloadRequest; collectionSlug?: string; id?: number | string; previousValue?: unknown },
              ) => {
                const problem = validateSlug(value)
                if (problem !== true) return problem
                // A document keeping its own slug: it was checked when it was given.
                if (!collectionSlug || typeof value !== 'string' || !req?.payload || value === previousValue)
                  return true
                // The admin's form state validates without a save, so without the lookup above.
                const looked = lookups.get(req)?.get(lookupKey(collectionSlug, value))
                if (
                  typeof looked === 'boolean'
                    ? looked
                    : await slugTaken(req, collectionSlug as CollectionSlug, value, id)
                ) {
                  return `Another document already uses the slug "${value}": choose a different one.`
                }
                return true
              },
              // A duplicate gets a fresh slug from its title (with a suffix) instead of a clash.
              // Filled again before the save: autosave can leave Payload's own generation
              // with no slug, and a draft needs an address to be previewed at.
              hooks: { beforeValidate: [fillAndLookUp], beforeChange: [fillFromSource], beforeDuplicate: [() => null] },
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
