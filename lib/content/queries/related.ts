import { sql } from '@payloadcms/db-postgres/drizzle'
import { alias } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload } from 'payload'

import { publishedSql } from '../../../access/reader-visibility'
import { articles, articles_rels } from '../../../payload-generated-schema'
import { drizzleOf } from '../../server/drizzle'
import type { ArticleSummary } from '../views'

/** What a shared link is worth when ranking related coverage. */
const RELATED_WEIGHTS = { event: 4, statement: 3, person: 2, topic: 1 } as const

/**
 * Stories ranked per shared link: the newest this many carrying it, newest by id (ids follow
 * creation, so near enough publication). A topic half the archive carries put 50,000 stories
 * through the ranking of every story page that names it (130 ms at 100,000 articles); this
 * many per link keeps the ranking a few hundred rows read from the index alone
 * (articles_rels_*_parent_idx, migrations/20261130_110000_related_link_order.ts), and a box
 * of five is still filled with the closest coverage among recent stories.
 */
const SHARERS_PER_LINK = 100

type RankedRow = {
  id: number
  title: string
  slug: string
  standfirst: string | null
  published_at: string | Date | null
  score: number | string
}

/**
 * The article whose coverage is ranked, beside the candidates read from the same table. In a
 * `sql` template an alias renders as its name only: write `${articles} as ${story}`.
 */
const story = alias(articles, 'story')
const rels = articles_rels
/** A story carrying one of the ranked story's links, read in the lateral subqueries below. */
const sharer = alias(articles_rels, 'sharer')

/**
 * Published articles ranked by what they share with article `articleId` — the same event,
 * statements, people, topics, weighted by RELATED_WEIGHTS — then by recency; articles that
 * share nothing are not ranked (findLatestExcept fills a short box). One SQL statement that
 * starts from the story's own links and reads, for each, only the newest SHARERS_PER_LINK
 * stories carrying it (no scan of the archive or of a large topic, no N+1). It reads the tables directly, so it states the reader's rules itself:
 * published only, never the article itself or those in `exclude` (the curated links shown
 * before it).
 */
export function findRankedRelated(
  payload: Payload,
  articleId: number,
  exclude: number[],
  limit: number,
): Promise<ArticleSummary[]> {
  return relatedQuery(payload, { articleId, curated: [], exclude, limit })
}

/**
 * An article's related coverage in one SQL statement: the editor's curated links first, in
 * the editor's order (published ones only), then ranked articles (findRankedRelated) until
 * there are `links` in all; every curated link is shown even when there are more.
 */
export function findRelatedCoverage(
  payload: Payload,
  articleId: number,
  curated: number[],
  links: number,
): Promise<ArticleSummary[]> {
  const unique = [...new Set(curated)].filter((id) => id !== articleId)
  return relatedQuery(payload, { articleId, curated: unique, exclude: [], limit: Math.max(links, unique.length) })
}

/** The latest published articles but those in `exclude`, newest first: what fills a related box that ranking left short. */
export async function findLatestExcept(payload: Payload, exclude: number[], limit: number): Promise<ArticleSummary[]> {
  if (limit <= 0) return []
  const { rows } = await drizzleOf(payload).execute<RankedRow>(sql`
    select ${articles.id} as id, ${articles.title} as title, ${articles.slug} as slug, ${articles.standfirst} as standfirst, ${articles.publishedAt} as published_at, 0 as score
    from ${articles}
    where ${publishedSql(articles)} and ${articles.id} <> all(${`{${exclude.join(',')}}`}::int[])
    order by ${articles.publishedAt} desc nulls last, ${articles.id} desc
    limit ${limit}
  `)
  return rows.map(toSummary)
}

function toSummary(row: RankedRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    standfirst: row.standfirst,
    publishedAt: row.published_at === null ? null : new Date(row.published_at).toISOString(),
  }
}

async function relatedQuery(
  payload: Payload,
  { articleId, curated, exclude, limit }: { articleId: number; curated: number[]; exclude: number[]; limit: number },
): Promise<ArticleSummary[]> {
  if (limit <= 0) return []
  const excluded = `{${[articleId, ...exclude].join(',')}}`
  const { rows } = await drizzleOf(payload).execute<RankedRow>(sql`
    with curated as (
      select id, position from unnest(${`{${curated.join(',')}}`}::int[]) with ordinality as c(id, position)
    ),
    mine as (
      select ${rels.path} as path, ${rels.topicsID} as topic, ${rels.peopleID} as person, ${rels.statementsID} as statement from ${rels}
      where ${rels.parent} = ${articleId}::int and ${rels.path} in ('topics', 'people', 'statements')
    ),
    links as (
      select newest.id, ${RELATED_WEIGHTS.topic}::int as weight from mine cross join lateral (
        select ${sharer.parent} as id from ${rels} as ${sharer} where ${sharer.topicsID} = mine.topic and ${sharer.path} = 'topics'
        order by ${sharer.parent} desc limit ${SHARERS_PER_LINK}) as newest
      union all
      select newest.id, ${RELATED_WEIGHTS.person}::int from mine cross join lateral (
        select ${sharer.parent} as id from ${rels} as ${sharer} where ${sharer.peopleID} = mine.person and ${sharer.path} = 'people'
        order by ${sharer.parent} desc limit ${SHARERS_PER_LINK}) as newest
      union all
      select newest.id, ${RELATED_WEIGHTS.statement}::int from mine cross join lateral (
        select ${sharer.parent} as id from ${rels} as ${sharer} where ${sharer.statementsID} = mine.statement and ${sharer.path} = 'statements'
        order by ${sharer.parent} desc limit ${SHARERS_PER_LINK}) as newest
      union all
      select id, ${RELATED_WEIGHTS.event}::int from (
        select ${articles.id} as id from ${articles}
        where ${articles.event} = (select ${story.event} from ${articles} as ${story} where ${story.id} = ${articleId}::int)
        order by ${articles.id} desc limit ${SHARERS_PER_LINK}) as same_event
      union all
      select id, 0 from curated
    ),
    shared as (select id, sum(weight) as score from links group by id)
    select ${articles.id} as id, ${articles.title} as title, ${articles.slug} as slug, ${articles.standfirst} as standfirst, ${articles.publishedAt} as published_at, shared.score as score
    from shared
    join ${articles} on ${articles.id} = shared.id
    left join curated on curated.id = shared.id
    where ${publishedSql(articles)} and ${articles.id} <> all(${excluded}::int[])
    order by curated.position asc nulls last, shared.score desc, ${articles.publishedAt} desc nulls last, ${articles.id} desc
    limit ${limit}
  `)
  return rows.map(toSummary)
}
