#!/usr/bin/env bash
# Re-records the seed benchmarks' replay cassettes from their fixture answers (answers/*.jsonl) through
# BenchmarkHub's record mode; see tools/RecordCassettes.java. No network, no key.
#
#   bash library-seed/record-cassettes.sh                 # every benchmark under library-seed/
#   bash library-seed/record-cassettes.sh legal-clause-risk
#   SKIP_BUILD=1 bash library-seed/record-cassettes.sh    # reuse the last CLI build
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -pl benchmarkhub-cli -am package -DskipTests
fi
JAR=$(ls benchmarkhub-cli/target/benchmarkhub-cli-*-all.jar | head -1)
dirs=()
if [ $# -gt 0 ]; then
  for n in "$@"; do dirs+=("library-seed/$n"); done
else
  for d in library-seed/*/; do [ -f "$d/benchmark.yaml" ] && dirs+=("${d%/}"); done
fi
java -cp "$JAR" library-seed/tools/RecordCassettes.java "${dirs[@]}"
