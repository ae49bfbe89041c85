import type { QueryMix } from './query-mix'
import { cachedSearchPaths, EVENT_PATH, TOPIC_PATH } from './surfaces'

/**
 * The mixed reader set (issue 17, items 5 and 6): home, many different articles, a summit, a
 * topic's first and a later page, the feed, cached searches and /events, with one request in
 * ten a search never asked before. A list long enough that wrk does not come round to the
 * never-seen searches again within `seconds` at `maxRps`.
 */
export function readerMix(
  articlePaths: readonly string[],
  searches: QueryMix,
  { seconds, maxRps = 1_500 }: { seconds: number; maxRps?: number },
): string[] {
  const fixed = ['/', EVENT_PATH, TOPIC_PATH, `${TOPIC_PATH}/page/5`, '/feed.xml', '/events']
  const length = seconds * maxRps
  const paths: string[] = []
  for (let i = 0; paths.length < length; i += 1) {
    if (i % 10 === 9) paths.push(searches.nextPath())
    else if (i % 3 === 0) paths.push(articlePaths[(i / 3) % articlePaths.length]!)
    else if (i % 10 === 4) paths.push(cachedSearchPaths[i % cachedSearchPaths.length]!)
    else paths.push(fixed[i % fixed.length]!)
  }
  return paths
}

/** Share of each kind of request in a mix, in percent (for the report: what the load was). */
export function mixShares(paths: readonly string[], cachedSearches = cachedSearchPaths): Record<string, number> {
  const kinds: Record<string, number> = {}
  for (const path of paths) {
    const kind = path.startsWith('/articles/')
      ? 'article'
      : path.startsWith('/search')
        ? cachedSearches.includes(path)
          ? 'cached search'
          : 'never-seen search'
        : path
    kinds[kind] = (kinds[kind] ?? 0) + 1
  }
  return Object.fromEntries(
    Object.entries(kinds).map(([kind, n]) => [kind, Math.round((n / paths.length) * 1000) / 10]),
  )
}
