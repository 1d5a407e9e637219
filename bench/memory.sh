#!/usr/bin/env bash
# Memory bench for issue 5: 1k, 10k and 100k trials (1 model, stub at 0 ms, concurrency 50, cache off),
# each in its own JVM with -Xmx128m. Prints per size: trials, seconds, trials/s, heap high-water mark,
# live heap after a full GC while the RunSummary is held, and a read-back of every trial from the summary.
#   bash bench/memory.sh
#   SIZES="100000" XMX=64m bash bench/memory.sh
#   HISTOGRAM=1 bash bench/memory.sh   # also writes bench/target/memory-<n>.histo, the live heap's classes at the end
# Needs Java 17, Maven and Node.js. SKIP_BUILD=1 skips the Maven build (reuses bench/target). On OutOfMemoryError the JVM exits and leaves a heap dump in bench/target.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1000 10000 100000"}
CONCURRENCY=${CONCURRENCY:-50}
XMX=${XMX:-128m}
PORT=${PORT:-18092}
STUB=${STUB:-../shared/bench/stub-llm.js}
OUT=bench/target
mkdir -p "$OUT"

# one reactor build, so the classpath holds this checkout's modules, not the snapshots in ~/.m2
# (SKIP_BUILD=1 reuses the last build, for repeated measurements)
[ -n "${SKIP_BUILD:-}" ] && [ -f "$OUT/cp.txt" ] ||
  mvn -q -pl bench -am package dependency:build-classpath -DskipTests -Dmdep.outputFile="$PWD/$OUT/cp.txt"
CP="bench/target/classes:$(cat "$OUT/cp.txt")"

node "$STUB" --port "$PORT" --latency-ms 0 > "$OUT/memory-stub.log" 2>&1 &
stub_pid=$!
trap 'kill "$stub_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  curl -s "http://127.0.0.1:$PORT/stats" >/dev/null 2>&1 && break
  sleep 0.1
done

rm -rf "$OUT/memory-runs"  # every run has a new run id; this only keeps the logs from piling up
status=0
for n in $SIZES; do
  java "-Xmx$XMX" -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath="$OUT/memory-$n.hprof" -XX:+ExitOnOutOfMemoryError \
    -cp "$CP" io.benchmarkhub.bench.MemoryBench --base-url "http://127.0.0.1:$PORT" --trials "$n" \
    --concurrency "$CONCURRENCY" --run-dir "$OUT/memory-runs" ${HISTOGRAM:+--histogram "$OUT/memory-$n.histo"} 2>"$OUT/memory-$n.err" || { status=1; tail -5 "$OUT/memory-$n.err"; }
done
exit $status
