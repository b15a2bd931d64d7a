#!/usr/bin/env bash
# The second set of hand-written articles (tests/fixtures/corpus2: other battles of 2014-2017)
# scored against their own gold: a check that event extraction holds beyond the seeds and the
# first corpus. The checks against the gold with
# tests/e2e/own_gold.py need nothing else; those that use the scorer from shared/eval are skipped
# where it is absent.
source "$(dirname "$0")/common.bash"
check_own_gold "$src/tests/fixtures/corpus2" 5 0.4
need_scorer "the entity F1, event precision and actor/target checks"
check_corpus "$src/tests/fixtures/corpus2" 0.95 5 0.55 0.7
# who did what to whom, over the gold events found (the gold's actor and target)
check "event actor accuracy" "$(get "d['events']['actor_accuracy']")" ">=" 0.72
check "event target accuracy" "$(get "d['events']['target_accuracy']")" ">=" 0.5
