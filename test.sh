#!/usr/bin/env bash
# Runs every test of the site: unit, integration (SQLite and a real PostgreSQL), browser (Chromium + axe).
# Installs what the tests need from Debian's packages when it is missing, starts a throw-away PostgreSQL
# cluster on 127.0.0.1 for the run and stops it afterwards. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian's packages..."
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# A throw-away PostgreSQL cluster, only on 127.0.0.1, removed when the run ends.
work=$(mktemp -d /tmp/ltk-test-pg.XXXXXX)
chmod 755 "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432)
password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
as_postgres=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$work"
  as_postgres=(runuser -u postgres --)
fi
printf '%s\n' "$password" > "$work/pwfile"
[ "$(id -u)" -eq 0 ] && chown postgres "$work/pwfile"
"${as_postgres[@]}" "$pg_bin/initdb" -D "$work/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 --pwfile="$work/pwfile" >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log"; exit 1; }
"${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
stop_postgres() {
  "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop_postgres EXIT

export LTK_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=postgres;Pooling=true"
export LTK_CHROMIUM="${LTK_CHROMIUM:-$(command -v chromium)}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log="$work/dotnet-test.log"
status=0
dotnet test LtkSite.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
# One closing line for the whole run, summed over the test assemblies.
passed=$(awk '/^[ \t]*Passed: +[0-9]+/ { s += $NF } END { print s + 0 }' "$log")
failed=$(awk '/^[ \t]*Failed: +[0-9]+/ { s += $NF } END { print s + 0 }' "$log")
# The failing tests and their first lines of error last, where a shortened log still shows them.
if [ "${failed:-0}" -gt 0 ]; then
  echo "Failing tests:"
  awk '/^[ \t]*Failed [A-Za-z_]/ { print; grab = 12; next } grab > 0 { print; grab-- }' "$log" | cut -c1-400
fi
echo "${passed:-0} passed, ${failed:-0} failed"
exit $status
