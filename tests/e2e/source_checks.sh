#!/usr/bin/env bash
# The source-size report: no function of src/ or include/ over 120 lines outside
# scripts/function_sizes_allow.txt, and the report catches a long function.
source "$(dirname "$0")/common.bash"
python3 "$src/scripts/function_sizes.py" "$src" || fail "a function is over 120 lines (see above)"
mkdir -p "$work/tree/src" "$work/tree/include"
{
  echo "namespace x {"
  echo "int long_one(int a) {"
  for i in $(seq 1 125); do echo "    a += $i;"; done
  echo "    return a;"
  echo "}"
  echo "int short_one() { return 1; }"
  echo "}  // namespace x"
} > "$work/tree/src/long.cpp"
rc=0
python3 "$src/scripts/function_sizes.py" "$work/tree" --allow /dev/null > "$work/report" || rc=$?
[ "$rc" -eq 1 ] || fail "a 128-line function passed: $(cat "$work/report")"
grep -q "src/long.cpp:2: long_one: 128 lines, over 120" "$work/report" || fail "report: $(cat "$work/report")"
grep -q "short_one" "$work/report" && fail "a short function reported"
echo "ok: $(head -1 "$work/report")"
