/**
 * What reader surfaces are given: every view a read in lib/content returns, in one place.
 * Views hold public fields only, and related documents as ids or as references (a name, a
 * slug), never as populated documents, so no page can show a field a reader may not see.
 */
import type { Article, Event, Indicator, Person, Statement, Topic } from '../../payload-types'

/** A document shown inside another: enough to name and link it. */
export interface Reference {
  id: number
  name: string
  slug: string
}

/** The documents a page names, by kind, in the order editors chose. */
export interface References {
  authors: Reference[]
  topics: Reference[]
  people: Reference[]
  events: Reference[]
}

// Articles

/** What a list shows of an article. */
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'slug' | 'standfirst' | 'publishedAt'>

/** What the article page shows: public fields only; related documents as ids. */
export type ArticleView = ArticleSummary &
  Pick<Article, 'body' | 'updatedAt' | 'dateline' | 'modifiedAt' | 'externalCoverage' | 'corrections' | 'seo'> & {
    authors: number[]
    topics: number[]
    people: number[]
    /** Statements the story covers (linked, beside those its body embeds). */
    statements: number[]
    relatedArticles: number[]
    event: number | null
    heroImage: number | null
  }

/** What a story's body embeds, loaded: a page renders them without reading anything more. */
export interface ArticleEmbeds {
  statements: StatementWithSpeaker[]
  images: ImageView[]
  indicators: IndicatorView[]
}

/** An article with everything its page shows: names, hero and embeds. */
export type ArticleWithReferences = ArticleView & {
  references: References
  hero: ImageView | null
  embeds: ArticleEmbeds
}

/** One page of an archive, newest first. */
export interface ArticleArchivePage {
  articles: ArticleSummary[]
  page: number
  totalPages: number
}

/** What an archive lists: every article, or those of one topic, person, author or event. */
export type ArchiveFilter = { field: 'topics' | 'people' | 'authors'; id: number } | { field: 'event'; id: number }

// Sections: topics, people, authors, summits

export type TopicView = Pick<Topic, 'id' | 'name' | 'slug' | 'description'>
export type PersonView = Pick<Person, 'id' | 'name' | 'slug' | 'role' | 'country' | 'bio'>

/** An author's public profile. */
export interface AuthorView {
  id: number
  name: string
  slug: string
  bio?: string | null
}

export type EventView = Pick<
  Event,
  'id' | 'name' | 'slug' | 'kind' | 'startDate' | 'endDate' | 'location' | 'summary' | 'outcomes'
>

export interface EventsPage {
  events: EventView[]
  page: number
  totalPages: number
}

/** What happened at a summit: its statements in order, its coverage and who took part (ids). */
export interface EventTimeline {
  statements: StatementView[]
  articles: ArticleSummary[]
  participants: number[]
}

// Statements

/** A statement as readers see it; the speaker as an id (named through references). */
export type StatementView = Pick<
  Statement,
  'id' | 'quote' | 'paraphrase' | 'context' | 'date' | 'sourceOutlet' | 'sourceUrl' | 'originalText'
> & {
  speaker: number | null
  event: number | null
}

/** A statement with its speaker named, as pages show it. */
export type StatementWithSpeaker = StatementView & { speakerRef: Reference | null }

// Media and data series

export interface ImageSource {
  url: string
  width: number
}

/** An image as pages render it: every stored size for srcset, intrinsic size against layout shift. */
export interface ImageView {
  id: number
  src: string
  width: number
  height: number
  alt: string
  caption: string | null
  credit: string | null
  sources: ImageSource[]
  /** The stored original's file name, which search-engine crops are cut from (hero-file.ts). */
  filename: string | null
  /** Where crops centre, in percent of the width and height (Payload's focal point). */
  focalX: number
  focalY: number
  updatedAt: string
}

export type IndicatorView = Pick<Indicator, 'id' | 'name' | 'unit' | 'source' | 'sourceUrl' | 'target'> & {
  points: { period: string; value: number; note?: string | null }[]
}

// Search

/** Marks around matched words in snippets: control characters no editor can type, split into <mark> by the page. */
export const MATCH_START = '\u0001'
export const MATCH_END = '\u0002'

export interface SearchHit {
  kind: 'article' | 'statement' | 'event'
  id: number
  title: string
  /** Path of the hit's page. */
  path: string
  date: string | null
  snippet: string
}

export interface SearchResults {
  query: string
  hits: SearchHit[]
  total: number
  /** True when a kind had more matches than are ranked: `total` is then a lower bound. */
  capped: boolean
  page: number
  totalPages: number
}

// Feeds

/** The page a feed follows: the site, or one topic, person, author or summit. */
export interface FeedSection {
  /** "/" or "/topics/trade": where the section's page and its feeds live. */
  path: string
  /** Null for the whole site. */
  name: string | null
  description: string | null
}

/** What a feed carries of one article: everything, its body as stored (the feed writer renders it). */
export interface FeedArticle {
  id: number
  slug: string
  title: string
  standfirst: string | null
  publishedAt: string
  modifiedAt: string | null
  body: Article['body']
  authors: Reference[]
  topics: Reference[]
  hero: FeedHero | null
}

export interface FeedHero {
  /** As stored: a site path. */
  url: string
  mimeType: string
  filesize: number
  width: number
  height: number
  alt: string
}

/** Everything one feed shows: its section, its articles and what their bodies embed. */
export interface FeedContent {
  section: FeedSection
  articles: FeedArticle[]
  embeds: ArticleEmbeds
}

// Sitemaps

/** What the sitemaps list, one sitemap (or several pages of one) per kind. */
export const SITEMAP_KINDS = ['articles', 'events', 'statements', 'topics', 'people', 'authors'] as const
export type SitemapKind = (typeof SITEMAP_KINDS)[number]

export interface SitemapUrl {
  path: string
  lastmod: string | null
  images: { path: string; caption: string | null }[]
}

export interface SitemapPage {
  kind: SitemapKind
  page: number
  lastmod: string | null
}

export interface NewsItem {
  path: string
  title: string
  publishedAt: string
}

/** One sitemap's content: the index's pages, the Google News items, or one page of a kind's URLs. */
export type SitemapContent =
  { kind: 'index'; pages: SitemapPage[] } | { kind: 'news'; items: NewsItem[] } | { kind: 'urls'; urls: SitemapUrl[] }
