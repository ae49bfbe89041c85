import { BIG_TOPIC_SLUG, EVENT_SLUG, leadSlug, type ArchiveSizes } from './archive-sizes'

/**
 * The reader surfaces the bench measures. Cached throughput, its baselines (the same bytes
 * from nginx and a bare Next route) and the uncached render time are per surface.
 */
export interface Surface {
  name: string
  paths: string[]
  /** Its uncached render is measured (after expiring every tag the bench's pages carry). */
  uncached: boolean
  /** A reading page, whose client JavaScript is weighed. */
  page: boolean
  /** What nginx's micro-cache serves: not search (rate-limited per client, and one client drives the bench). */
  microCached: boolean
}

/** Cached searches: a spread from one theme's words to words in nearly every story. */
export const CACHED_SEARCHES = [
  'pipeline gas',
  'sanctions',
  'grain harvest',
  'yuan settlement',
  'railway corridor',
  'summit declaration',
  'nuclear reactor',
  'tariff',
  'kalomi',
  'said',
]
export const cachedSearchPaths = CACHED_SEARCHES.map((query) => `/search?q=${query.replace(/ /g, '+')}`)

export const TOPIC_PATH = `/topics/${BIG_TOPIC_SLUG}`
export const EVENT_PATH = `/events/${EVENT_SLUG}`

export function surfaces(sizes: ArchiveSizes): Surface[] {
  const surface = (name: string, paths: string[], kind: Partial<Surface> = {}): Surface => ({
    name,
    paths,
    uncached: true,
    page: true,
    microCached: true,
    ...kind,
  })
  return [
    surface('home', ['/']),
    surface('article', [`/articles/${leadSlug(sizes)}`]),
    surface('event', [EVENT_PATH]),
    surface('events', ['/events']),
    surface('topic p1', [TOPIC_PATH]),
    surface('topic p200', [`${TOPIC_PATH}/page/200`]),
    surface('search', cachedSearchPaths, { uncached: false, microCached: false }),
    surface('feed', ['/feed.xml'], { page: false }),
    surface('sitemap', ['/sitemap.xml'], { page: false }),
  ]
}

/** A route that renders nothing of its own: the 404 page, layout only — the baseline client JS. */
export const EMPTY_ROUTE = '/bench-empty-route'
