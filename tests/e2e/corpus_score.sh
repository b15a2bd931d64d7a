#!/usr/bin/env bash
# Hand-written articles (tests/fixtures/corpus) scored against their own gold: a check that
# linking and dating hold beyond the seeds. The checks against the gold with
# tests/e2e/own_gold.py need nothing else; those that use the scorer from shared/eval are skipped
# where it is absent.
source "$(dirname "$0")/common.bash"
check_own_gold "$src/tests/fixtures/corpus" 6 0.4
need_scorer "the entity F1, event precision and actor/target checks"
check_corpus "$src/tests/fixtures/corpus" 0.97 7 0.62 0.70
# who did what to whom, over the gold events found (the gold's actor and target)
check "event actor accuracy" "$(get "d['events']['actor_accuracy']")" ">=" 0.70
check "event target accuracy" "$(get "d['events']['target_accuracy']")" ">=" 0.68
