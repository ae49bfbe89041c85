#!/bin/sh
# A streaming replica of the `postgres` service, as the `postgres` user. Its first start copies
# the primary with pg_basebackup, which also writes the standby settings (standby.signal and
# primary_conninfo); every start then follows the primary as a hot standby the app nodes read.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  find "$PGDATA" -mindepth 1 -delete
  pg_basebackup --host=postgres --username=replicator --pgdata="$PGDATA" \
    --wal-method=stream --write-recovery-conf --checkpoint=fast
  chmod 700 "$PGDATA"
fi
exec postgres
