import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { publishedSql } from '../../../access/reader-visibility'
import { articles, events, statements } from '../../../payload-generated-schema'
import { normaliseQuery } from '../../search-query'
import { MATCH_END, MATCH_START, type SearchHit, type SearchResults } from '../views'
import { runPrepared } from './prepared'
import { articlesSearch, eventsSearch, statementsSearch } from './search-columns'
import { MATCH_WINDOWS, newestMatches, type MatchWindows } from './search-matches'

const SEARCH_RESULTS_PER_PAGE = 20

/**
 * Matches ranked per kind: the newest this many (five pages of each kind). A query that
 * matches most of the archive ("said") would otherwise rank every story on every request;
 * ranking the newest hundred of each kind puts the best recent coverage first, which is what a
 * news search is for. Halving it from 200 halved the statement's cost (7.5 to 4.3 ms of
 * PostgreSQL CPU over a mix of common, theme and rare words at 100,000 articles).
 */
export const RANKED_CANDIDATES = 100

/** Body text the snippet may come from: the start of the story, where its substance is. */
const SNIPPET_BODY_CHARS = 1500

type Row = {
  kind: SearchHit['kind']
  id: number
  title: string | null
  slug: string | null
  date: string | Date | null
  snippet: string | null
  total: string | number
  capped: boolean
}

/** How deep a search looks: RANKED_CANDIDATES and the windows of search-matches.ts, smaller in tests. */
export type SearchBounds = { candidates: number } & MatchWindows

const DEFAULT_BOUNDS: SearchBounds = { candidates: RANKED_CANDIDATES, ...MATCH_WINDOWS }

/**
 * PostgreSQL full-text search over published articles, statements and events, as one
 * statement. Matching uses each table's weighted search_vector through a GIN index, looking
 * for the newest `candidates` matches of each kind (search-matches.ts: in windows of the
 * newest stories first, so a word in every story costs no more than a rare one); those are
 * ranked by ts_rank over their headline words (articles' search_head: title over standfirst;
 * statements' quote over context; events' name over summary), newest first among equals, and
 * snippets are highlighted only for the page shown, from the standfirst and the start of the
 * body. websearch_to_tsquery accepts any text, so no input is a syntax error. It reads the
 * tables directly, so it states the reader's rule itself: published only.
 */
export function searchStatement(query: string, page: number, bounds: SearchBounds = DEFAULT_BOUNDS): SQL {
  const { candidates } = bounds
  const offset = (page - 1) * SEARCH_RESULTS_PER_PAGE
  const options = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxFragments=2, MaxWords=28, MinWords=8, FragmentDelimiter=" … "`
  const tsquery = sql`websearch_to_tsquery('english', ${query})`
  const articleSource = {
    table: articles,
    id: articles.id,
    date: articles.publishedAt,
    vector: articlesSearch.searchVector,
  }
  const statementSource = {
    table: statements,
    id: statements.id,
    date: statements.date,
    vector: statementsSearch.searchVector,
  }
  return sql`
    with ${newestMatches(articleSource, tsquery, 'article_matches', bounds)},
    ${newestMatches(statementSource, tsquery, 'statement_matches', bounds)},
    event_matches as (
      select ${events.id} as id, ${events.startDate} as date from ${events} where ${publishedSql(events)} and ${eventsSearch.searchVector} @@ ${tsquery}
      order by date desc nulls last, id desc limit ${candidates + 1}
    ),
    ranked as (
      select 'article'::text as kind, ${articles.id} as id, ${articles.publishedAt} as date, ts_rank(${articlesSearch.searchHead}, ${tsquery}) as rank from ${articles}
        where ${articles.id} = any(array(select id from article_matches order by date desc nulls last, id desc limit ${candidates}))
      union all
      select 'statement', ${statements.id}, ${statements.date}, ts_rank(${statementsSearch.searchVector}, ${tsquery}) from ${statements}
        where ${statements.id} = any(array(select id from statement_matches order by date desc nulls last, id desc limit ${candidates}))
      union all
      select 'event', ${events.id}, ${events.startDate}, ts_rank(${eventsSearch.searchVector}, ${tsquery}) from ${events}
        where ${events.id} = any(array(select id from event_matches order by date desc nulls last, id desc limit ${candidates}))
    ),
    page as (
      select kind, id, date, rank from ranked
      order by rank desc, date desc nulls last, id desc
      limit ${SEARCH_RESULTS_PER_PAGE} offset ${offset}
    ),
    counted as (
      select (select count(*) from article_matches) as articles, (select count(*) from statement_matches) as statements,
        (select count(*) from event_matches) as events
    )
    select page.kind, page.id, page.date,
      least(counted.articles, ${candidates}) + least(counted.statements, ${candidates}) + least(counted.events, ${candidates}) as total,
      greatest(counted.articles, counted.statements, counted.events) > ${candidates} as capped,
      coalesce(${articles.title}, ${events.name}, ${statements.quote}) as title,
      coalesce(${articles.slug}, ${events.slug}) as slug,
      ts_headline('english',
        case page.kind
          when 'article' then coalesce(${articles.standfirst}, '') || ' ' || left(coalesce((
            select string_agg(t, ' ') from jsonb_array_elements_text(jsonb_path_query_array(${articles.body}, 'strict $.**.text')) as t), ''), ${SNIPPET_BODY_CHARS})
          when 'statement' then coalesce(${statements.quote}, '') || ' ' || coalesce(${statements.context}, '')
          else coalesce(${events.summary}, ${events.name}, '')
        end, ${tsquery}, ${options}) as snippet
    from page cross join counted
    left join ${articles} on page.kind = 'article' and ${articles.id} = page.id
    left join ${statements} on page.kind = 'statement' and ${statements.id} = page.id
    left join ${events} on page.kind = 'event' and ${events.id} = page.id
    order by page.rank desc, page.date desc nulls last, page.id desc
  `
}

/** One page of a search's results (see searchStatement). */
export async function searchContent(
  payload: Payload,
  rawQuery: string,
  page: number,
  bounds: SearchBounds = DEFAULT_BOUNDS,
): Promise<SearchResults> {
  const query = normaliseQuery(rawQuery)
  const empty = { query, hits: [], total: 0, capped: false, page, totalPages: 0 }
  if (!query) return empty
  const rows = await runPrepared<Row>(payload, searchStatement(query, page, bounds), {
    // Reading a story's search_vector means decompressing kilobytes stored out of line, which
    // the planner does not price: left alone it may scan the table and read every vector when
    // reading all matches of a query that matches many stories. The GIN index answers from the
    // index alone.
    enable_seqscan: 'off',
    // One plan for every query: the statement's shape (windows first, a GIN index throughout)
    // is fixed by its text, so planning it again for each query's words would only cost time.
    plan_cache_mode: 'force_generic_plan',
  })
  // Past the last page there are no rows to carry the count; the page says so without one.
  if (rows.length === 0) return empty
  const total = Number(rows[0]?.total ?? 0)
  return {
    query,
    total,
    capped: Boolean(rows[0]?.capped),
    page,
    totalPages: Math.ceil(total / SEARCH_RESULTS_PER_PAGE),
    hits: rows.map((row) => ({
      kind: row.kind,
      id: row.id,
      title: row.title ?? '',
      path:
        row.kind === 'article'
          ? `/articles/${row.slug}`
          : row.kind === 'event'
            ? `/events/${row.slug}`
            : `/statements/${row.id}`,
      date: row.date === null ? null : new Date(row.date).toISOString(),
      snippet: row.snippet ?? '',
    })),
  }
}
