import { draftMode, headers } from 'next/headers'

import { hasRole, ROLES } from '../../access/roles'
import { getPayloadClient } from '../server/payload'
import { getPublishedArticle, type ArticleWithReferences } from './articles'
import { getStatement } from './events'
import { findArticleSurroundings } from './queries/article-page'
import { findPublishedArticle } from './queries/articles'
import { findStatement } from './queries/events'
import type { ReadAs } from './queries/read-as'
import { findReferences } from './queries/references'
import { findEvent } from './queries/sections'
import { getEvent } from './sections'

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
  return user && hasRole(user, ...ROLES) ? { kind: 'preview', user } : null
}

/** The latest version of an article with its references, uncached, for a preview. */
export async function getArticlePreview(slug: string, as: ReadAs): Promise<ArticleWithReferences | null> {
  const payload = await getPayloadClient()
  const article = await findPublishedArticle(payload, slug, as)
  return article ? findArticleSurroundings(payload, article) : null
}

export async function getEventPreview(slug: string, as: ReadAs) {
  return findEvent(await getPayloadClient(), slug, as)
}

export async function getStatementPreview(id: number, as: ReadAs) {
  const payload = await getPayloadClient()
  const statement = await findStatement(payload, id, as)
  if (!statement) return null
  const { people } = await findReferences(payload, { people: statement.speaker ? [statement.speaker] : [] })
  return { ...statement, speakerRef: people[0] ?? null, coverage: [] }
}

/** An article page's article: the latest version in a preview, else the published one (cached). */
export async function articleForPage(slug: string): Promise<{ article: ArticleWithReferences | null; preview: boolean }> {
  const preview = await previewSession()
  return preview ? { article: await getArticlePreview(slug, preview), preview: true } : { article: await getPublishedArticle(slug), preview: false }
}

/** A summit page's event: the latest version in a preview, else the published one (cached). */
export async function eventForPage(slug: string) {
  const preview = await previewSession()
  return preview ? { event: await getEventPreview(slug, preview), preview: true } : { event: await getEvent(slug), preview: false }
}

/** A statement page's statement: the latest version in a preview, else the published one (cached). */
export async function statementForPage(id: number) {
  const preview = await previewSession()
  return preview ? { statement: await getStatementPreview(id, preview), preview: true } : { statement: await getStatement(id), preview: false }
}
