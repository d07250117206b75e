#!/usr/bin/env bash
# Publishes the site and the bare reference host in Release, measures cold start, then puts each target under
# load and prints a table of figures. Everything runs on 127.0.0.1 in a temporary folder removed on exit;
# the repository's App_Data is never touched.
#
#   bash bench/run.sh [--pinned] [--connections 64] [--warmup 30] [--duration 10] [--cold-runs 3] [--items N]
#                     [--only] [--editor /path ...] [/extra/path ...]
#
# With --items N the site is set up from a recipe with N generated content items before the load run (the import is
# timed) and the content list, a deep page of it, a search, a filter, a sort and a published item's page are measured.
set -euo pipefail
cd "$(dirname "$0")/.."

pinned=0; connections=64; warmup=30; duration=10; cold_runs=3; items=0; extra=(); load_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --pinned) pinned=1 ;;
    --connections) connections=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --duration) duration=$2; shift ;;
    --cold-runs) cold_runs=$2; shift ;;
    --items) items=$2; shift ;;
    --only) load_args+=(--only) ;;
    --editor) load_args+=(--editor "$2"); shift ;;
    /*) extra+=("$1") ;;
    *) echo "Unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

work=$(mktemp -d /tmp/ltk-bench.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "Publishing to $work ..."
# The site as it is deployed: for this machine's runtime, compiled ahead of time (ReadyToRun, see its csproj).
rid=$(dotnet --info | awk '/RID:/ { print $2; exit }')
for project in src/LtkSite.Web/LtkSite.Web.csproj bench/BareHost/BareHost.csproj bench/LtkSite.Bench/LtkSite.Bench.csproj; do
  name=$(basename "$project" .csproj)
  runtime=(); [ "$name" = LtkSite.Web ] && runtime=(-r "$rid" --self-contained false)
  dotnet publish "$project" -c Release "${runtime[@]}" -o "$work/$name" --nologo -v quiet -p:UseAppHost=false >"$work/publish-$name.log" 2>&1 \
    || { cat "$work/publish-$name.log"; exit 1; }
done

# The published folder is the site's content root, so its database is $work/LtkSite.Web/App_Data/ltk.db.
site_dir=$work/LtkSite.Web
export ASPNETCORE_ENVIRONMENT=Production
# Digits, upper and lower case, as the password rules of the site ask.
export LTK_ADMIN_PASSWORD=Bench-1-$(head -c 12 /dev/urandom | base64 | tr -dc "A-Za-z0-9")
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

server=(); client=()
mode="unpinned (server and load generator share all cores)"
if [ "$pinned" -eq 1 ]; then
  server=(taskset -c 0); client=(taskset -c 1)
  mode="pinned (server on core 0, load generator on core 1)"
fi
bench() { "${client[@]}" dotnet "$work/LtkSite.Bench/LtkSite.Bench.dll" "$@"; }

read -r site_port bare_port < <(bench freeport 2 | paste -sd ' ')
site_url=http://127.0.0.1:$site_port
bare_url=http://127.0.0.1:$bare_port
site_cmd=("${server[@]}" dotnet "$site_dir/LtkSite.Web.dll" --urls "$site_url")
bare_cmd=("${server[@]}" dotnet "$work/BareHost/BareHost.dll" --urls "$bare_url")

# Other work on a shared machine moves every figure; the load average says how quiet it was.
echo "Machine: $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg) before the run; $(date -u '+%Y-%m-%d %H:%M UTC')."
echo
echo "## Cold start: process start to first 200 ($mode)"
echo
echo "| Server | median | min | max | starts |"
echo "|---|---:|---:|---:|---:|"
if [ "$cold_runs" -gt 0 ]; then
bench coldstart --label "bare /" --url "$bare_url/" --runs "$cold_runs" --workdir "$work/BareHost" -- "${bare_cmd[@]}"
bench coldstart --label "site /health, empty database (migrate + setup)" --url "$site_url/health" --runs "$cold_runs" \
  --workdir "$site_dir" --reset "$site_dir/App_Data" -- "${site_cmd[@]}"
existing="existing database"
if [ "$items" -gt 0 ]; then
  # The site's own recipe plus a content type and N items; first-run setup imports them in its one transaction.
  public_path=$(bench seed --items "$items" --base recipes/ltk.recipe.json --out "$work/bench.recipe.json")
  Setup__RecipePath="$work/bench.recipe.json" bench coldstart --label "site /health, empty database + $items items (migrate + setup + import)" \
    --url "$site_url/health" --runs 1 --timeout 3600 --workdir "$site_dir" --reset "$site_dir/App_Data" -- "${site_cmd[@]}"
  existing="existing database with $items items"
fi
bench coldstart --label "site /health, $existing" --url "$site_url/health" --runs "$cold_runs" \
  --workdir "$site_dir" -- "${site_cmd[@]}"
fi

# The servers for the load run; the site keeps the database the last cold start left.
(cd "$site_dir" && exec "${site_cmd[@]}" >"$work/site.log" 2>&1) & pids+=($!)
(cd "$work/BareHost" && exec "${bare_cmd[@]}" >"$work/bare.log" 2>&1) & pids+=($!)
bench wait "$site_url/health" 60 || { cat "$work/site.log"; exit 1; }
bench wait "$bare_url/" 60 || { cat "$work/bare.log"; exit 1; }
rss() { awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }
# Idle: after start and the first request, before any load (the site's first /health has answered).
sleep 5
idle_site=$(rss "${pids[0]}"); idle_bare=$(rss "${pids[1]}")

if [ "$items" -gt 0 ]; then
  listed=$(bench count --site "$site_url")
  echo
  echo "The admin content list shows $listed items ($items imported, the rest from the site's own recipe)."
  # The site's recipe brings pages of its own, so the list holds at least the imported items.
  [ "$listed" -ge "$items" ] || { echo "Expected at least $items: the import did not bring them all." >&2; exit 1; }
  # Page 1, a page in the middle, a search for a word in about a fifth of the titles (møde), published items of
  # the type, a sort by title, and a published item's public page.
  extra=(/admin/content "/admin/content?page=$(( (items + 49) / 50 ))" "/admin/content?q=m%C3%B8de" \
    "/admin/content?type=BenchArticle&status=published" "/admin/content?sort=title-asc" "$public_path" "${extra[@]}")
fi

echo
echo "## Throughput and latency"
echo
bench load --site "$site_url" --bare "$bare_url" --connections "$connections" --warmup "$warmup" --duration "$duration" \
  --mode "$mode" "${load_args[@]}" "${extra[@]}"

echo
echo "| Resident memory | site | bare |"
echo "|---|---:|---:|"
echo "| idle, 5 s after start, before any load | $idle_site | $idle_bare |"
echo "| after the load run | $(rss "${pids[0]}") | $(rss "${pids[1]}") |"
