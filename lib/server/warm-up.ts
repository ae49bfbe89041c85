/**
 * Warm-up after a start or a deploy: the cache lives in memory, so a new process starts cold
 * and its first readers would each pay a full render. Before the process says it is ready
 * (`/api/ready`), it asks itself for what readers hit first — the home page, the summits, the
 * feeds and sitemaps, then the stories and summits the home page and the summits page link
 * to — so those come from the cache when traffic arrives.
 */

/** Fixed entry points, in the order readers reach them. */
export const WARM_PATHS = [
  '/',
  '/events',
  '/feed.xml',
  '/feed.atom',
  '/feed.json',
  '/sitemap.xml',
  '/news-sitemap.xml',
  '/search',
]
/** How many linked stories and summits to warm: the home page's latest and the newest summits. */
export const WARM_LINKS = { articles: 20, events: 5 }
/** Two cores: two renders at a time keep both busy without queueing behind each other. */
const CONCURRENCY = 2
const REQUEST_TIMEOUT_MS = 15_000

/** The first `limit` distinct `/<section>/<slug>` links in a page, in order. */
export function linkedPaths(html: string, section: 'articles' | 'events', limit: number): string[] {
  const found = new Set<string>()
  for (const match of html.matchAll(new RegExp(`href="(/${section}/[a-z0-9]+(?:-[a-z0-9]+)*)"`, 'g'))) {
    if (found.size >= limit) break
    found.add(match[1]!)
  }
  return [...found]
}

async function fetchText(origin: string, path: string): Promise<string> {
  try {
    const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
    return await response.text()
  } catch {
    // A page that fails to render is not the warm-up's to report; readers will see it anyway.
    return ''
  }
}

async function inParallel(paths: string[], visit: (path: string) => Promise<unknown>): Promise<void> {
  const queue = [...paths]
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) await visit(path)
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
}

/** Requests the warm set from the server at `origin`; resolves with the paths it asked for. */
export async function warmUp(origin: string): Promise<string[]> {
  const pages = new Map<string, string>()
  await inParallel(WARM_PATHS, async (path) => pages.set(path, await fetchText(origin, path)))
  const linked = [
    ...linkedPaths(pages.get('/') ?? '', 'articles', WARM_LINKS.articles),
    ...linkedPaths(pages.get('/events') ?? '', 'events', WARM_LINKS.events),
  ]
  await inParallel(linked, (path) => fetchText(origin, path))
  return [...WARM_PATHS, ...linked]
}
