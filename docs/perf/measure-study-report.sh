#!/usr/bin/env bash
# Times `omics report` on the 10,000-sample synthetic study against a plain read of the same files with Python's csv
# module, in the same run, and prints the ratio (docs/performance.md, "omics report against a plain CSV read").
#   usage: docs/perf/measure-study-report.sh [runs] [format]     (runs: default 3; format: json, the default, or case)
# Builds nothing: run `dotnet build -c Release src/OmicsReports.Cli tests/OmicsReports.Benchmarks` first.
# Extra arguments for omics go in OMICS_ARGS (e.g. OMICS_ARGS=--timings).
set -euo pipefail
runs=${1:-3}; format=${2:-json}
root="$(cd "$(dirname "$0")/../.." && pwd)"
bench="$root/tests/OmicsReports.Benchmarks/bin/Release/net10.0/OmicsReports.Benchmarks.dll"
omics="$root/src/OmicsReports.Cli/bin/Release/net10.0/omics.dll"
for f in "$bench" "$omics"; do [ -f "$f" ] || { echo "missing $f: build in Release first" >&2; exit 1; }; done
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
study="$work/study"

dotnet "$bench" --generate "$study" >/dev/null
echo "study: $(du -sh "$study" | cut -f1), $(($(grep -vc '^#' "$study/data_mutations.txt") - 1)) MAF rows"

# The plain read: every data file of the study, each row split into its fields by the csv module, nothing kept.
csv_read='import csv, glob, sys
csv.field_size_limit(1 << 30)
rows = 0
for name in sorted(glob.glob(sys.argv[1] + "/data_*.txt")):
    with open(name, newline="") as f:
        for row in csv.reader(f, delimiter="\t"):
            rows += 1
print(rows, "rows", file=sys.stderr)'

csv_total=0; omics_total=0; peak=0
for i in $(seq 1 "$runs"); do
  # Page cache warm for both: read the files once before each pair.
  cat "$study"/data_* >/dev/null
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s%N)
  python3 -c "$csv_read" "$study" 2>/dev/null
  csv_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rm -rf "$work/out"
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  /usr/bin/time -f "%M" -o "$work/rss" dotnet "$omics" report "$study" --out "$work/out" --format "$format" ${OMICS_ARGS:-} >/dev/null
  omics_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss_mb=$(( $(tail -1 "$work/rss") / 1024 ))
  [ "$rss_mb" -gt "$peak" ] && peak=$rss_mb
  printf 'run %d (load %s): csv read %d.%03d s, omics report %d.%03d s, ratio %s, max RSS %d MB\n' "$i" "$load" \
    $((csv_ms / 1000)) $((csv_ms % 1000)) $((omics_ms / 1000)) $((omics_ms % 1000)) \
    "$(awk -v a="$omics_ms" -v b="$csv_ms" 'BEGIN { printf "%.1f", a / b }')" "$rss_mb"
  csv_total=$((csv_total + csv_ms)); omics_total=$((omics_total + omics_ms))
done
printf 'mean of %d: csv read %.2f s, omics report --format %s %.2f s, ratio %.1f (target <= 10, goal 5); peak RSS %d MB; load now %s\n' \
  "$runs" "$(awk -v t="$csv_total" -v n="$runs" 'BEGIN { print t / n / 1000 }')" "$format" \
  "$(awk -v t="$omics_total" -v n="$runs" 'BEGIN { print t / n / 1000 }')" \
  "$(awk -v a="$omics_total" -v b="$csv_total" 'BEGIN { print a / b }')" "$peak" "$(cut -d' ' -f1-3 /proc/loadavg)"
