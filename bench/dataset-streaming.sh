#!/usr/bin/env bash
# Streams a generated JSONL dataset (default 1024 MB) through Dataset.jsonl in a 64 MB heap.
#   bash bench/dataset-streaming.sh [size-in-MB | file.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor build, so the classpath points at this checkout's modules, not at ~/.m2 snapshots.
mvn -q -pl bench -am package dependency:build-classpath -DskipTests -Dmdep.outputFile="$PWD/bench/target/cp.txt"
java -Xmx64m -cp "bench/target/classes:$(cat bench/target/cp.txt)" io.benchmarkhub.bench.DatasetStreamingBench "${1:-1024}"
