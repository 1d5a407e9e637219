#!/usr/bin/env bash
# Kill-and-resume bench for issue 5: a run of 2,000 cases on one model in its own JVM is killed with
# kill -9 once its run log holds 40% of the trials, then the same command (same run-id) resumes it.
# Checks that the log ends with exactly one result per trial and that no trial already logged was sent
# to the stub again; once with the response cache on (default) and once with cache=false.
#   bash bench/resume.sh
#   CASES=5000 KILL_AT=0.7 CACHE_MODES="true" bash bench/resume.sh
# Needs Java 17, Maven and Node.js. SKIP_BUILD=1 skips the Maven build (reuses bench/target). Exits non-zero when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${CASES:-2000}
CONCURRENCY=${CONCURRENCY:-20}
LATENCY=${LATENCY:-20}
KILL_AT=${KILL_AT:-0.4}
CACHE_MODES=${CACHE_MODES:-"true false"}
PORT=${PORT:-18091}
STUB=${STUB:-../shared/bench/stub-llm.js}
OUT=bench/target
mkdir -p "$OUT"

# one reactor build, so the classpath holds this checkout's modules, not the snapshots in ~/.m2
# (SKIP_BUILD=1 reuses the last build, for repeated measurements)
[ -n "${SKIP_BUILD:-}" ] && [ -f "$OUT/cp.txt" ] ||
  mvn -q -pl bench -am package dependency:build-classpath -DskipTests -Dmdep.outputFile="$PWD/$OUT/cp.txt"
CP="bench/target/classes:$(cat "$OUT/cp.txt")"

stub_pid=""
cleanup() { [ -n "$stub_pid" ] && kill "$stub_pid" 2>/dev/null || true; }
trap cleanup EXIT

status=0
for cache in $CACHE_MODES; do
  # a fresh stub per mode, so its request counter starts at 0
  node "$STUB" --port "$PORT" --latency-ms "$LATENCY" > "$OUT/resume-stub.log" 2>&1 &
  stub_pid=$!
  for _ in $(seq 1 50); do
    curl -s "http://127.0.0.1:$PORT/stats" >/dev/null 2>&1 && break
    sleep 0.1
  done
  dir=$OUT/resume-$([ "$cache" = false ] && echo nocache || echo cache)
  java -cp "$CP" io.benchmarkhub.bench.ResumeBench --base-url "http://127.0.0.1:$PORT" --cases "$CASES" \
    --concurrency "$CONCURRENCY" --kill-at "$KILL_AT" --cache "$cache" --dir "$dir" || status=1
  kill "$stub_pid"; wait "$stub_pid" 2>/dev/null || true; stub_pid=""
done
exit $status
