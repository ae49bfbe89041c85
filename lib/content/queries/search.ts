import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

export const SEARCH_RESULTS_PER_PAGE = 20
/** Longer queries are cut here: nobody types more, and websearch parsing stays cheap. */
export const MAX_QUERY_LENGTH = 200

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
  page: number
  totalPages: number
}

type Row = {
  kind: SearchHit['kind']
  id: number
  title: string | null
  slug: string | null
  date: string | Date | null
  snippet: string | null
  total: string | number
}

/** Whitespace-normalised, length-capped query text; empty when there is nothing to search. */
export function normaliseQuery(raw: unknown): string {
  if (typeof raw !== 'string') return ''
  // Control characters would break the snippet markers and mean nothing in a search.
  return raw.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
}

/**
 * PostgreSQL full-text search over published articles, statements and events, ranked by
 * ts_rank_cd over weighted vectors (title A, standfirst B, body C; see the search_index
 * migration), newest first among equals, with highlighted snippets computed only for the page
 * shown. websearch_to_tsquery accepts any text, so no input is a syntax error.
 */
export async function searchContent(payload: Payload, rawQuery: string, page: number): Promise<SearchResults> {
  const query = normaliseQuery(rawQuery)
  const empty = { query, hits: [], total: 0, page, totalPages: 0 }
  if (!query) return empty
  const offset = (page - 1) * SEARCH_RESULTS_PER_PAGE
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const options = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxFragments=2, MaxWords=28, MinWords=8, FragmentDelimiter=" … "`
  const { rows } = await db.execute<Row>(sql`
    with q as (select websearch_to_tsquery('english', ${query}) as query),
    matches as (
      select 'article'::text as kind, a.id, ts_rank_cd(a.search_vector, q.query) as rank, a.published_at as date
        from articles a, q where a._status = 'published' and a.search_vector @@ q.query
      union all
      select 'statement', s.id, ts_rank_cd(s.search_vector, q.query), s.date
        from statements s, q where s._status = 'published' and s.search_vector @@ q.query
      union all
      select 'event', e.id, ts_rank_cd(e.search_vector, q.query), e.start_date
        from events e, q where e._status = 'published' and e.search_vector @@ q.query
    ),
    page as (
      select *, count(*) over () as total from matches
      order by rank desc, date desc nulls last, id desc
      limit ${SEARCH_RESULTS_PER_PAGE} offset ${offset}
    )
    select page.kind, page.id, page.date, page.total,
      coalesce(a.title, e.name, s.quote) as title,
      coalesce(a.slug, e.slug) as slug,
      ts_headline('english',
        case page.kind
          when 'article' then coalesce(a.standfirst, '') || ' ' || coalesce((
            select string_agg(t, ' ') from jsonb_array_elements_text(jsonb_path_query_array(a.body, 'strict $.**.text')) as t), '')
          when 'statement' then coalesce(s.quote, '') || ' ' || coalesce(s.context, '')
          else coalesce(e.summary, e.name, '')
        end, q.query, ${options}) as snippet
    from page cross join q
    left join articles a on page.kind = 'article' and a.id = page.id
    left join statements s on page.kind = 'statement' and s.id = page.id
    left join events e on page.kind = 'event' and e.id = page.id
    order by page.rank desc, page.date desc nulls last, page.id desc
  `)
  const total = Number(rows[0]?.total ?? 0)
  if (rows.length === 0 && page === 1) return empty
  return {
    query,
    total,
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
