import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * The outbox of cache expiries (lib/cache/outbox/). With several nodes or an edge, a change's
 * tags are written here in the same transaction as the change, so they exist exactly when the
 * change does: a crash after the commit cannot lose them, a rollback takes them back. A
 * dispatcher on any node delivers each row at least once — to the other nodes over Redis and
 * as a purge to every edge — and records which of those it has reached (`pending`), so an edge
 * that is down is retried without expiring every node's pages again.
 *
 * NOTIFY is transactional: the trigger's notification reaches the dispatchers only when the
 * change commits, which is exactly when delivering it becomes right. A slow poll catches what
 * a dispatcher missed while it was not listening.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "cache_expiry_outbox" (
    "id" bigserial PRIMARY KEY,
    "exact" text[] NOT NULL,
    "bounded" text[] NOT NULL,
    "bound_seconds" integer NOT NULL,
    "origin" text,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "pending" text[],
    "last_delivery_at" timestamptz,
    "attempts" integer NOT NULL DEFAULT 0,
    "next_attempt_at" timestamptz NOT NULL DEFAULT now(),
    "last_error" text,
    "delivered_at" timestamptz
  );
  CREATE INDEX IF NOT EXISTS "cache_expiry_outbox_due" ON "cache_expiry_outbox" ("next_attempt_at", "id")
    WHERE "delivered_at" IS NULL;
  CREATE INDEX IF NOT EXISTS "cache_expiry_outbox_delivered" ON "cache_expiry_outbox" ("delivered_at")
    WHERE "delivered_at" IS NOT NULL;

  CREATE OR REPLACE FUNCTION "cache_expiry_outbox_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('cache_expiry_outbox', '');
    RETURN NULL;
  END $$;
  DROP TRIGGER IF EXISTS "cache_expiry_outbox_notify" ON "cache_expiry_outbox";
  CREATE TRIGGER "cache_expiry_outbox_notify" AFTER INSERT ON "cache_expiry_outbox"
    FOR EACH STATEMENT EXECUTE FUNCTION "cache_expiry_outbox_notify"();
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS "cache_expiry_outbox_notify" ON "cache_expiry_outbox";
  DROP FUNCTION IF EXISTS "cache_expiry_outbox_notify"();
  DROP TABLE IF EXISTS "cache_expiry_outbox";
  `)
}
