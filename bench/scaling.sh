#!/usr/bin/env bash
# End-to-end scaling of `mosulkg build` on the perf corpus: for each size (MB), the
# seconds (elapsed, and CPU: user + system), MB/s, seconds per MB and peak memory, on
# --jobs 1; then --jobs 2 on the largest. On a busy machine the CPU seconds are the
# steadier measure of --jobs 1; MB/s is computed from the elapsed time.
# usage: bench/scaling.sh MOSULKG [SIZES...]    (default sizes: 10 20 50 100)
# The corpora are written by ../shared/eval/make_perf_corpus.py into $TMPDIR.
set -euo pipefail
bin="$1"; shift
[ $# -gt 0 ] && sizes=("$@") || sizes=(10 20 50 100)
here="$(cd "$(dirname "$0")/.." && pwd)"
make="$here/../shared/eval/make_perf_corpus.py"
tmp="${TMPDIR:-/tmp}/mosulkg_scaling"
mkdir -p "$tmp"
run() {  # run SIZE JOBS
  local corpus="$tmp/perf$1.jsonl"
  [ -f "$corpus" ] || python3 "$make" "$1" "$corpus" >/dev/null
  local mb; mb=$(python3 -c "import os; print(os.path.getsize('$corpus') / 1e6)")
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$bin" build "$corpus" --out "$tmp/out" -q --jobs "$2" >/dev/null 2>&1
  read -r secs user sys kb < "$tmp/time"
  python3 -c "mb, s, cpu, kb = $mb, $secs, $user + $sys, $kb; print(f'{mb:6.1f} MB  --jobs $2  {s:7.2f} s  (CPU {cpu:7.2f} s)  {mb / s:5.2f} MB/s  {s / mb:6.3f} s/MB  (CPU {cpu / mb:6.3f} s/MB)  {kb / 1024:6.0f} MB peak')"
}
for s in "${sizes[@]}"; do run "$s" 1; done
run "${sizes[-1]}" 2
