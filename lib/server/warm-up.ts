/**
 * Warm-up after a start or a deploy: the cache lives in memory, so a new process starts cold
 * and its first readers would each pay a full render. Before the process says it is ready
 * (`/api/ready`), it asks itself for what readers hit first — the home page, the summits, the
 * feeds and sitemaps, then the stories and summits the home page and the summits page link
 * to, then, for as long as WARM_UP_SECONDS allows, the pages readers read most before the
 * restart (lib/server/hot-paths.mjs) — so those come from the cache when traffic arrives.
 */
import { WARM_UP_HEADER } from './hot-paths.mjs'

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
/** The most-read pages asked for at most (the time budget usually ends it first). */
export const WARM_READ_MOST = 2_000
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
    const response = await fetch(`${origin}${path}`, {
      headers: { [WARM_UP_HEADER]: '1' },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    return await response.text()
  } catch {
    // A page that fails to render is not the warm-up's to report; readers will see it anyway.
    return ''
  }
}

async function inParallel(
  paths: string[],
  visit: (path: string) => Promise<unknown>,
  until = Number.POSITIVE_INFINITY,
): Promise<void> {
  const queue = [...paths]
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined && Date.now() < until; path = queue.shift()) await visit(path)
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
}

export interface WarmUpOptions {
  /** The pages readers read most, most read first (a store's `top`); none when absent. */
  readMost?: (limit: number) => Promise<string[]>
  /** How long the most-read pages may take, counted from the start of the warm-up. */
  seconds?: number
}

/** Requests the warm set from the server at `origin`; resolves with the paths it asked for. */
export async function warmUp(origin: string, { readMost, seconds = 0 }: WarmUpOptions = {}): Promise<string[]> {
  const until = Date.now() + seconds * 1000
  const pages = new Map<string, string>()
  await inParallel(WARM_PATHS, async (path) => pages.set(path, await fetchText(origin, path)))
  const linked = [
    ...linkedPaths(pages.get('/') ?? '', 'articles', WARM_LINKS.articles),
    ...linkedPaths(pages.get('/events') ?? '', 'events', WARM_LINKS.events),
  ]
  await inParallel(linked, (path) => fetchText(origin, path))
  const asked = [...WARM_PATHS, ...linked]
  if (!readMost || seconds <= 0) return asked
  const done = new Set(asked)
  // A store that cannot answer (Redis down, no list yet) leaves the warm-up as it was.
  const listed = await readMost(WARM_READ_MOST).catch(() => [])
  const more = listed.filter((path) => path.startsWith('/') && !done.has(path))
  await inParallel(more, async (path) => (asked.push(path), fetchText(origin, path)), until)
  return asked
}
