/**
 * The one door from reader surfaces into Payload (docs/ARCHITECTURE.md, "Boundaries", rule 2):
 * every read a page, feed, sitemap, search or image route makes, cached and tagged, returning
 * published documents and public fields only. app/(site) and components import from here and
 * nowhere else in lib/content; lib/content/queries/ is private to this folder (eslint.config.mjs).
 */

// Articles and archives
export { getPublishedArticle, getRelatedArticles, listArchive, listLatestArticles, RELATED_LINKS } from './articles'
// Topics, people, authors
export { getAuthor, getPerson, getTopic } from './sections'
// Summits and statements
export { getEvent, getEventTimeline, listEvents } from './events'
export { getStatement, listLatestStatements, listStatementsBySpeaker } from './statements'
// Detail pages: the published document, or the latest version in a preview
export { articleForPage, eventForPage, statementForPage } from './detail-pages'
// Old slugs
export { redirectFromOldSlug } from './redirects'
// Search
export { search } from './search'
export { MAX_QUERY_LENGTH } from '../search-query'
// Feeds and sitemaps, serialized
export { getSerializedFeed } from './feeds'
export type { SerializedFeed } from '../feeds/serialize'
export { getSitemap } from './sitemaps'
// Image originals, for search-engine crops
export { readOriginalFile } from './hero-file'

// What the reads return
export * from './views'
