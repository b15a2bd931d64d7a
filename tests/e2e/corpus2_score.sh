#!/usr/bin/env bash
# The second set of hand-written articles (tests/fixtures/corpus2: other battles of 2014-2017)
# scored against their own gold: a check that event extraction holds beyond the seeds and the
# first corpus. Needs the scorer from shared/eval.
source "$(dirname "$0")/common.bash"
need_shared
check_corpus "$src/tests/fixtures/corpus2" 0.95 5 0.7
