import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * "Page 1 of 5,000" needs the number of published stories in an archive, and counting them
 * is the one part of an archive page that grows with the archive: at 100,000 stories a count
 * took 12 ms for the home page and 62 ms for a large topic, more than the rest of the page.
 * So the counts are kept, exactly, in `article_archive_counts` — one row per archive (`` for
 * every story, `event:<id>`, `topics:<id>`, `people:<id>`, `authors:<id>`) — by triggers on
 * the rows they count, in the same transaction as the change: a publish adds one to the
 * archives it joins, an unpublish or a deletion takes it away, a story moved from one topic to
 * another moves its one.
 *
 * The triggers add differences, never recount, so concurrent publishes cannot overwrite each
 * other's counts (each adds under the row's lock). Inserts and updates are counted once per
 * statement from its transition tables (a bulk load costs one addition per archive per
 * statement); a story's deletion is counted before the row goes, while its relationships —
 * which the foreign key's cascade deletes — are still there to say which archives lose it.
 * A relationship row counts when its story is published at the time the row changes, so
 * whichever order Payload writes a story and its relationships in, each change is counted
 * once. The table is derived data: backups leave it out and a restore rebuilds it through the
 * same triggers.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "article_archive_counts" (
    "scope" text PRIMARY KEY,
    "published" integer NOT NULL
  );

  -- Adds each archive's difference; in scope order, so concurrent writers lock rows in one order.
  CREATE OR REPLACE FUNCTION "article_archive_counts_add"("deltas" jsonb) RETURNS void LANGUAGE sql AS $$
    INSERT INTO "article_archive_counts" AS "c" ("scope", "published")
    SELECT "key", "value"::integer FROM jsonb_each_text("deltas") WHERE "value"::integer <> 0 ORDER BY "key"
    ON CONFLICT ("scope") DO UPDATE SET "published" = "c"."published" + excluded."published";
  $$;

  -- The archive a relationship row puts its story in, or null for relationships no archive lists.
  CREATE OR REPLACE FUNCTION "article_archive_scope"("path" varchar, "topics_id" integer, "people_id" integer, "users_id" integer)
  RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE "path" WHEN 'topics' THEN 'topics:' || "topics_id" WHEN 'people' THEN 'people:' || "people_id" WHEN 'authors' THEN 'authors:' || "users_id" END;
  $$;

  CREATE OR REPLACE FUNCTION "article_archive_counts_on_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM "article_archive_counts_add"(coalesce(jsonb_object_agg("scope", "n"), '{}'))
    FROM (
      SELECT "s"."scope", count(*) AS "n"
      FROM "new_rows" "a", LATERAL (VALUES (''), ('event:' || "a"."event_id")) AS "s"("scope")
      WHERE "a"."_status" = 'published' AND "s"."scope" IS NOT NULL
      GROUP BY "s"."scope"
    ) AS "d";
    RETURN NULL;
  END $$;

  CREATE OR REPLACE FUNCTION "article_archive_counts_on_update"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM "article_archive_counts_add"(coalesce(jsonb_object_agg("scope", "n"), '{}'))
    FROM (
      SELECT "scope", sum("delta") AS "n" FROM (
        SELECT "s"."scope", "s"."delta"
        FROM (
          SELECT "o"."id", "o"."event_id" AS "old_event", "n"."event_id" AS "new_event",
                 ("o"."_status" IS NOT DISTINCT FROM 'published')::integer AS "was", ("n"."_status" IS NOT DISTINCT FROM 'published')::integer AS "is"
          FROM "old_rows" "o" JOIN "new_rows" "n" ON "n"."id" = "o"."id"
        ) AS "c",
        LATERAL (VALUES ('', "c"."is" - "c"."was"), ('event:' || "c"."old_event", -"c"."was"), ('event:' || "c"."new_event", "c"."is")) AS "s"("scope", "delta")
        WHERE "s"."scope" IS NOT NULL
        UNION ALL
        SELECT article_archive_scope("r"."path", "r"."topics_id", "r"."people_id", "r"."users_id"),
               ("n"."_status" IS NOT DISTINCT FROM 'published')::integer - ("o"."_status" IS NOT DISTINCT FROM 'published')::integer
        FROM "old_rows" "o" JOIN "new_rows" "n" ON "n"."id" = "o"."id"
        JOIN "articles_rels" "r" ON "r"."parent_id" = "n"."id"
        WHERE ("o"."_status" IS NOT DISTINCT FROM 'published') <> ("n"."_status" IS NOT DISTINCT FROM 'published')
      ) AS "changes"
      WHERE "scope" IS NOT NULL
      GROUP BY "scope"
    ) AS "d";
    RETURN NULL;
  END $$;

  CREATE OR REPLACE FUNCTION "article_archive_counts_on_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF OLD."_status" = 'published' THEN
      PERFORM "article_archive_counts_add"(coalesce(jsonb_object_agg("scope", "n"), '{}'))
      FROM (
        SELECT "scope", -count(*) AS "n" FROM (
          SELECT ''::text AS "scope"
          UNION ALL SELECT 'event:' || OLD."event_id"
          UNION ALL SELECT article_archive_scope("path", "topics_id", "people_id", "users_id") FROM "articles_rels" WHERE "parent_id" = OLD."id"
        ) AS "s"
        WHERE "scope" IS NOT NULL
        GROUP BY "scope"
      ) AS "d";
    END IF;
    RETURN OLD;
  END $$;

  -- Relationship rows added (sign 1) or removed (sign -1) while their stories are published.
  CREATE OR REPLACE FUNCTION "article_archive_counts_rels_add"("rels" "articles_rels"[], "sign" integer) RETURNS void LANGUAGE sql AS $$
    SELECT "article_archive_counts_add"(coalesce(jsonb_object_agg("scope", "n"), '{}')) FROM (
      SELECT article_archive_scope("r"."path", "r"."topics_id", "r"."people_id", "r"."users_id") AS "scope", "sign" * count(*) AS "n"
      FROM unnest("rels") AS "r" JOIN "articles" "a" ON "a"."id" = "r"."parent_id" AND "a"."_status" = 'published'
      GROUP BY 1
    ) AS "d" WHERE "scope" IS NOT NULL;
  $$;

  CREATE OR REPLACE FUNCTION "article_archive_counts_on_rels_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM "article_archive_counts_rels_add"(ARRAY(SELECT "r"::"articles_rels" FROM "new_rels" "r"), 1);
    RETURN NULL;
  END $$;

  CREATE OR REPLACE FUNCTION "article_archive_counts_on_rels_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM "article_archive_counts_rels_add"(ARRAY(SELECT "r"::"articles_rels" FROM "old_rels" "r"), -1);
    RETURN NULL;
  END $$;

  CREATE OR REPLACE FUNCTION "article_archive_counts_on_rels_update"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM "article_archive_counts_rels_add"(ARRAY(SELECT "r"::"articles_rels" FROM "old_rels" "r"), -1);
    PERFORM "article_archive_counts_rels_add"(ARRAY(SELECT "r"::"articles_rels" FROM "new_rels" "r"), 1);
    RETURN NULL;
  END $$;

  CREATE TRIGGER "article_archive_counts_insert" AFTER INSERT ON "articles"
    REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "article_archive_counts_on_insert"();
  CREATE TRIGGER "article_archive_counts_update" AFTER UPDATE ON "articles"
    REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "article_archive_counts_on_update"();
  CREATE TRIGGER "article_archive_counts_delete" BEFORE DELETE ON "articles"
    FOR EACH ROW EXECUTE FUNCTION "article_archive_counts_on_delete"();
  CREATE TRIGGER "article_archive_counts_rels_insert" AFTER INSERT ON "articles_rels"
    REFERENCING NEW TABLE AS "new_rels" FOR EACH STATEMENT EXECUTE FUNCTION "article_archive_counts_on_rels_insert"();
  CREATE TRIGGER "article_archive_counts_rels_update" AFTER UPDATE ON "articles_rels"
    REFERENCING OLD TABLE AS "old_rels" NEW TABLE AS "new_rels" FOR EACH STATEMENT EXECUTE FUNCTION "article_archive_counts_on_rels_update"();
  CREATE TRIGGER "article_archive_counts_rels_delete" AFTER DELETE ON "articles_rels"
    REFERENCING OLD TABLE AS "old_rels" FOR EACH STATEMENT EXECUTE FUNCTION "article_archive_counts_on_rels_delete"();

  -- The archives as they stand.
  INSERT INTO "article_archive_counts" ("scope", "published")
  SELECT "scope", count(*) FROM (
    SELECT ''::text AS "scope" FROM "articles" WHERE "_status" = 'published'
    UNION ALL SELECT 'event:' || "event_id" FROM "articles" WHERE "_status" = 'published' AND "event_id" IS NOT NULL
    UNION ALL SELECT article_archive_scope("r"."path", "r"."topics_id", "r"."people_id", "r"."users_id")
      FROM "articles_rels" "r" JOIN "articles" "a" ON "a"."id" = "r"."parent_id" AND "a"."_status" = 'published'
  ) AS "s"
  WHERE "scope" IS NOT NULL
  GROUP BY "scope"
  ON CONFLICT ("scope") DO UPDATE SET "published" = excluded."published";
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS "article_archive_counts_insert" ON "articles";
  DROP TRIGGER IF EXISTS "article_archive_counts_update" ON "articles";
  DROP TRIGGER IF EXISTS "article_archive_counts_delete" ON "articles";
  DROP TRIGGER IF EXISTS "article_archive_counts_rels_insert" ON "articles_rels";
  DROP TRIGGER IF EXISTS "article_archive_counts_rels_update" ON "articles_rels";
  DROP TRIGGER IF EXISTS "article_archive_counts_rels_delete" ON "articles_rels";
  DROP FUNCTION IF EXISTS "article_archive_counts_on_insert"();
  DROP FUNCTION IF EXISTS "article_archive_counts_on_update"();
  DROP FUNCTION IF EXISTS "article_archive_counts_on_delete"();
  DROP FUNCTION IF EXISTS "article_archive_counts_on_rels_insert"();
  DROP FUNCTION IF EXISTS "article_archive_counts_on_rels_delete"();
  DROP FUNCTION IF EXISTS "article_archive_counts_on_rels_update"();
  DROP FUNCTION IF EXISTS "article_archive_counts_rels_add"("articles_rels"[], integer);
  DROP FUNCTION IF EXISTS "article_archive_scope"(varchar, integer, integer, integer);
  DROP FUNCTION IF EXISTS "article_archive_counts_add"(jsonb);
  DROP TABLE IF EXISTS "article_archive_counts";
  `)
}
