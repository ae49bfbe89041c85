import type { Payload, Where } from 'payload'

import type { Article } from '../../../payload-types'
import { SLUG_PATTERN } from '../../slug'
import { AS_PUBLIC_READER, readOptions, visibleTo, type ReadAs } from './read-as'
import { idOf, idsOf } from './references'

/** What a list shows of an article. */
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'slug' | 'standfirst' | 'publishedAt'>

/** What the article page shows: public fields only; related documents as ids (see references.ts). */
export type ArticleView = ArticleSummary &
  Pick<Article, 'body' | 'updatedAt' | 'dateline' | 'modifiedAt' | 'externalCoverage' | 'corrections'> & {
    authors: number[]
    topics: number[]
    people: number[]
    relatedArticles: number[]
    event: number | null
    heroImage: number | null
  }

export interface ArticleArchivePage {
  articles: ArticleSummary[]
  page: number
  totalPages: number
}

export const ARTICLES_PER_PAGE = 20

// Belt and braces (payloadcms/payload#14750): anonymous access already limits reads to
// published documents, and every reader query asks for them explicitly as well.
const PUBLISHED: Where = { _status: { equals: 'published' } }

// Reader queries run as an anonymous visitor: access rules apply and drafts never load.
const AS_READER = { overrideAccess: false, draft: false } as const

const summarySelect = { title: true, slug: true, standfirst: true, publishedAt: true } as const

/** What an archive lists: every article, or those of one topic, person, author or event. */
export type ArchiveFilter = { field: 'topics' | 'people' | 'authors'; id: number } | { field: 'event'; id: number }

/** One page of the latest published articles (of an archive), newest first; null past the last page. */
export async function findLatestArticles(payload: Payload, page: number, filter?: ArchiveFilter): Promise<ArticleArchivePage | null> {
  const found = await payload.find({
    collection: 'articles',
    where: filter ? { and: [PUBLISHED, { [filter.field]: { equals: filter.id } }] } : PUBLISHED,
    sort: ['-publishedAt', '-id'],
    limit: ARTICLES_PER_PAGE,
    page,
    depth: 0,
    select: summarySelect,
    ...AS_READER,
  })
  const totalPages = Math.max(1, found.totalPages)
  return page > totalPages ? null : { articles: found.docs as ArticleSummary[], page, totalPages }
}

/**
 * One published article by its slug, or null (unknown, draft, or not a slug at all); in a
 * preview, the latest version of it, draft or not.
 */
export async function findPublishedArticle(payload: Payload, slug: string, as: ReadAs = AS_PUBLIC_READER): Promise<ArticleView | null> {
  if (!SLUG_PATTERN.test(slug)) return null
  const found = await payload.find({
    collection: 'articles',
    where: visibleTo(as, { slug: { equals: slug } }),
    limit: 1,
    pagination: false,
    depth: 0,
    select: {
      ...summarySelect,
      body: true,
      updatedAt: true,
      dateline: true,
      modifiedAt: true,
      authors: true,
      topics: true,
      people: true,
      relatedArticles: true,
      event: true,
      heroImage: true,
      externalCoverage: true,
      corrections: true,
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
    relatedArticles: idsOf(doc.relatedArticles),
    event: idOf(doc.event),
    heroImage: idOf(doc.heroImage),
  }
}
