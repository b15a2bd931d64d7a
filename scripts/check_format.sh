#!/usr/bin/env bash
# Checks that the C++ sources are clang-format clean (.clang-format at the root):
#   scripts/check_format.sh [ROOT]
# Runs `clang-format --dry-run -Werror` over src, include, tests, bench, fuzz and
# examples, except the files listed in tests/format_pending.txt (files not yet
# formatted; the whole-tree formatting pass empties that list). Prints the
# differences and exits 1 when a file is not clean, or when a pending file is
# clean already (remove it from the list). Prints "SKIP: ..." and exits 77 when
# clang-format is not installed.
set -u
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root" || exit 1
if [ ! -f .clang-format ]; then
    echo "check_format: .clang-format is missing at $root" >&2
    exit 1
fi
format=""
for c in clang-format clang-format-14 clang-format-15 clang-format-16; do
    if command -v "$c" >/dev/null 2>&1; then format=$c; break; fi
done
if [ -z "$format" ]; then
    echo "SKIP: clang-format is not installed (apt-get install clang-format)"
    exit 77
fi
pending=tests/format_pending.txt
is_pending() { [ -f "$pending" ] && grep -qxF "$1" "$pending"; }
failed=0
checked=0
while IFS= read -r f; do
    if is_pending "$f"; then
        if "$format" --dry-run -Werror "$f" >/dev/null 2>&1; then
            echo "$f: is clang-format clean now; remove it from $pending"
            failed=1
        fi
        continue
    fi
    checked=$((checked + 1))
    if ! "$format" --dry-run -Werror "$f"; then
        echo "$f: not clang-format clean (run: $format -i $f)"
        failed=1
    fi
done < <(find src include tests bench fuzz examples -type f \
             \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' -o -name '*.cc' \) 2>/dev/null | LC_ALL=C sort)
if [ -f "$pending" ]; then
    while IFS= read -r f; do
        case "$f" in ''|'#'*) continue ;; esac
        [ -e "$f" ] || { echo "$pending: $f does not exist; remove it"; failed=1; }
    done < "$pending"
fi
if [ $failed -eq 0 ]; then
    echo "check_format: $checked files clang-format clean ($(grep -cv '^#' "$pending" 2>/dev/null || echo 0) pending)"
fi
exit $failed
