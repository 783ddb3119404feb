#!/usr/bin/env bash
# make bench: throughput and peak memory of `reportlint lint --format json` with every default
# pack, on 1 core and on all cores, over generated corpora of 10, 40 and 100 MB; compared with
# autocorrect-py (a Rust CJK linter, when installed) and with ripgrep scanning every byte once.
# Every time is the fastest of BENCH_RUNS runs (default 3); BENCH_SIZES picks the corpora.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/reportlint
OUT=${BENCH_DIR:-bench-out}
CORPORA=${BENCH_SIZES:-"10 40 100"}
SHARED=../shared/corpora/gov-work-reports
mkdir -p "$OUT"
sources=(Fixtures)
[ -d "$SHARED" ] && sources+=("$SHARED")

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "reportlint: $($BIN --version), $($BIN rules | wc -l) rules"
printf '%-8s %-16s %10s %10s %12s\n' corpus run seconds MB/s "peak MB"

# Runs a command BENCH_RUNS times (default 3) under GNU time; prints the fastest run's seconds
# (wall clock, to the millisecond) and the largest peak resident MB. The fastest run is the one
# least disturbed by the rest of the machine; GNU time alone rounds to hundredths.
RUNS=${BENCH_RUNS:-3}
measure() {
  local log best="" peak=0 start end seconds kb
  log=$(mktemp)
  for _ in $(seq "$RUNS"); do
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$log" "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", (b - a) / 1e9}')
    kb=$(tail -n 1 "$log")
    best=$(min_of "$best" "$seconds")
    peak=$(( kb > peak ? kb : peak ))
  done
  rm -f "$log"
  awk -v s="$best" -v k="$peak" 'BEGIN {printf "%s %.1f", s, k / 1024}'
}

# The smaller of two timings; the first may be empty (no run yet).
min_of() { awk -v a="$1" -v b="$2" 'BEGIN {print (a == "" || b < a) ? b : a}'; }

# autocorrect-py by its own clock (reading included, Python's start left out), fastest of
# BENCH_RUNS like ours.
fastest_autocorrect() {
  local best="" seconds
  for _ in $(seq "$RUNS"); do
    read -r seconds _ <<<"$("$@")"
    best=$(min_of "$best" "$seconds")
  done
  echo "$best"
}

# The ratio of two timings, to one decimal: how many times faster the second is.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf (b > 0 ? "%.1f" : "-"), a / b}'; }

for size in $CORPORA; do
  dir="$OUT/corpus-${size}mb"
  [ -d "$dir" ] || python3 scripts/make_bench_corpus.py "$dir" "$size" "${sources[@]}" >/dev/null
  mb=$(du -sm --apparent-size "$dir" | cut -f1)
  print_row() {  # name, seconds, peak
    printf '%-8s %-16s %10s %10.1f %12s\n' "${size}MB" "$1" "$2" "$(awk -v a="$mb" -v b="$2" 'BEGIN {print (b > 0 ? a / b : 0)}')" "$3"
  }
  row() {  # variable to keep the seconds in, name, then the command
    local keep=$1 name=$2 seconds peak
    shift 2
    read -r seconds peak <<<"$(measure "$@")"
    printf -v "$keep" '%s' "$seconds"
    print_row "$name" "$seconds" "$peak"
  }
  row ours_one "reportlint 1" taskset -c 0 "$BIN" lint --format json "$dir"
  row ours_all "reportlint all" "$BIN" lint --format json "$dir"
  if command -v rg >/dev/null; then
    # The floor: ripgrep reading every byte once, looking for a string that never occurs.
    row rg_one "rg 1" rg -j1 -uuu -c 'qqzzqqzz' "$dir"
    row rg_all "rg all" rg -uuu -c 'qqzzqqzz' "$dir"
    echo "         reportlint is $(ratio "$ours_one" "$rg_one")x / $(ratio "$ours_all" "$rg_all")x the ripgrep floor's time (1 core / all cores)"
  fi
  if python3 -c 'import autocorrect_py' 2>/dev/null; then
    ac_one=$(fastest_autocorrect taskset -c 0 python3 scripts/bench_autocorrect.py "$dir")
    print_row "autocorrect 1" "$ac_one" "-"
    ac_all=$(fastest_autocorrect python3 scripts/bench_autocorrect.py --jobs "$(nproc)" "$dir")
    print_row "autocorrect all" "$ac_all" "-"
    echo "         reportlint is $(ratio "$ac_one" "$ours_one")x / $(ratio "$ac_all" "$ours_all")x / $(ratio "$ac_one" "$ours_all")x faster than autocorrect (1 core / all cores / all cores against its 1)"
  fi
done
[ -n "$(command -v rg)" ] || echo "(ripgrep not installed: apt-get install ripgrep for the floor)"
python3 -c 'import autocorrect_py' 2>/dev/null || echo "(autocorrect-py not installed: pip install autocorrect-py for the comparison)"
