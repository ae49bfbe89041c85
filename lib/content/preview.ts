import { draftMode, headers } from 'next/headers'

import { isStaffUser } from '../../access/roles'
import { getPayloadClient } from '../server/payload'
import { findArticleSurroundings } from './queries/article-page'
import { findPublishedArticle } from './queries/articles'
import { findEvent } from './queries/events'
import type { ReadAs } from './queries/read-as'
import { findReferences } from './queries/references'
import { findStatement } from './queries/statements'
import type { ArticleWithReferences } from './views'

/**
 * The previewing editor, or null. Draft mode alone is not enough: its cookie only says a
 * staff member switched it on once, so every preview render checks the session again and
 * falls back to the published page when it has ended. Reading draft mode does not make a
 * page dynamic; only a request that carries the draft cookie renders uncached.
 */
export async function previewSession(): Promise<ReadAs | null> {
  if (!(await draftMode()).isEnabled) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaffUser(user) ? { kind: 'preview', user } : null
}

// The latest versions, uncached, read with the previewing editor's own access rules.

export async function previewArticle(slug: string, as: ReadAs): Promise<ArticleWithReferences | null> {
  const payload = await getPayloadClient()
  const article = await findPublishedArticle(payload, slug, as)
  return article ? findArticleSurroundings(payload, article) : null
}

export async function previewEvent(slug: string, as: ReadAs) {
  return findEvent(await getPayloadClient(), slug, as)
}

export async function previewStatement(id: number, as: ReadAs) {
  const payload = await getPayloadClient()
  const statement = await findStatement(payload, id, as)
  if (!statement) return null
  const { people } = await findReferences(payload, { people: statement.speaker ? [statement.speaker] : [] })
  return { ...statement, speakerRef: people[0] ?? null, coverage: [] }
}
