import { hasCommonTerm, QUERY_MIX_DESCRIPTION, type QueryMix } from './query-mix'
import { percent } from './stats'
import { load, type LoadResult } from './wrk'

export const SEARCH_CONNECTIONS = 20

export interface NeverSeenResult extends LoadResult {
  connections: number
  seconds: number
  /** Percentage of the queries asked that hold a common term (a theme word or a top-100 general word). */
  commonTermPercent: number
  /** Whether wrk came round to a query again (the list was too short for the rate): then not all were new. */
  repeated: boolean
  mix: string
  examples: string[]
}

/** A stream of searches no one asked before (issue 17, item 3), at 20 connections. */
export async function measureNeverSeenSearches(
  origin: string,
  searches: QueryMix,
  seconds: number,
  listLength = seconds * 1_000,
): Promise<NeverSeenResult> {
  const queries = Array.from({ length: listLength }, () => searches.next())
  const paths = queries.map((query) => `/search?q=${query.replace(/ /g, '+')}`)
  const result = await load(origin, paths, { connections: SEARCH_CONNECTIONS, seconds })
  const asked = queries.slice(0, Math.min(result.requests, queries.length))
  const outcome = {
    ...result,
    connections: SEARCH_CONNECTIONS,
    seconds,
    commonTermPercent: percent(asked.filter(hasCommonTerm).length, asked.length),
    repeated: result.requests > queries.length,
    mix: QUERY_MIX_DESCRIPTION,
    examples: queries.slice(0, 8),
  }
  console.log(`never-seen searches: ${outcome.requestsPerSecond} req/s, p99 ${outcome.p99Ms} ms`)
  return outcome
}
