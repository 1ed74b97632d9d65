#!/usr/bin/env bash
# What the sqlguard SpotBugs plugin adds to a SpotBugs run. Not part of the tests.
#
# Analyses the sample application together with spring-jdbc (a real library jar full of JDBC calls), its other
# dependencies on the aux classpath, with SpotBugs' command line: RUNS times without the plugin and RUNS times with
# it, alternating. Prints the medians of the CPU and wall-clock seconds SpotBugs reports for itself, their ratios,
# and the time SpotBugs' profile charges to the sqlguard detector. On a busy machine trust CPU time and the profile
# over wall-clock time.
#
#   bench/spotbugs-overhead.sh          5 runs each
#   RUNS=9 bench/spotbugs-overhead.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-5}"
work=bench/target/spotbugs-overhead
mkdir -p "$work"

./mvnw -B -q -DskipTests -Dinvoker.skip -pl sql-rules,spotbugs-plugin install
plugin=$(ls spotbugs-plugin/target/sqlguard-spotbugs-plugin-*.jar | grep -v -e original -e sources | head -1)
./mvnw -B -q -pl spotbugs-plugin dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$PWD/$work/spotbugs.classpath"
./mvnw -B -q -f samples/shop-app/pom.xml -DskipTests package dependency:copy-dependencies \
    -DoutputDirectory="$PWD/$work/deps"

spotbugs_cp=$(cat "$work/spotbugs.classpath")
app=$(ls samples/shop-app/target/shop-app-*.jar | head -1)
jdbc=$(ls "$work"/deps/spring-jdbc-*.jar | head -1)
aux=$(ls "$work"/deps/*.jar | grep -v spring-jdbc- | paste -sd: -)
classes=$(( $(unzip -l "$app" | grep -c '\.class$') + $(unzip -l "$jdbc" | grep -c '\.class$') ))

attr() { # $1: attribute of FindBugsSummary in the last report
    grep -o "<FindBugsSummary [^>]*>" "$work/out.xml" | grep -o " $1=\"[^\"]*\"" | cut -d'"' -f2 || true
}

run() { # $1: extra arguments; prints "cpu-seconds wall-seconds detector-milliseconds"
    rm -f "$work/out.xml"
    # shellcheck disable=SC2086
    java -Xmx2g -cp "$spotbugs_cp" edu.umd.cs.findbugs.FindBugs2 -quiet -effort:default -low \
        -auxclasspath "$aux" $1 -xml -output "$work/out.xml" "$app" "$jdbc" >"$work/run.log" 2>&1
    local detector
    detector=$(grep -o '<ClassProfile name="io.github.sqlguard.spotbugs.SqlSinkDetector" totalMilliseconds="[0-9]*"' \
        "$work/out.xml" | cut -d'"' -f4 || true)
    echo "$(attr cpu_seconds) $(attr clock_seconds) ${detector:-0}"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column() { tr ' ' '\n' | awk -v n="$1" 'NR % 3 == n % 3'; }

run "" >/dev/null # warm the file cache
without=()
with=()
for i in $(seq "$RUNS"); do
    without+=("$(run "")")
    with+=("$(run "-pluginList $plugin")")
done
bugs=$(grep -o 'type="SQLGUARD_[A-Z_]*"' "$work/out.xml" | sort | uniq -c | sed 's/^ */  /')

cpu0=$(echo "${without[*]}" | column 1 | median)
cpu1=$(echo "${with[*]}" | column 1 | median)
wall0=$(echo "${without[*]}" | column 2 | median)
wall1=$(echo "${with[*]}" | column 2 | median)
detector=$(echo "${with[*]}" | column 3 | median)
echo "analysed: $(basename "$app") + $(basename "$jdbc") ($classes classes), aux: $(echo "$aux" | tr ':' '\n' | wc -l) jars"
echo "machine:  $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs (cpu s, wall s, detector ms) without plugin: ${without[*]}"
echo "runs (cpu s, wall s, detector ms) with plugin:    ${with[*]}"
echo "median CPU:  $cpu0 s without, $cpu1 s with, ratio $(echo "scale=3; $cpu1 / $cpu0" | bc)"
echo "median wall: $wall0 s without, $wall1 s with, ratio $(echo "scale=3; $wall1 / $wall0" | bc)"
echo "sqlguard detector (SpotBugs profile, median): $detector ms, $(echo "scale=1; $detector / 10 / $cpu1" | bc)% of the CPU time"
echo "sqlguard bugs in the last run:"
echo "${bugs:-  none}"
