/**
 * Every archive whose kept count (article_archive_counts, migration
 * 20261207_100000_archive_counts) differs from a count of the published stories it stands for,
 * in one snapshot: `scope`, `kept`, `actual`. No rows when every count is exact.
 */
export const ARCHIVE_COUNT_MISMATCHES = `
  with truth as (
    select scope, count(*)::integer as published from (
      select ''::text as scope from articles where _status = 'published'
      union all select 'event:' || event_id from articles where _status = 'published' and event_id is not null
      union all select case r.path when 'topics' then 'topics:' || r.topics_id when 'people' then 'people:' || r.people_id when 'authors' then 'authors:' || r.users_id end
        from articles_rels r join articles a on a.id = r.parent_id and a._status = 'published'
        where r.path in ('topics', 'people', 'authors')
    ) s group by scope
  )
  select coalesce(k.scope, t.scope) as scope, k.published as kept, t.published as actual
  from article_archive_counts k full join truth t on t.scope = k.scope
  where coalesce(k.published, 0) <> coalesce(t.published, 0)`
