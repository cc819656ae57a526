#!/usr/bin/env bash
# The product catalogue's numbers (bench/README.md, "Product catalogue"): styles.csv import rate, a
# generated catalogue loaded with COPY (kept in bench/target/catalog-bench-pg between runs), and
# the product service's latencies over HTTP, one request at a time — client-side, and the service's
# own from its http.server.requests histogram (the load generator shares the service's JVM).
# Usage: bench/catalog-bench.sh [products=1000000] [requests=2000]
# CATALOG_BENCH_OPTS: -Dbench.skip-import=true, -Dbench.import-only=true (only the import rate), -Dbench.import-runs=N,
# -Dbench.only=TEXT (request kinds whose name contains TEXT),
# -Dbench.slowest=N (each kind's N slowest requests), -Dbench.shared-buffers=SIZE (PostgreSQL, default 3GB).
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
./mvnw -q -pl bench -am install -DskipTests
./mvnw -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/catalog-bench.classpath >/dev/null
"$java" -Xmx3g --enable-native-access=ALL-UNNAMED -Dlogback.configurationFile=bench/catalog-bench-logback.xml \
  -Dlogging.config=bench/catalog-bench-logback.xml ${CATALOG_BENCH_OPTS:-} \
  -cp "bench/target/classes:$(cat bench/target/catalog-bench.classpath)" \
  io.aifashion.bench.catalog.CatalogueBench "${1:-1000000}" "${2:-2000}" bench/target/catalog-bench-pg
