#!/usr/bin/env bash
# Test-case generation bench for issue 8: `benchmarkhub generate` (the executable jar) writes 1,000
# cases over 5 concepts x 3 difficulty levels with a generator model served by bench/generation-stub.js
# on loopback at a realistic latency (3,000 ms +/- 1,000 ms per request of 10 cases, what ~800 output
# tokens take at ~300 tokens/s). The stub makes ~10% of its cases near duplicates and ~2% invalid, so
# dedupe, checks and top-ups have real work.
#
#   bash bench/generate.sh
#   COUNT=300 LATENCY=500 JITTER=100 bash bench/generate.sh
#   SKIP_BUILD=1 bash bench/generate.sh     # reuse the last build
#
# Knobs: COUNT, CONCEPTS, DIFFICULTIES, PER_REQUEST, EDGE_SHARE, CONCURRENCY (default: the runner's 8),
# LATENCY, JITTER, DUP_RATE, INVALID_RATE, MALFORMED_RATE, FAULT_RATE, PORT. Needs Java 17, Maven, Node.js.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${COUNT:-1000}
CONCEPTS=${CONCEPTS:-returns,delivery,warranty,payments,assembly}
DIFFICULTIES=${DIFFICULTIES:-easy,medium,hard}
PER_REQUEST=${PER_REQUEST:-10}
EDGE_SHARE=${EDGE_SHARE:-0.2}
CONCURRENCY=${CONCURRENCY:-8}
LATENCY=${LATENCY:-3000}
JITTER=${JITTER:-1000}
DUP_RATE=${DUP_RATE:-0.1}
INVALID_RATE=${INVALID_RATE:-0.02}
MALFORMED_RATE=${MALFORMED_RATE:-0.02}
FAULT_RATE=${FAULT_RATE:-0}
PORT=${PORT:-18090}
OUT=bench/target/generate
rm -rf "$OUT"
mkdir -p "$OUT"

# One reactor build of this checkout (never ~/.m2 snapshots): the CLI's executable jar.
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -pl benchmarkhub-cli -am package -DskipTests
fi
JAR=$(ls benchmarkhub-cli/target/benchmarkhub-cli-*-all.jar | head -1)

stub_pid=""
cleanup() { [ -n "$stub_pid" ] && kill "$stub_pid" 2>/dev/null || true; }
trap cleanup EXIT
node bench/generation-stub.js --port "$PORT" --latency-ms "$LATENCY" --jitter-ms "$JITTER" --dup-rate "$DUP_RATE" \
  --invalid-rate "$INVALID_RATE" --malformed-rate "$MALFORMED_RATE" --fault-rate "$FAULT_RATE" > "$OUT/stub.log" 2>&1 &
stub_pid=$!
for _ in $(seq 1 50); do
  curl -s "http://127.0.0.1:$PORT/stats" >/dev/null 2>&1 && break
  sleep 0.1
done

echo "== generate $COUNT cases, concepts $CONCEPTS x $DIFFICULTIES, $PER_REQUEST per request, edge share $EDGE_SHARE,"
echo "   concurrency $CONCURRENCY, stub latency ${LATENCY} ms +/- ${JITTER} ms"
t0=$(date +%s.%N)
set +e
java -Xmx512m -jar "$JAR" generate --domain "customer support of an online home-goods shop" --task-type qa \
  --concepts "$CONCEPTS" --difficulties "$DIFFICULTIES" --count "$COUNT" --per-request "$PER_REQUEST" \
  --edge-share "$EDGE_SHARE" --concurrency "$CONCURRENCY" --model openai-compatible:stub-generator --seed 7 \
  -s "openai-compatible.base-url=http://127.0.0.1:$PORT/v1" -s cache=false -s "run-dir=$OUT/runs" -s progress=log \
  --out "$OUT/cases.jsonl" --report "$OUT/report.json" > "$OUT/generate.out" 2> "$OUT/generate.err"
status=$?
set -e
t1=$(date +%s.%N)
cat "$OUT/generate.out" | grep -v '^\s*$' | sed -n '/^generate /,$p'
[ "$status" = 0 ] || { echo "benchmarkhub generate exited $status; see $OUT/generate.err" >&2; tail -3 "$OUT/generate.err" >&2; exit 1; }
node -e '
const r = require(process.argv[1]);
const s = JSON.parse(require("child_process").execSync("curl -s http://127.0.0.1:" + process.argv[2] + "/stats"));
const invalid = Object.values(r.invalid).reduce((a, b) => a + b, 0);
console.log(`figures: wall_s=${process.argv[3]} accepted=${r.accepted}/${r.requested} requests=${r.requests} ` +
  `rounds=${r.rounds} http_requests=${s.requests} unparseable=${r.unparseableAnswers} invalid=${invalid} ` +
  `near_duplicates=${r.nearDuplicates} surplus=${r.surplus} failed_requests=${JSON.stringify(r.failedRequests)} ` +
  `stub_near_duplicates=${s.nearDuplicates} stub_invalid=${s.invalid} stub_malformed=${s.malformed} max_inflight=${s.maxInflight}`);
' "$PWD/$OUT/report.json" "$PORT" "$(echo "$t1 - $t0" | bc)"
echo "cases: $(wc -l < "$OUT/cases.jsonl") lines in $OUT/cases.jsonl"
