#!/usr/bin/env bash
# The server's CPU time per request, for comparing builds on a busy machine: published builds side by side (servers on core 0, load on core 1), each target measured
# on each build in turn (order rotating per round); ports 5421 and up. usage: bench/cpu-per-request.sh <rounds> "<target args>"... -- <dir>...
set -u
rounds=$1; shift; targets=(); while [ "$1" != "--" ]; do targets+=("$1"); shift; done; shift; dirs=("$@")
export ASPNETCORE_ENVIRONMENT=Production DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 LTK_ADMIN_PASSWORD=Bench-1-Abcdef123456
bench=${dirs[0]}/LtkSite.Bench/LtkSite.Bench.dll
pids=(); ports=(); spids=()
trap 'for p in "${pids[@]}"; do kill $p 2>/dev/null; done' EXIT
for i in "${!dirs[@]}"; do
  port=$((5421 + i)); ports+=($port)
  (cd "${dirs[$i]}/LtkSite.Web" && exec taskset -c 0 dotnet LtkSite.Web.dll --urls "http://127.0.0.1:$port" >"${dirs[$i]}/site.log" 2>&1) & pids+=($!)
done
for port in "${ports[@]}"; do taskset -c 1 dotnet "$bench" wait "http://127.0.0.1:$port/health" 600 >/dev/null || { echo "no start on $port"; exit 1; }; done
for port in "${ports[@]}"; do spids+=($(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)); done
rss() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
sleep 5
for i in "${!dirs[@]}"; do echo "idle RSS ${dirs[$i]}: $(rss ${spids[$i]}) MB"; done
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
tck=$(getconf CLK_TCK)
measure() { # dir port pid target
  taskset -c 1 dotnet "$bench" load --site "http://127.0.0.1:$2" --only --connections 64 --warmup 6 --duration 1 $4 >/dev/null 2>&1
  local c0=$(cpu $3)
  local out=$(taskset -c 1 dotnet "$bench" load --site "http://127.0.0.1:$2" --only --connections 64 --warmup 0 --duration 6 $4 2>&1 | grep '^| site' | head -1)
  local c1=$(cpu $3)
  local rps=$(echo "$out" | awk -F'|' '{ gsub(/ /,"",$3); print $3 }')
  awk -v l="$1" -v t="$4" -v c=$((c1 - c0)) -v tck=$tck -v r="$rps" 'BEGIN { printf "%s | %s | rps=%s | cpu_us_per_req=%.1f\n", l, t, r, (r > 0 ? (c / tck) * 1e6 / (r * 6) : -1) }'
}
n=${#dirs[@]}
for r in $(seq 1 "$rounds"); do
  for t in "${targets[@]}"; do
    for k in $(seq 0 $((n - 1))); do i=$(( (k + r) % n )); measure "${dirs[$i]}" "${ports[$i]}" "${spids[$i]}" "$t"; done
  done
  echo "round $r load $(cut -d' ' -f1-3 /proc/loadavg)"
done
for i in "${!dirs[@]}"; do echo "after RSS ${dirs[$i]}: $(rss ${spids[$i]}) MB"; done
