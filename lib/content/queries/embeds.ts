import type { Payload } from 'payload'

import type { EmbedResolver } from '../../rich-text/html'
import { findStatement } from './events'
import { findIndicator } from './indicators'
import { findImage } from './media'
import { findReferences } from './references'

/** The body HTML renderer's view of embedded documents, straight from the database (inside a cached read). */
export function queryEmbedResolver(payload: Payload): EmbedResolver {
  return {
    statement: async (id) => {
      const statement = await findStatement(payload, id)
      if (!statement) return null
      const { people } = await findReferences(payload, { people: statement.speaker ? [statement.speaker] : [] })
      return { ...statement, speakerRef: people[0] ?? null }
    },
    image: (id) => findImage(payload, id),
    indicator: (id) => findIndicator(payload, id),
  }
}
