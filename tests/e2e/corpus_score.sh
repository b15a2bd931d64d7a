#!/usr/bin/env bash
# Hand-written articles (tests/fixtures/corpus) scored against their own gold: a check that
# linking and dating hold beyond the seeds. Needs the scorer from shared/eval.
source "$(dirname "$0")/common.bash"
need_shared
check_corpus "$src/tests/fixtures/corpus" 0.97 6 0.75
