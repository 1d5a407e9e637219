#!/usr/bin/env bash
# Fault bench for issue 5: 1,000 cases against the stub LLM injecting faults into 20% of requests
# (500, 503, 429 + Retry-After 1, reset, malformed JSON, 30 s hang). Prints cases, passed, errors,
# lost (must be 0), requests the stub received and requests per trial (target <= 1.35).
#   bash bench/fault.sh
#   CASES=200 bash bench/fault.sh
# Needs Java 17, Maven and Node.js.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${CASES:-1000}
CONCURRENCY=${CONCURRENCY:-50}
PORT=${PORT:-18090}
STUB=${STUB:-../shared/bench/stub-llm.js}
OUT=bench/target
mkdir -p "$OUT"

# one reactor build, so the classpath holds this checkout's modules, not the snapshots in ~/.m2
mvn -q -pl bench -am package dependency:build-classpath -DskipTests -Dmdep.outputFile="$PWD/$OUT/cp.txt"

node "$STUB" --port "$PORT" --fault-rate 0.2 --seed 7 > "$OUT/fault-stub.log" 2>&1 &
stub_pid=$!
trap 'kill "$stub_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  curl -s "http://127.0.0.1:$PORT/stats" >/dev/null 2>&1 && break
  sleep 0.1
done

java -cp "bench/target/classes:$(cat "$OUT/cp.txt")" io.benchmarkhub.bench.FaultBench \
  --base-url "http://127.0.0.1:$PORT" --cases "$CASES" --concurrency "$CONCURRENCY"
