#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for tests (initdb into a temporary folder, as an
# unprivileged user, on a free loopback port) and prints `export DATABASE_URL=…` and the
# command that stops it. Used by CI; handy locally: eval "$(scripts/dev-postgres.sh)".
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ]; then
  echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi
user=${PG_TEST_USER:-titrateci}
if [ "$(id -u)" = "0" ]; then
  id "$user" >/dev/null 2>&1 || useradd --system --create-home "$user"
  run() { runuser -u "$user" -- "$@"; }
else
  user=$(id -un)
  run() { "$@"; }
fi
dir=$(mktemp -d /tmp/titrate-pg.XXXXXX)
chown "$user" "$dir" 2>/dev/null || true
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
run "$bindir/initdb" -D "$dir/data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
run "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
run "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$user" titrate_test
echo "export DATABASE_URL=postgres://$user@127.0.0.1:$port/titrate_test"
echo "export TITRATE_PG_STOP='runuser -u $user -- $bindir/pg_ctl -D $dir/data -m fast stop'"
[ "$(id -u)" = "0" ] || echo "export TITRATE_PG_STOP='$bindir/pg_ctl -D $dir/data -m fast stop'"
