#!/usr/bin/env bash
# Issue 11's side-by-side whole runs, one run each, CPU and wall from /usr/bin/time (run on a quiet
# machine: the ratios are of wall time). Our CLI runs as `node build/cli/main.js` (the bundle `npm run cli`
# runs; npm's own start-up, ~0.3 CPU-s, is left out, as npx is for DuckDB's script).
#   bash scripts/peers/side-by-side.sh <data folder> [1m]
# KEEP=<folder>: the outputs are written there and kept (sizes of the JSON and workbooks); PROGRESS=<file>:
# the 1M run's progress lines go to that file, each with the seconds since its start and the process's
# resident memory then (where the memory peaks). CA_TIMINGS=1: each of our runs prints its phases on stderr
# (wall and CPU seconds, memory: scripts/peers/README.md).
# <data folder> holds b20k.xlsx and c100k/ (and c1m/ with the argument 1m); see README.md here to make them,
# and install @duckdb/node-api in <data folder>/.. (e.g. /work/peers) for the DuckDB peer.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
data="$(cd "$1" && pwd)"
peers="$(dirname "$data")"
out="${KEEP:-$(mktemp -d)}"
mkdir -p "$out"
node "$repo/scripts/build-cli.mjs"
cli="$repo/build/cli/main.js"
load() { echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"; }
csvs() { local d=$1; echo --customers "$d/customers.csv" --transactions "$d/transactions.csv" \
  --surveys "$d/surveys.csv" --complaints "$d/complaints.csv" --contacts "$d/contacts.csv"; }
# Our runs analyse as of the day the generated data ends, the date the peers score RFM at (rfm_duckdb.mjs,
# rfm_pandas.py): without it the CLI analyses as of today, every customer silent for months, churn learning at
# the earlier dates impossible, not the run a user makes nor the peers' job (lead, stop 24).
asof=(--as-of 2025-12-31)
t() { local label=$1; shift; /usr/bin/time -f "$label: %U user %S sys %e wall %M KB max RSS" "$@"; }

load
t "20k/200k workbook, ours" node "$cli" analyze "$data/b20k.xlsx" "${asof[@]}" -o "$out/b20k.analysis.xlsx" -q
t "20k/200k workbook, pandas + openpyxl RFM" /usr/bin/python3 "$repo/scripts/peers/rfm_pandas.py" "$data/b20k.xlsx" >/dev/null
load
# shellcheck disable=SC2046
t "100k/1M CSVs, ours (workbook + JSON)" node "$cli" analyze $(csvs "$data/c100k") "${asof[@]}" -o "$out/c100k.xlsx" --json "$out/c100k.json" -q
(cd "$peers" && t "100k/1M CSVs, DuckDB RFM" node "$repo/scripts/peers/rfm_duckdb.mjs" "$data/c100k" >/dev/null)
load
if [ "${2:-}" = 1m ]; then
  # shellcheck disable=SC2046
  if [ -n "${PROGRESS:-}" ]; then
    # shellcheck disable=SC2046
    t "1M/10M CSVs, ours (workbook + JSON)" node "$cli" analyze $(csvs "$data/c1m") "${asof[@]}" -o "$out/c1m.xlsx" --json "$out/c1m.json" \
      2> >(start=$(date +%s); while IFS= read -r line; do
        pid=$(pgrep -n -f "build/cli/main.js analyze --customers $data/c1m" || true)
        rss=$( [ -n "$pid" ] && awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo "?")
        echo "$(( $(date +%s) - start )) s, RSS ${rss} KB: $line"; done > "$PROGRESS") >/dev/null
  else
    # shellcheck disable=SC2046
    t "1M/10M CSVs, ours (workbook + JSON)" node "$cli" analyze $(csvs "$data/c1m") "${asof[@]}" -o "$out/c1m.xlsx" --json "$out/c1m.json" -q
  fi
  [ -z "${PROGRESS:-}" ] || { sleep 1; tail -n 1 "$PROGRESS"; }
  (cd "$peers" && t "1M/10M CSVs, DuckDB RFM" node "$repo/scripts/peers/rfm_duckdb.mjs" "$data/c1m" >/dev/null)
  load
fi
ls -la "$out"
[ -n "${KEEP:-}" ] || rm -rf "$out"
