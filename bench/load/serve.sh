#!/usr/bin/env bash
# Starts the launcher for load and failure tests (bench/README.md, "Load and failure tests") on ports
# that do not collide with a developer's `ai-fashion serve` (gateway 9080, services 9081-9086,
# PostgreSQL 25432, Kafka 29092, Redis 26379, fault switch 9099 on 127.0.0.1 only), from a copy of
# the jar so that a rebuild does not pull it away. Prints the launcher's pid; stop it with
# `kill -TERM <pid>`.
#
# Rate limits (gateway token buckets, docs/api.md): the test accounts are created through the real
# sign-up flow, and the journey analyses a selfie per shopper, so the `auth` and `analysis` buckets
# are raised here; `default` (50/s, burst 100 per user) stays as shipped unless RATE_DEFAULT is set.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-launcher/target/ai-fashion.jar}
WORK=${WORK:-/tmp/loadtest}
mkdir -p "$WORK"
if [[ -f "$WORK/serve.pid" ]] && kill -0 "$(cat "$WORK/serve.pid")" 2>/dev/null; then
  echo "a launcher (pid $(cat "$WORK/serve.pid")) is still running from $WORK: kill -TERM it and wait until it has exited" >&2
  exit 1
fi
cp "$JAR" "$WORK/ai-fashion.jar"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export AIFASHION_EDGE_RATELIMITS_AUTH_TOKENSPERSECOND=${RATE_AUTH:-1000}
export AIFASHION_EDGE_RATELIMITS_AUTH_BURST=${RATE_AUTH_BURST:-1000}
export AIFASHION_EDGE_RATELIMITS_ANALYSIS_TOKENSPERSECOND=${RATE_ANALYSIS:-100}
export AIFASHION_EDGE_RATELIMITS_ANALYSIS_BURST=${RATE_ANALYSIS_BURST:-100}
if [[ -n "${RATE_DEFAULT:-}" ]]; then
  export AIFASHION_EDGE_RATELIMITS_DEFAULT_TOKENSPERSECOND=$RATE_DEFAULT
  export AIFASHION_EDGE_RATELIMITS_DEFAULT_BURST=$RATE_DEFAULT
fi
"$JAVA_HOME/bin/java" ${SERVE_JAVA_OPTS:-} -jar "$WORK/ai-fashion.jar" serve --ephemeral \
  --port 9080 --service-port-base 9081 --postgres-port 25432 --kafka-port 29092 --redis-port 26379 \
  --fault-switch-port 9099 > "$WORK/serve.out" 2>&1 &
pid=$!
echo "$pid" > "$WORK/serve.pid"
for _ in $(seq 1 300); do
  if grep -q 'is ready' "$WORK/serve.out"; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$WORK/serve.out"; exit 1; fi
  sleep 1
done
grep -q 'is ready' "$WORK/serve.out" || { echo "not ready after 300 s, see $WORK/serve.out"; exit 1; }
cat "$WORK/serve.out"
echo "launcher pid $pid"
