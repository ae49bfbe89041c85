import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { refuseUnauthorisedPublish, writerDraftsAccess } from '../access/content'
import { ownershipFields, stampOwnership } from '../fields/editorial'
import { httpUrlField } from '../fields/url'
import { withCacheHooks } from '../lib/cache/hooks'
import { previewUrl } from '../lib/preview-links'

const LABEL_QUOTE_LENGTH = 90

/** The admin's title for a statement: "Xi Jinping: bilateral trade has reached record…". */
const labelFromSpeakerAndQuote: CollectionBeforeChangeHook = async ({ data, req }) => {
  const speakerId: unknown = typeof data.speaker === 'object' && data.speaker ? data.speaker.id : data.speaker
  let speaker = 'Unknown speaker'
  if (typeof speakerId === 'number' || typeof speakerId === 'string') {
    const person = await req.payload.findByID({
      collection: 'people',
      id: speakerId,
      depth: 0,
      req,
      disableErrors: true,
      select: { name: true },
    })
    if (person?.name) speaker = person.name
  }
  const quote = String(data.quote ?? '')
    .replace(/\s+/g, ' ')
    .trim()
  const short =
    quote.length > LABEL_QUOTE_LENGTH ? `${quote.slice(0, LABEL_QUOTE_LENGTH).replace(/\s+\S*$/, '')}…` : quote
  return { ...data, label: `${speaker}: ${short}` }
}

/** What an official said, when and where: each has its own permalink page. */
export const Statements: CollectionConfig = {
  slug: 'statements',
  admin: {
    preview: (doc) => (typeof doc.id === 'number' ? previewUrl('statements', doc.id) : null),
    useAsTitle: 'label',
    defaultColumns: ['label', 'date', 'paraphrase', '_status'],
    listSearchableFields: ['label', 'quote'],
    description: 'Verbatim quotes, or paraphrases of what a report says was said — never an invented quote.',
  },
  access: writerDraftsAccess,
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 0 },
  defaultSort: '-date',
  hooks: withCacheHooks('statements', {
    beforeChange: [refuseUnauthorisedPublish, stampOwnership, labelFromSpeakerAndQuote],
  }),
  fields: [
    { name: 'label', type: 'text', admin: { hidden: true }, maxLength: 300 },
    {
      name: 'speaker',
      type: 'relationship',
      relationTo: 'people',
      validate: (value: unknown) => (value ? true : 'A statement needs a speaker: choose the person who said it.'),
    },
    {
      name: 'quote',
      type: 'textarea',
      maxLength: 3000,
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim() !== '' ? true : 'A statement needs a quote: enter the words said.',
    },
    {
      name: 'paraphrase',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description: 'Tick when these are a report’s words, not a verbatim quote. Shown to readers as a paraphrase.',
      },
    },
    {
      name: 'originalText',
      type: 'textarea',
      maxLength: 3000,
      admin: { description: 'The words in the original language, if any.' },
    },
    { name: 'context', type: 'textarea', maxLength: 2000 },
    { name: 'date', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'event', type: 'relationship', relationTo: 'events' },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
    { type: 'row', fields: [{ name: 'sourceOutlet', type: 'text', maxLength: 120 }, httpUrlField('sourceUrl')] },
    ...ownershipFields(),
  ],
}
