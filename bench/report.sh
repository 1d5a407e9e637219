#!/usr/bin/env bash
# HTML report bench for issue 7: a synthetic run of 10,000 cases x 5 models written with HtmlReport,
# then opened 5 times in headless Chromium (Debian's chromium) over the DevTools protocol. Prints the
# file's size in MB, the time to write it, and the time until the leaderboard and the first page of
# cases are drawn (median of 5; target under 2 s).
#   bash bench/report.sh
#   CASES=50000 MODELS=3 SCREENSHOT=bench/target/report.png bash bench/report.sh
# Needs Java 17, Maven and chromium on the PATH (apt-get install -y chromium). SKIP_BUILD=1 reuses the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${CASES:-10000}
MODELS=${MODELS:-5}
LOADS=${LOADS:-5}
OUT=bench/target
mkdir -p "$OUT"

# one reactor build, so the classpath holds this checkout's modules, not the snapshots in ~/.m2
[ -n "${SKIP_BUILD:-}" ] && [ -f "$OUT/cp.txt" ] ||
  mvn -q -pl bench -am package dependency:build-classpath -DskipTests -Dmdep.outputFile="$PWD/$OUT/cp.txt"
CP="bench/target/classes:$(cat "$OUT/cp.txt")"

command -v chromium >/dev/null || { echo "report.sh: no chromium on the PATH (apt-get install -y chromium)" >&2; exit 1; }
java -cp "$CP" io.benchmarkhub.bench.HtmlReportBench --cases "$CASES" --models "$MODELS" --loads "$LOADS" \
  --out "$OUT/report-$CASES.html" ${SCREENSHOT:+--screenshot "$SCREENSHOT"}
