import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { ArticleSummary } from './articles'

/** What a shared link is worth when ranking related coverage. */
export const RELATED_WEIGHTS = { event: 4, statement: 3, person: 2, topic: 1 } as const

type RankedRow = {
  id: number
  title: string
  slug: string
  standfirst: string | null
  published_at: string | Date | null
  score: number | string
}

/**
 * Published articles ranked by what they share with article `articleId` — the same event,
 * statements, people, topics, weighted by RELATED_WEIGHTS — then by recency; articles that
 * share nothing follow, newest first, so a story always leads on somewhere. One SQL
 * statement over the relationship table, whatever the number of links (no N+1). It reads the
 * tables directly, so it states the reader's rules itself: published only, never the article
 * itself or those in `exclude` (the curated links shown before it).
 */
export function findRankedRelated(payload: Payload, articleId: number, exclude: number[], limit: number): Promise<ArticleSummary[]> {
  return relatedQuery(payload, { articleId, curated: [], exclude, limit })
}

/**
 * An article's related coverage in one SQL statement: the editor's curated links first, in
 * the editor's order (published ones only), then ranked articles (findRankedRelated) until
 * there are `links` in all; every curated link is shown even when there are more.
 */
export function findRelatedCoverage(payload: Payload, articleId: number, curated: number[], links: number): Promise<ArticleSummary[]> {
  const unique = [...new Set(curated)].filter((id) => id !== articleId)
  return relatedQuery(payload, { articleId, curated: unique, exclude: [], limit: Math.max(links, unique.length) })
}

async function relatedQuery(payload: Payload, { articleId, curated, exclude, limit }: { articleId: number; curated: number[]; exclude: number[]; limit: number }): Promise<ArticleSummary[]> {
  if (limit <= 0) return []
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const excluded = [articleId, ...exclude]
  const { rows } = await db.execute<RankedRow>(sql`
    with curated as (
      select id, position from unnest(${`{${curated.join(',')}}`}::int[]) with ordinality as c(id, position)
    ),
    mine as (
      select path, topics_id, people_id, statements_id from articles_rels
      where parent_id = ${articleId}::int and path in ('topics', 'people', 'statements')
    ),
    shared as (
      select r.parent_id as id, sum(case
        when r.path = 'statements' then ${RELATED_WEIGHTS.statement}::int
        when r.path = 'people' then ${RELATED_WEIGHTS.person}::int
        else ${RELATED_WEIGHTS.topic}::int end) as score
      from articles_rels r
      join mine m on m.path = r.path and (
        (r.path = 'topics' and r.topics_id = m.topics_id) or
        (r.path = 'people' and r.people_id = m.people_id) or
        (r.path = 'statements' and r.statements_id = m.statements_id))
      group by r.parent_id
    )
    select a.id, a.title, a.slug, a.standfirst, a.published_at,
      coalesce(s.score, 0) + case when a.event_id is not null
        and a.event_id = (select event_id from articles where id = ${articleId}::int) then ${RELATED_WEIGHTS.event}::int else 0 end as score
    from articles a
    left join shared s on s.id = a.id
    left join curated c on c.id = a.id
    where a._status = 'published'
      and a.id not in (${sql.join(excluded.map((id) => sql`${id}`), sql`, `)})
    order by c.position asc nulls last, score desc, a.published_at desc nulls last, a.id desc
    limit ${limit}
  `)
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    slug: row.slug,
    standfirst: row.standfirst,
    publishedAt: row.published_at === null ? null : new Date(row.published_at).toISOString(),
  }))
}
