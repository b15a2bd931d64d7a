#!/usr/bin/env bash
# An AddressSanitizer + UndefinedBehaviorSanitizer build (build-asan/, -O1) of the library, the
# unit tests and the fuzz target (fuzz/): runs the unit tests, then the fuzz target for a bounded
# time over the bundled articles and the sample texts. With Clang the fuzz target is libFuzzer;
# without it, a deterministic mutation driver.
# usage: scripts/sanitize.sh [FUZZ_SECONDS]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
compiler=()
if command -v clang++ > /dev/null \
   && echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' \
      | clang++ -x c++ -fsanitize=fuzzer,address,undefined - -o /dev/null 2> /dev/null; then
  compiler=(-DCMAKE_CXX_COMPILER=clang++)
fi
flags="-O1 -g1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=None "${compiler[@]}" -DCMAKE_CXX_FLAGS="$flags" \
  -DMOSULKG_FUZZ=ON -DMOSULKG_BUILD_TOOLS=OFF > build-asan.log
echo "== sanitizer build (log in build-asan.log)"
cmake --build build-asan -j "$(nproc 2> /dev/null || echo 2)" --target mosulkg_tests mosulkg_fuzz >> build-asan.log 2>&1 \
  || { tail -n 40 build-asan.log; exit 1; }
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:suppressions=$PWD/fuzz/asan.supp UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
echo "== unit tests under ASan/UBSan"
build-asan/tests/mosulkg_tests --no-intro --no-version
echo "== fuzzing for ${seconds} s"
rm -rf build-asan/fuzz-corpus && mkdir -p build-asan/fuzz-corpus
build-asan/fuzz/mosulkg_fuzz build-asan/fuzz-corpus examples/articles tests/fixtures/robust fuzz/seeds \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -n 25
