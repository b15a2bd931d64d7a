#!/usr/bin/env bash
# The library as another project uses it: `cmake --install` of this build into a
# scratch prefix (the library already built, not built again), then tests/consumer
# built against it with find_package(mosulkg) and run; then tests/consumer
# configured with the source tree added as a subdirectory.
source "$(dirname "$0")/common.bash"
build="$(dirname "$bin")"
[ -f "$build/CMakeCache.txt" ] || { echo "SKIP: $build is not a CMake build folder"; exit 77; }
prefix="$work/prefix"

cmake --install "$build" --prefix "$prefix" > "$work/install.log" 2>&1 || { cat "$work/install.log"; fail "cmake --install"; }
config=$(find "$prefix" -name mosulkgConfig.cmake | head -1)
[ -n "$config" ] || fail "no mosulkgConfig.cmake installed under $prefix"
[ -f "$(dirname "$config")/mosulkgConfigVersion.cmake" ] || fail "no mosulkgConfigVersion.cmake"
[ -f "$prefix/include/mosulkg/query.hpp" ] || fail "headers not installed"
ls "$prefix"/lib*/libmosulkg.* > /dev/null 2>&1 || fail "library not installed"
echo "ok: installed into $prefix"
# the Python package, where the module was built: importable from the prefix
if [ -d "$build/python/mosulkg" ] && [ -x /usr/bin/python3 ]; then
  module=$(find "$prefix" -name "_mosulkg*.so" | head -1)
  [ -n "$module" ] || fail "the Python module is not installed under $prefix"
  PYTHONPATH="$(dirname "$(dirname "$module")")" /usr/bin/python3 -c \
    'import mosulkg; print("ok: the installed Python package loads:", mosulkg.Pipeline())' || fail "import mosulkg from the install"
fi

# 1. the installed package
cmake -S "$src/tests/consumer" -B "$work/installed" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
    > "$work/installed.log" 2>&1 || { cat "$work/installed.log"; fail "configuring the consumer with find_package"; }
cmake --build "$work/installed" -j2 >> "$work/installed.log" 2>&1 \
    || { cat "$work/installed.log"; fail "building the consumer against the installed package"; }
out=$("$work/installed/consumer") || fail "the consumer (installed package) failed: $out"
echo "$out"
nodes=$(echo "$out" | sed -n 's/^nodes //p')
check "nodes (installed package)" "${nodes:-0}" ">" 1
"$work/installed/embed" > "$work/embed.txt" || fail "the README's example (examples/embed) failed against the install"
echo "ok: the README's example builds against the install and runs: $(head -1 "$work/embed.txt")"

# 2. the source tree as a subdirectory: configured only (building the library a second time
# would double the test's time and show nothing the installed package does not)
cmake -S "$src/tests/consumer" -B "$work/subdir" -DMOSULKG_SOURCE_DIR="$src" -DCMAKE_BUILD_TYPE=Release \
    > "$work/subdir.log" 2>&1 || { cat "$work/subdir.log"; fail "configuring the consumer with add_subdirectory"; }
cmake --build "$work/subdir" --target help > "$work/targets.txt" 2>&1 || fail "listing the subdirectory targets"
grep -q "^\.\.\. mosulkg$" "$work/targets.txt" || fail "the subdirectory build has no mosulkg target"
grep -q "^\.\.\. consumer$" "$work/targets.txt" || fail "the subdirectory build has no consumer target"
! grep -q "mosulkg_tests\|mosulkg_cli\|mosulkg_embed" "$work/targets.txt" \
    || fail "the subdirectory build would build the project's tests or tools"
echo "ok: as a subdirectory, only the library and the consumer are configured"
