import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { normaliseQuery } from '../../search-query'

export { MAX_QUERY_LENGTH, normaliseQuery } from '../../search-query'

export const SEARCH_RESULTS_PER_PAGE = 20

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

/**
 * Matches ranked per kind: the newest this many. A query that matches most of the archive
 * ("said") would otherwise rank every story on every request; nobody reads past page 25.
 */
export const RANKED_CANDIDATES = 500

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

/**
 * PostgreSQL full-text search over published articles, statements and events. Matching uses
 * each table's weighted search_vector through its GIN index; the newest RANKED_CANDIDATES
 * matches of each kind are then ranked by ts_rank over their headline words (articles'
 * search_head: title over standfirst; statements' quote over context; events' name over
 * summary), newest first among equals, and snippets are highlighted only for the page shown,
 * from the standfirst and the start of the body. websearch_to_tsquery accepts any text, so no
 * input is a syntax error.
 */
export async function searchContent(payload: Payload, rawQuery: string, page: number, candidates = RANKED_CANDIDATES): Promise<SearchResults> {
  const query = normaliseQuery(rawQuery)
  const empty = { query, hits: [], total: 0, capped: false, page, totalPages: 0 }
  if (!query) return empty
  const offset = (page - 1) * SEARCH_RESULTS_PER_PAGE
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const options = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxFragments=2, MaxWords=28, MinWords=8, FragmentDelimiter=" … "`
  const tsquery = sql`websearch_to_tsquery('english', ${query})`
  const rows = await db.transaction(async (tx) => {
    // Reading a story's search_vector means decompressing kilobytes stored out of line, which
    // the planner does not price: left alone it scans the table and reads every vector when a
    // query matches many stories. The GIN index answers from the index alone.
    await tx.execute(sql`set local enable_seqscan = off`)
    const result = await tx.execute<Row>(sql`
    with article_matches as materialized (
      select id, published_at as date from articles where _status = 'published' and search_vector @@ ${tsquery}
    ),
    statement_matches as materialized (
      select id, date from statements where _status = 'published' and search_vector @@ ${tsquery}
    ),
    event_matches as materialized (
      select id, start_date as date from events where _status = 'published' and search_vector @@ ${tsquery}
    ),
    ranked as (
      select 'article'::text as kind, a.id, a.published_at as date, ts_rank(a.search_head, ${tsquery}) as rank from articles a
        where a.id = any(array(select id from article_matches order by date desc nulls last, id desc limit ${candidates}))
      union all
      select 'statement', s.id, s.date, ts_rank(s.search_vector, ${tsquery}) from statements s
        where s.id = any(array(select id from statement_matches order by date desc nulls last, id desc limit ${candidates}))
      union all
      select 'event', e.id, e.start_date, ts_rank(e.search_vector, ${tsquery}) from events e
        where e.id = any(array(select id from event_matches order by date desc nulls last, id desc limit ${candidates}))
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
      least(articles, ${candidates}) + least(statements, ${candidates}) + least(events, ${candidates}) as total,
      greatest(articles, statements, events) > ${candidates} as capped,
      coalesce(a.title, e.name, s.quote) as title,
      coalesce(a.slug, e.slug) as slug,
      ts_headline('english',
        case page.kind
          when 'article' then coalesce(a.standfirst, '') || ' ' || left(coalesce((
            select string_agg(t, ' ') from jsonb_array_elements_text(jsonb_path_query_array(a.body, 'strict $.**.text')) as t), ''), ${SNIPPET_BODY_CHARS})
          when 'statement' then coalesce(s.quote, '') || ' ' || coalesce(s.context, '')
          else coalesce(e.summary, e.name, '')
        end, ${tsquery}, ${options}) as snippet
    from page cross join counted
    left join articles a on page.kind = 'article' and a.id = page.id
    left join statements s on page.kind = 'statement' and s.id = page.id
    left join events e on page.kind = 'event' and e.id = page.id
    order by page.rank desc, page.date desc nulls last, page.id desc
  `)
    return result.rows
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
      path: row.kind === 'article' ? `/articles/${row.slug}` : row.kind === 'event' ? `/events/${row.slug}` : `/statements/${row.id}`,
      date: row.date === null ? null : new Date(row.date).toISOString(),
      snippet: row.snippet ?? '',
    })),
  }
}
