import type { Payload } from 'payload'

import { embeddedIds } from '../../rich-text/embedded-ids'
import type { ArticleEmbeds } from '../views'
import { findEmbeds, namedEmbeds } from './article-page'
import { findReferences } from './references'

/**
 * Everything `bodies` embed, loaded, with the quotes' speakers named: one query per embedded
 * kind and one for the names, however many bodies and embeds (no N+1 across a feed's fifty
 * stories).
 */
export async function findEmbedsOf(payload: Payload, bodies: unknown[]): Promise<ArticleEmbeds> {
  const wanted = bodies.map(embeddedIds)
  const loaded = await findEmbeds(payload, {
    statements: [...new Set(wanted.flatMap((ids) => ids.statements))],
    images: [...new Set(wanted.flatMap((ids) => ids.images))],
    indicators: [...new Set(wanted.flatMap((ids) => ids.indicators))],
  })
  const speakers = [
    ...new Set(loaded.statements.flatMap((statement) => (statement.speaker ? [statement.speaker] : []))),
  ]
  const { people } = await findReferences(payload, { people: speakers })
  return namedEmbeds(loaded, people)
}
