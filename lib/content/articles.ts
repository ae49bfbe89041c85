import { tags } from '../cache/tags'
import { cachedRead } from './cached-read'
import { findLatestArticles, findPublishedArticle } from './queries/articles'

export type { ArticleArchivePage, ArticleSummary, ArticleView } from './queries/articles'

/** The latest published articles, one page of the front-page archive. Null past the last page. */
export function listLatestArticles(page = 1) {
  return cachedRead(['articles:latest', String(page)], [tags.articleList], (payload) => findLatestArticles(payload, page))
}

/** One published article by its slug, or null. A miss is cached under the slug's tag too, so publishing that slug replaces it. */
export function getPublishedArticle(slug: string) {
  return cachedRead(['article', slug], [tags.article(slug)], (payload) => findPublishedArticle(payload, slug))
}
