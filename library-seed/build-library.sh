#!/usr/bin/env bash
# Builds the seed library with the benchmarkhub CLI, offline and without a key:
#   target/seed-library   a git library (cloned from the bare repository target/seed-library.git)
#   target/seed-site      its static catalog site (open target/seed-site/index.html)
# For every benchmark under library-seed/: package it, replay it from its cassette (--mode replay) as its reference
# run, package it again with that run's summary (--results), and publish it.
#
#   bash library-seed/build-library.sh
#   SKIP_BUILD=1 bash library-seed/build-library.sh    # reuse the last CLI build
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -pl benchmarkhub-cli -am package -DskipTests
fi
JAR=$(ls benchmarkhub-cli/target/benchmarkhub-cli-*-all.jar | head -1)
bh() { java -jar "$JAR" "$@"; }
work=target/seed-build
rm -rf "$work" target/seed-library target/seed-library.git target/seed-site
mkdir -p "$work"
git init -q --bare --initial-branch=main target/seed-library.git
bh library init target/seed-library --remote "$(pwd)/target/seed-library.git"
for dir in library-seed/*/; do
  [ -f "$dir/benchmark.yaml" ] || continue
  name=$(basename "$dir")
  pkg="$work/packages/$name"
  bh package "$dir/benchmark.yaml" --out "$pkg"
  # exit 3 is a gate that failed on a model: still a reference result
  rc=0
  bh run "$pkg/benchmark.yaml" --mode replay --out "$work/runs" --run-id "$name-fixture-answers" > "$work/$name.run.txt" || rc=$?
  if [ "$rc" != 0 ] && [ "$rc" != 3 ]; then cat "$work/$name.run.txt"; exit "$rc"; fi
  grep -E 'replayed from cassette' "$work/$name.run.txt"
  bh package "$dir/benchmark.yaml" --out "$pkg" --results "$work/runs/$name-fixture-answers/$name.jsonl"
  bh library publish "$pkg" --library target/seed-library
done
bh library search --library target/seed-library
bh library site --library target/seed-library --out target/seed-site
