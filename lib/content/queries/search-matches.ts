import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { AnyPgColumn, PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'

import { publishedSql } from '../../../access/reader-visibility'

/**
 * The newest stories a search first looks in for matches: five times the candidates ranked
 * (search.ts), so a word in a fifth of the archive or more ("said", "the" of a real archive)
 * finds enough matches here, whatever the archive's size.
 */
const FIRST_WINDOW = 500

/**
 * The largest second window. Looking in a window costs about a microsecond per story in it
 * (the GIN index's partial match over the date range, measured at 100,000 articles); reading
 * all matches instead costs about half a microsecond per match. A second window is sized to
 * hold twice the candidates, so past this size the word is rare enough (a few per cent of
 * stories) that reading all its matches costs no more, and stays bounded by its rarity.
 */
const MAX_SECOND_WINDOW = 4_000

/** The windows' sizes, in stories: FIRST_WINDOW and MAX_SECOND_WINDOW, smaller in tests. */
export interface MatchWindows {
  firstWindow: number
  maxSecondWindow: number
}

export const MATCH_WINDOWS: MatchWindows = { firstWindow: FIRST_WINDOW, maxSecondWindow: MAX_SECOND_WINDOW }

/** A searchable table: its published-row rule, id, date and full-text columns. */
export interface MatchSource {
  table: PgTable & Parameters<typeof publishedSql>[0]
  id: AnyPgColumn
  date: AnyPgColumn
  vector: AnyPgColumn
}

/**
 * Common table expressions ending in `name`: the newest `candidates + 1` matches of `tsquery`
 * in `source` (published only), `(id, date)` rows, newest first by date then id: whoever
 * reads more than `candidates` knows there are more. Never all matches of a common word: it looks in the newest FIRST_WINDOW
 * stories; when those hold too few, in a second window sized from how many they held (twice
 * what should suffice) unless that would pass MAX_SECOND_WINDOW; and only when the windows
 * fall short, in every match. Each window is every story at least as new as its cut-off, so
 * the newest matches in a window that holds enough are the newest of the archive.
 *
 * The windows go through a GIN index over the full-text vector and the date (btree_gin;
 * migrations/20261130_100000_search_windows.ts), whose fast scan skips a common word's
 * posting list to the window's stories. The date appears there as `date at time zone 'UTC'`,
 * an expression no B-tree index has, so PostgreSQL cannot prefer the date's B-tree and test
 * the words of every story in the window against its vector (decompressing each: ten times
 * the cost).
 */
export function newestMatches(
  source: MatchSource,
  tsquery: SQL,
  name: string,
  { candidates, firstWindow, maxSecondWindow }: { candidates: number } & MatchWindows,
): SQL {
  const { table, id, date, vector } = source
  const enough = candidates + 1
  const near = sql.raw(`${name}_near`)
  const wide = sql.raw(`${name}_wide`)
  const all = sql.raw(`${name}_all`)
  const counted = sql.raw(`${name}_counted`)
  const matching = sql`${publishedSql(table)} and ${vector} @@ ${tsquery}`
  // The date of the `n`th newest published story with a date: where a window of n starts.
  const cutoff = (offset: SQL) => sql`coalesce((
    select ${date} at time zone 'UTC' from ${table} where ${publishedSql(table)} and ${date} is not null
    order by ${date} desc nulls last, ${id} desc offset ${offset} limit 1), '-infinity'::timestamp)`
  return sql`
    ${near} as materialized (
      select ${id} as id, ${date} as date from ${table}
      where ${matching} and ${date} at time zone 'UTC' >= ${cutoff(sql`${firstWindow - 1}`)}
    ),
    ${counted} as materialized (
      select count(*)::int as n, ceil(${2 * enough * firstWindow}::numeric / nullif(count(*), 0))::int as second from ${near}
    ),
    ${wide} as materialized (
      select ${id} as id, ${date} as date from ${table}
      where (select n < ${enough} and second <= ${maxSecondWindow} from ${counted})
        and ${matching} and ${date} at time zone 'UTC' >= ${cutoff(sql`(select second - 1 from ${counted})`)}
    ),
    ${all} as materialized (
      select ${id} as id, ${date} as date from ${table}
      where (select n < ${enough} from ${counted}) and (select count(*) < ${enough} from ${wide}) and ${matching}
    ),
    ${sql.raw(name)} as (
      select id, date from (
        select id, date from ${near} where (select n >= ${enough} from ${counted})
        union all select id, date from ${wide} where (select count(*) >= ${enough} from ${wide})
        union all select id, date from ${all}
      ) as found
      order by date desc nulls last, id desc limit ${enough}
    )`
}
