#!/usr/bin/env bash
# scripts/dask_build.py on a distributed.LocalCluster of 2 workers writes the same files
# as `mosulkg build` on the same articles (records.jsonl aside: it names where each was read).
source "$(dirname "$0")/common.bash"
# Debian's python3-dask lives beside Debian's python3, which need not be the first on PATH
py=""
for p in python3 /usr/bin/python3; do
  if "$p" -c "import dask.distributed" 2>/dev/null; then py="$p"; break; fi
done
if [ -z "$py" ]; then
  echo "SKIP: python3-dask and python3-distributed are not installed (scripts/setup.sh)"
  exit 77
fi
articles=("$src"/examples/articles/*.txt)
"$bin" build "${articles[@]}" --out "$work/build" --from 1990-01 --to 2030-12 -q --jobs 1 || fail "build"
"$py" "$src/scripts/dask_build.py" "${articles[@]}" --out "$work/dask" --workers 2 --partitions 3 \
  --mosulkg "$bin" --from 1990-01 --to 2030-12 || fail "dask_build.py"
for f in "$work/build"/*; do
  name=$(basename "$f")
  [ "$name" = records.jsonl ] && continue
  cmp -s "$f" "$work/dask/$name" || fail "$name differs between mosulkg build and the Dask run"
done
echo "PASS"
