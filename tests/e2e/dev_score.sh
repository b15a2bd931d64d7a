#!/usr/bin/env bash
# The development set (shared/dev: 20 real campaign articles with hand-made gold) scored with the
# shared scorer: who did what to whom, entry purity, publication dates. The thresholds hold the
# levels measured today, a little below them (README, "Relations").
source "$(dirname "$0")/common.bash"
need_shared
[ -f "$shared/dev/corpus.jsonl" ] || { echo "SKIP: $shared/dev/corpus.jsonl is not beside the project"; exit 77; }
score_articles "$shared/dev/gold.json" "$shared/dev/corpus.jsonl"
check "publication dates right" "$(get "d['documents']['published_correct']")" ">=" 20
check "entity F1" "$(get "d['entities']['all']['f1']")" ">=" 0.96
check "linking F1" "$(get "d['linking']['f1']")" ">=" 0.975
check "event recall" "$(get "d['events']['recall']")" ">=" 0.74
check "event precision" "$(get "d['events']['precision']")" ">=" 0.90
check "entry purity" "$(get "d['events']['entry_purity']")" ">=" 0.98
check "kind of the events found" "$(get "d['events']['kind_accuracy']")" ">=" 0.86
check "actor of the events found" "$(get "d['events']['actor_accuracy']")" ">=" 0.77
check "target of the events found" "$(get "d['events']['target_accuracy']")" ">=" 0.80
check "timeline entries per real event" "$(get "d['events']['entries_per_cluster']")" "<=" 1.15
