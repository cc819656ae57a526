#!/usr/bin/env bash
# Load tests (Gatling, io.aifashion.bench.load) against a launcher started with bench/load/serve.sh.
#   bench/load/run.sh journey         -Dload.rate=1 -Dload.seconds=60 -Dload.shoppers=100
#   bench/load/run.sh recommendations -Dload.rate=500 -Dload.seconds=60 -Dload.shoppers=200
# Other properties: load.baseUrl (http://localhost:9080), load.rampSeconds (10), load.faces
# (/work/shared/data/faces), load.uniquePhotos (true), load.mailRoot (java.io.tmpdir).
# Per-endpoint table: printed and written to bench/target/gatling/<Simulation>-<runId>.md;
# Gatling's HTML report beside it.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
case "${1:-}" in
  journey) sim=io.aifashion.bench.load.ShopperJourneySimulation ;;
  recommendations) sim=io.aifashion.bench.load.RecommendationThroughputSimulation ;;
  *) echo "usage: $0 journey|recommendations [-Dload.<name>=<value> ...]" >&2; exit 2 ;;
esac
shift
uptime
./mvnw -q -B -ntp -pl bench compile gatling:test -Dgatling.simulationClass="$sim" "$@"
uptime
