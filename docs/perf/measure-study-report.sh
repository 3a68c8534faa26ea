#!/usr/bin/env bash
# Times `omics report` on the 10,000-sample synthetic study against a plain read of the same files with Python's csv
# module, in the same run, and prints the ratio (docs/performance.md, "omics report against a plain CSV read").
#   usage: docs/perf/measure-study-report.sh [runs] [format]     (runs: default 3; format: json, the default, or case)
# Build first: dotnet build -c Release src/OmicsReports.Cli; dotnet build -c Release tests/OmicsReports.Benchmarks
# OMICS_ARGS adds arguments to omics (e.g. OMICS_ARGS=--timings prints the phase breakdown on standard error).
# OMICS_BASELINE=<path to another omics.dll> times that build too, in the same runs (before/after comparisons).
set -euo pipefail
runs=${1:-3}; format=${2:-json}
root="$(cd "$(dirname "$0")/../.." && pwd)"
bench="$root/tests/OmicsReports.Benchmarks/bin/Release/net10.0/OmicsReports.Benchmarks.dll"
omics="$root/src/OmicsReports.Cli/bin/Release/net10.0/omics.dll"
for f in "$bench" "$omics" ${OMICS_BASELINE:-}; do [ -f "$f" ] || { echo "missing $f: build in Release first" >&2; exit 1; }; done
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
study="$work/study"

dotnet "$bench" --generate "$study" >/dev/null
echo "study: $(du -sh "$study" | cut -f1), $(($(grep -vc '^#' "$study/data_mutations.txt") - 1)) MAF rows; $(nproc) cores"

# The plain read: every data file of the study, each row split into its fields by the csv module, nothing kept.
csv_read='import csv, glob, sys
csv.field_size_limit(1 << 30)
rows = 0
for name in sorted(glob.glob(sys.argv[1] + "/data_*.txt")):
    with open(name, newline="") as f:
        for row in csv.reader(f, delimiter="\t"):
            rows += 1
print(rows, "rows", file=sys.stderr)'

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
sec() { awk -v m="$1" 'BEGIN { printf "%.2f", m / 1000 }'; }
# Runs one omics build; prints "<milliseconds> <max RSS MB>".
time_omics() {
  rm -rf "$work/out"
  local start; start=$(date +%s%N)
  # shellcheck disable=SC2086
  /usr/bin/time -f "%M" -o "$work/rss" dotnet "$1" report "$study" --out "$work/out" --format "$format" ${OMICS_ARGS:-} >/dev/null
  echo "$(ms "$start") $(( $(tail -1 "$work/rss") / 1024 ))"
}

csv_total=0; omics_total=0; base_total=0; peak=0
for i in $(seq 1 "$runs"); do
  cat "$study"/data_* >/dev/null   # the page cache is warm for every reader
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s%N); python3 -c "$csv_read" "$study" 2>/dev/null; csv_ms=$(ms "$start")
  read -r omics_ms rss < <(time_omics "$omics")
  [ "$rss" -gt "$peak" ] && peak=$rss
  line="run $i (load $load): csv read $(sec "$csv_ms") s, omics report $(sec "$omics_ms") s, ratio $(awk -v a="$omics_ms" -v b="$csv_ms" 'BEGIN { printf "%.1f", a / b }'), max RSS $rss MB"
  if [ -n "${OMICS_BASELINE:-}" ]; then
    read -r base_ms base_rss < <(time_omics "$OMICS_BASELINE")
    line="$line; baseline $(sec "$base_ms") s (ratio $(awk -v a="$base_ms" -v b="$csv_ms" 'BEGIN { printf "%.1f", a / b }'), max RSS $base_rss MB)"
    base_total=$((base_total + base_ms))
  fi
  echo "$line"
  csv_total=$((csv_total + csv_ms)); omics_total=$((omics_total + omics_ms))
done
echo "mean of $runs: csv read $(sec $((csv_total / runs))) s, omics report --format $format $(sec $((omics_total / runs))) s," \
  "ratio $(awk -v a="$omics_total" -v b="$csv_total" 'BEGIN { printf "%.1f", a / b }') (target <= 10, goal 5); peak RSS $peak MB" \
  "$([ -n "${OMICS_BASELINE:-}" ] && echo "; baseline $(sec $((base_total / runs))) s, ratio $(awk -v a="$base_total" -v b="$csv_total" 'BEGIN { printf "%.1f", a / b }')")"
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
