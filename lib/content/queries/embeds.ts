import type { Payload } from 'payload'

import { embeddedIds } from '../../rich-text/embedded-ids'
import type { EmbedResolver } from '../../rich-text/html'
import { findEmbeds, namedEmbeds } from './article-page'
import { findReferences } from './references'

/**
 * The body HTML renderer's view of the documents `bodies` embed, loaded up front straight from
 * the database (inside a cached read): one query per embedded kind and one for the speakers'
 * names, however many bodies and embeds (no N+1 across a feed's fifty stories).
 */
export async function queryEmbedResolver(payload: Payload, bodies: unknown[]): Promise<EmbedResolver> {
  const wanted = bodies.map(embeddedIds)
  const request = {
    statements: [...new Set(wanted.flatMap((ids) => ids.statements))],
    images: [...new Set(wanted.flatMap((ids) => ids.images))],
    indicators: [...new Set(wanted.flatMap((ids) => ids.indicators))],
  }
  const loaded = await findEmbeds(payload, request)
  const speakers = [...new Set(loaded.statements.flatMap((statement) => (statement.speaker ? [statement.speaker] : [])))]
  const { people } = await findReferences(payload, { people: speakers })
  const embeds = namedEmbeds(loaded, people)
  const byId = <T extends { id: number }>(list: T[]) => new Map(list.map((item) => [item.id, item]))
  const [statements, images, indicators] = [byId(embeds.statements), byId(embeds.images), byId(embeds.indicators)]
  return {
    statement: async (id) => statements.get(id) ?? null,
    image: async (id) => images.get(id) ?? null,
    indicator: async (id) => indicators.get(id) ?? null,
  }
}
