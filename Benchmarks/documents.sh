#!/bin/sh
# The LAMPIRAN exports of a large plan, timed through the release binary: wall time and peak memory
# (GNU time's maximum resident set size) of `rencana export --format xlsx|html --out`, the median of RUNS.
#
#   swift build -c release --product rencana && sh Benchmarks/documents.sh [ROWS] [RUNS]
set -eu
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
RUNS=${2:-5}
BIN=.build/release/rencana
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_STATE_HOME="$WORK/state"
"$BIN" generate --rows "$ROWS" --out "$WORK/plan.json"
echo "plan: $ROWS rows, $(du -h "$WORK/plan.json" | cut -f1)"
for format in xlsx html; do
  : > "$WORK/times"
  i=0
  while [ $i -lt "$RUNS" ]; do
    /usr/bin/time -f "%e %M" -o "$WORK/one" "$BIN" export "$WORK/plan.json" --format $format --out "$WORK/out.$format" --force
    cat "$WORK/one" >> "$WORK/times"
    i=$((i + 1))
  done
  median_s=$(cut -d' ' -f1 "$WORK/times" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  median_kb=$(cut -d' ' -f2 "$WORK/times" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  echo "$format: median ${median_s} s, peak RSS $((median_kb / 1024)) MB, file $(du -h "$WORK/out.$format" | cut -f1) (runs: $(cut -d' ' -f1 "$WORK/times" | tr '\n' ' '))"
done
