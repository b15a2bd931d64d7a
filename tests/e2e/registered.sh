#!/usr/bin/env bash
# Every TEST_CASE of tests/test_*.cpp runs under ctest: the source, doctest and ctest agree on
# the number of unit tests (a name with ';' or a discovery gone wrong would split or lose one).
source "$(dirname "$0")/common.bash"
build="$(dirname "$bin")"
in_source=$(grep -hE "^[[:space:]]*TEST_CASE\(" "$src"/tests/test_*.cpp | wc -l)
in_doctest=$("$build/tests/mosulkg_tests" --count | sed -n 's/.*passing the current filters: \([0-9]*\).*/\1/p')
in_ctest=$(ctest --test-dir "$build" -N | grep "Test *#" | grep -vc " e2e_\| example_\| format_check")
echo "TEST_CASEs: $in_source in the source, $in_doctest in doctest, $in_ctest in ctest"
[ "$in_source" -eq "$in_doctest" ] || fail "doctest counts $in_doctest test cases, the source $in_source"
[ "$in_ctest" -eq "$in_doctest" ] || fail "ctest runs $in_ctest unit tests, doctest has $in_doctest"
# and no name that ctest would split
! grep -nE '^[[:space:]]*TEST_CASE\(".*;' "$src"/tests/test_*.cpp || fail "a TEST_CASE name holds ';'"
