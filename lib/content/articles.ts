import { cache } from 'react'

import { tags, type ArticleScope } from '../cache/tags'
import { isSlug } from '../slug'
import { cachedRead } from './cached-read'
import { findLatestArticles } from './queries/archive'
import { assembleArticle, embedRequest, findEmbeds, referenceRequest } from './queries/article-page'
import { findPublishedArticle } from './queries/articles'
import { findReferences } from './queries/references'
import { findLatestExcept, findRelatedCoverage } from './queries/related'
import type { ArchiveFilter, ArticleView, ArticleWithReferences } from './views'

/** A list's first page must show a publish at once; later pages may lag (tags.ts). */
const listTag = (page: number, scope?: ArticleScope) =>
  page === 1 ? tags.articlesHead(scope) : tags.articlesTail(scope)

/** The latest published articles, one page of the front-page archive. Null past the last page. */
export function listLatestArticles(page = 1) {
  return cachedRead(['articles:latest', String(page)], [listTag(page)], (payload) => findLatestArticles(payload, page))
}

/** One page of an archive's published articles. */
export function listArchive(filter: ArchiveFilter, page: number) {
  return cachedRead(['archive', filter.field, String(filter.id), String(page)], [listTag(page, filter)], (payload) =>
    findLatestArticles(payload, page, filter),
  )
}

/**
 * One published article by its slug with everything its page shows — names of its authors,
 * topics, people and summit, its hero, the statements, images and charts its body embeds —
 * or null. Three cached reads, each tagged with what it shows: the article under its slug's
 * tag (a miss is cached too, so publishing that slug replaces it); the embedded documents
 * under theirs; then the names under each named document's tag, so renaming a topic or an
 * author refreshes every article showing it. Uncached, that is at most five SQL statements
 * whatever the article's size (one per embedded kind), and React's request cache lets the
 * page and its metadata share one read.
 */
export const getPublishedArticle = cache(async (slug: string): Promise<ArticleWithReferences | null> => {
  if (!isSlug(slug)) return null
  const article = await cachedRead(['article', slug], [tags.article(slug)], (payload) =>
    findPublishedArticle(payload, slug),
  )
  if (!article) return null
  const request = embedRequest(article)
  const embedTags = [
    ...request.statements.map((id) => tags.doc('statements', id)),
    ...request.images.map((id) => tags.doc('media', id)),
    ...request.indicators.map((id) => tags.doc('indicators', id)),
  ]
  const embeds = await cachedRead(['article-embeds', JSON.stringify(request)], embedTags, (payload) =>
    findEmbeds(payload, request),
  )
  const named = referenceRequest(article, embeds)
  const referenceTags = [
    ...named.events.map((id) => tags.doc('events', id)),
    ...named.authors.map((id) => tags.doc('users', id)),
    ...named.topics.map((id) => tags.doc('topics', id)),
    ...named.people.map((id) => tags.doc('people', id)),
  ]
  const references = await cachedRead(['article-references', JSON.stringify(named)], referenceTags, (payload) =>
    findReferences(payload, named),
  )
  return assembleArticle(article, embeds, references)
})

/** How many internal links the related-coverage box shows. */
export const RELATED_LINKS = 5

/** What related coverage is ranked by: the story's summit, statements, people and topics. */
function rankedBy(article: RelatedSource): ArticleScope[] {
  return [
    ...(article.event === null ? [] : [{ field: 'event' as const, id: article.event }]),
    ...article.statements.map((id) => ({ field: 'statements' as const, id })),
    ...article.people.map((id) => ({ field: 'people' as const, id })),
    ...article.topics.map((id) => ({ field: 'topics' as const, id })),
  ]
}

type RelatedSource = Pick<ArticleView, 'id' | 'relatedArticles' | 'event' | 'statements' | 'people' | 'topics'>

/**
 * Related coverage for an article: its curated links first, then published articles ranked
 * by what they share with it, then — when that leaves the box short — the latest stories.
 * The ranking is cached under what it is ranked by (a publish sharing a topic re-ranks it,
 * within the staleness bound) and the curated stories' own tags (taking one down is exact);
 * the filling under the latest stories' bounded tag.
 */
export async function getRelatedArticles(article: RelatedSource) {
  const curated = article.relatedArticles
  const ranked = await cachedRead(
    ['related', String(article.id), JSON.stringify(curated)],
    [...rankedBy(article).map((scope) => tags.related(scope)), ...curated.map((id) => tags.doc('articles', id))],
    (payload) => findRelatedCoverage(payload, article.id, curated, RELATED_LINKS),
  )
  if (ranked.length >= RELATED_LINKS) return ranked
  const shown = [article.id, ...ranked.map((item) => item.id)]
  const fill = await cachedRead(['related-fill', JSON.stringify(shown)], [tags.relatedLatest], (payload) =>
    findLatestExcept(payload, shown, RELATED_LINKS - ranked.length),
  )
  return [...ranked, ...fill]
}
