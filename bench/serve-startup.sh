#!/usr/bin/env bash
# Measures `ai-fashion serve`: time to the ready line, resident memory when idle, clean stop.
# Usage: bench/serve-startup.sh [runs]   (build first: ./mvnw -q -DskipTests install)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
jar=launcher/target/ai-fashion.jar
for i in $(seq 1 "$runs"); do
  out=$(mktemp)
  start=$(date +%s.%N)
  "$java" -jar "$jar" serve --ephemeral > "$out" 2>&1 &
  pid=$!
  until grep -q 'is ready\|could not start' "$out"; do sleep 0.2; kill -0 $pid 2>/dev/null || break; done
  ready=$(date +%s.%N)
  sleep 30
  rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  pg_kb=$(ps -o rss= --ppid $pid 2>/dev/null | awk '{s+=$1} END {print s+0}')
  kill -TERM $pid; wait $pid || true
  printf 'run %d: ready in %.1f s (launcher says: %s); JVM RSS idle %.0f MiB; child processes (PostgreSQL, Redis) %.0f MiB; stop: %s\n' \
    "$i" "$(echo "$ready - $start" | bc)" "$(grep -o 'ready in [0-9.]* s' "$out" | tail -1)" \
    "$(echo "$rss_kb/1024" | bc -l)" "$(echo "$pg_kb/1024" | bc -l)" "$(tail -1 "$out")"
  rm -f "$out"
done
