#!/usr/bin/env bash
# Engine benchmarks (JMH). Not part of the tests: timings belong here, not in unit tests.
#   bench/run.sh            all benchmarks
#   bench/run.sh Engine     only those matching a regex
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench -DskipTests -pl bench -am package
java -jar bench/target/benchmarks.jar -rf text -rff bench/target/jmh-result.txt "${@:-.*}"
