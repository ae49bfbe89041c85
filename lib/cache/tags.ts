import type { NewsroomCollection } from '../../collections/slugs'

/**
 * The cache tag vocabulary: every tag a reader surface may carry is built here, so the pages
 * that read content and the hooks that invalidate it can never disagree on a spelling.
 *
 * Tags name *what a surface shows*, not which page it is:
 * - `<collection>`            every list of that collection's public documents (home, archives,
 *                              feeds, sitemaps): `events`, `statements`, …; for articles, only
 *                              the lists of every article in full (sitemaps)
 * - `list:articles:head|tail[:<field>:<id>]`, `related:<field>:<id>`, `related:latest`,
 *   `search:articles`           article lists, split by how fresh they must be (below)
 * - `list:statements:head[:<field>:<id>]`  the latest statements, a summit's, a speaker's
 * - `<collection>:<slug>`      the page a slug resolves to, including its 404, so publishing under
 *                              that slug replaces a cached "not found"
 * - `doc:<collection>:<id>`    one document wherever it is shown inside another (an author in a
 *                              byline, a topic on an article)
 */
export type TaggedCollection = NewsroomCollection

/**
 * An article's relationships that put it on a list of its own: a summit's coverage, a topic's,
 * a person's or an author's archive, the coverage of a statement. Field names of `articles`.
 */
export const ARTICLE_FACETS = ['event', 'topics', 'people', 'authors', 'statements'] as const
export type ArticleFacet = (typeof ARTICLE_FACETS)[number]
/** A statement's relationships that put it on a list of its own: a summit's timeline, a speaker's page. */
export const STATEMENT_FACETS = ['event', 'speaker'] as const
export type StatementFacet = (typeof STATEMENT_FACETS)[number]

/** One list: the documents sharing one facet (`{ field: 'topics', id: 4 }`). */
export interface ListScope<Field extends string = string> {
  field: Field
  id: number | string
}
export type ArticleScope = ListScope<ArticleFacet>
export type StatementScope = ListScope<StatementFacet>

const scoped = (prefix: string, scope?: ListScope) => (scope ? `${prefix}:${scope.field}:${scope.id}` : prefix)

export const tags = {
  list: (collection: TaggedCollection) => collection,
  bySlug: (collection: TaggedCollection, slug: string) => `${collection}:${slug}`,
  doc: (collection: TaggedCollection, id: number | string) => `doc:${collection}:${id}`,
  /** The page of the article under `slug` (its 404 included). */
  article: (slug: string) => `articles:${slug}`,
  /**
   * Article lists are split by how fresh they must be (docs/ARCHITECTURE.md, "What a change
   * expires"). The head is the first page of a list — all articles when `scope` is absent
   * (the home page, the main feeds), else one facet's (its archive's first page, its feeds,
   * a summit's or a statement's coverage): exact.
   */
  articlesHead: (scope?: ArticleScope) => scoped('list:articles:head', scope),
  /** The later pages of the same lists: bounded, since one publish shifts every one of them. */
  articlesTail: (scope?: ArticleScope) => scoped('list:articles:tail', scope),
  /** Related coverage ranked by what an article shares with others: bounded. */
  related: (scope: ArticleScope) => scoped('related', scope),
  /** Related coverage filled up with the latest stories, for articles that share too little: bounded. */
  relatedLatest: 'related:latest',
  /** Search results over articles: exact (the cache keeps at most a few hundred search pages). */
  articleSearch: 'search:articles',
  /** Lists of every article in full (sitemaps): exact. */
  allArticles: 'articles',
  /**
   * The latest statements (the home page) or one facet's (a summit's timeline, a speaker's
   * page): exact. Search, feeds (through embedded quotes) and sitemaps carry `statements`.
   */
  statementsHead: (scope?: StatementScope) => scoped('list:statements:head', scope),
} as const

/** Next keeps at most this many tags on one cache entry and silently drops the rest. */
export const MAX_TAGS_PER_ENTRY = 128

/** A tag is ASCII without spaces or control characters; slugs are already that. */
export function isValidTag(tag: string): boolean {
  return tag.length > 0 && tag.length <= 256 && /^[\x21-\x7e]+$/.test(tag)
}

/** Seconds after which a cached page is re-rendered even without a change: a safety net, not the freshness mechanism. */
export const SAFETY_REVALIDATE_SECONDS = 3600
