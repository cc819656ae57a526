#!/usr/bin/env bash
# Failure scenarios of issue #10 against a running launcher (start it first with bench/load/serve.sh,
# which opens the fault switch on 127.0.0.1:9099). Scenarios: kafka redis service postgres (default: all).
# Report: bench/target/failure-report.md. Properties: -Dfailure.rate=40 -Dfailure.shoppers=20 (FailureSettings).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [[ ! -f bench/target/classes/io/aifashion/bench/failure/FailureScenarios.class || ! -f bench/target/runtime.classpath ]]; then
  ./mvnw -q -B -ntp -pl bench compile dependency:build-classpath -Dmdep.outputFile=target/runtime.classpath -Dmdep.includeScope=runtime
fi
exec "$JAVA_HOME/bin/java" ${FAILURE_JAVA_OPTS:-} -cp "bench/target/classes:$(cat bench/target/runtime.classpath)" \
  io.aifashion.bench.failure.FailureScenarios "$@"
