import type { Payload } from 'payload'

import { idOf, idsOf } from '../../relation-ids'
import { SLUG_PATTERN } from '../../slug'
import type { ArticleView } from '../views'
import { AS_PUBLIC_READER, readOptions, visibleTo, type ReadAs } from './read-as'

/** What a list shows of an article, for Local API `select`. */
export const ARTICLE_SUMMARY_SELECT = { title: true, slug: true, standfirst: true, publishedAt: true } as const

/**
 * One published article by its slug, or null (unknown, draft, or not a slug at all); in a
 * preview, the latest version of it, draft or not.
 */
export async function findPublishedArticle(
  payload: Payload,
  slug: string,
  as: ReadAs = AS_PUBLIC_READER,
): Promise<ArticleView | null> {
  if (!SLUG_PATTERN.test(slug)) return null
  const found = await payload.find({
    collection: 'articles',
    where: visibleTo(as, { slug: { equals: slug } }),
    limit: 1,
    pagination: false,
    select: {
      ...ARTICLE_SUMMARY_SELECT,
      body: true,
      updatedAt: true,
      dateline: true,
      modifiedAt: true,
      authors: true,
      topics: true,
      people: true,
      statements: true,
      relatedArticles: true,
      event: true,
      heroImage: true,
      externalCoverage: true,
      corrections: true,
      seo: true,
    },
    ...readOptions(as),
  })
  const doc = found.docs[0]
  if (!doc) return null
  return {
    ...(doc as unknown as ArticleView),
    authors: idsOf(doc.authors),
    topics: idsOf(doc.topics),
    people: idsOf(doc.people),
    statements: idsOf(doc.statements),
    relatedArticles: idsOf(doc.relatedArticles),
    event: idOf(doc.event),
    heroImage: idOf(doc.heroImage),
  }
}
