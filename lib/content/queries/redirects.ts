import { sql } from '@payloadcms/db-postgres/drizzle'
import type { AnyPgColumn, PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload } from 'payload'

import { publishedSql } from '../../../access/reader-visibility'
import {
  articles,
  articles_previous_slugs,
  events,
  events_previous_slugs,
  people,
  people_previous_slugs,
  topics,
  topics_previous_slugs,
} from '../../../payload-generated-schema'
import { SLUG_PATTERN } from '../../slug'
import { drizzleOf } from '../../server/drizzle'

export type RedirectingCollection = 'articles' | 'events' | 'people' | 'topics'

type Documents = PgTable & { id: AnyPgColumn; slug: AnyPgColumn; updatedAt: AnyPgColumn }
type SlugHistory = PgTable & { _parentID: AnyPgColumn; slug: AnyPgColumn }

/** Each collection's table, the table of its old slugs, and what makes one of its documents public. */
const SLUG_HISTORIES: Record<
  RedirectingCollection,
  { documents: Documents; history: SlugHistory; visible: ReturnType<typeof sql> }
> = {
  articles: { documents: articles, history: articles_previous_slugs, visible: publishedSql(articles) },
  events: { documents: events, history: events_previous_slugs, visible: publishedSql(events) },
  people: { documents: people, history: people_previous_slugs, visible: sql`true` },
  topics: { documents: topics, history: topics_previous_slugs, visible: sql`true` },
}

/**
 * The current slug of the public document that once lived at `slug`, or null. Old slugs are a
 * staff-only field, which a reader's Local API read may not query, so this reads the tables
 * and states the reader's rule itself: only a published document redirects, only to its own
 * current slug, and nothing else of it is read.
 */
export async function findSlugRedirect(
  payload: Payload,
  collection: RedirectingCollection,
  slug: string,
): Promise<string | null> {
  if (!SLUG_PATTERN.test(slug)) return null
  const { documents, history, visible } = SLUG_HISTORIES[collection]
  const { rows } = await drizzleOf(payload).execute<{ slug: string | null }>(sql`
    select ${documents.slug} as slug from ${documents}
    where ${visible} and exists (select 1 from ${history} where ${history._parentID} = ${documents.id} and ${history.slug} = ${slug})
    order by ${documents.updatedAt} desc, ${documents.id} desc limit 1
  `)
  const current = rows[0]?.slug
  return current && current !== slug ? current : null
}
