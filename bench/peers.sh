#!/usr/bin/env bash
# sqlguard next to its peers, each pair timed side by side in the same run. Not part of the tests.
#
# Generates the corpora (bench/src/main/java/io/github/sqlguard/bench/Corpora.java: deterministic), fetches PMD 7
# from Maven Central (bench/pmd/pom.xml) and squawk from npm, then runs, RUNS times each and alternating:
#   1. the CLI on a Java tree of 2,000 classes (about 1M lines) vs PMD with one rule; the CLI with -Xmx256m
#   2. the CLI on 2,000 Flyway files of 10 PostgreSQL statements vs squawk
#   3. the CLI on one 20,000-statement script and on the same doubled, vs squawk on the single one
#   4. SpotBugs with and without the sqlguard plugin (bench/spotbugs-overhead.sh)
#   5. sqlguard:check on samples/shop-app, first run and second run with nothing changed (the goal's own time)
#   6. the CLI's peak memory on corpus 1
#   7. the launcher (cli/target/sqlguard/bin/sqlguard, its class cache made before the runs) on corpora 1-3 against
#      the same peers, on Java 17 and, when /usr/lib/jvm holds one, on Java 25 (AOT cache)
#   8. a scan of one file: launcher and java -jar, wall time
#   9. reports: corpus 2 written as SARIF, JSON, HTML against text (the cost of writing a report)
# and prints one table of medians and ratios (also written to bench/target/peers.md). Ratios are the figures that
# count: a shared machine is noisy, and both sides of a ratio ran under the same noise.
#
#   bench/peers.sh                 3 runs of each
#   RUNS=5 bench/peers.sh
#   SKIP_SPOTBUGS=1 bench/peers.sh leave out row 4 (several minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-3}"
SQUAWK_VERSION=2.66.0
work=bench/target/peers
corpora=bench/target/corpora
mkdir -p "$work"

echo "building sqlguard, the corpora and the peers..." >&2
./mvnw -B -q -ntp -DskipTests -Dinvoker.skip install
./mvnw -B -q -ntp -Pbench -DskipTests -pl bench package
[ -d "$corpora/java" ] || java -cp bench/target/benchmarks.jar io.github.sqlguard.bench.Corpora "$corpora"
[ -d bench/pmd/target/lib ] || ./mvnw -B -q -ntp -f bench/pmd/pom.xml package
if [ ! -x bench/target/squawk/node_modules/.bin/squawk ]; then
    npm install --silent --no-audit --no-fund --prefix bench/target/squawk "squawk-cli@$SQUAWK_VERSION" >&2
fi
jar=cli/target/sqlguard.jar
launcher=cli/target/sqlguard/bin/sqlguard
java25=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1 || true)
export XDG_CACHE_HOME="$PWD/$work/cache"
rm -rf "$XDG_CACHE_HOME"
one_file="$corpora/one/V1__init.sql"
mkdir -p "$(dirname "$one_file")"
printf 'CREATE TABLE account (id BIGINT PRIMARY KEY);\nDELETE FROM account;\n' >"$one_file"
squawk=bench/target/squawk/node_modules/.bin/squawk
pmd_version=$(ls bench/pmd/target/lib | sed -n 's/^pmd-java-\(.*\)\.jar$/\1/p')
cat >"$work/pmd-rule.xml" <<'EOF'
<?xml version="1.0"?>
<ruleset name="one rule" xmlns="http://pmd.sourceforge.net/ruleset/2.0.0">
  <description>A single rule, as a team adding one check would run it.</description>
  <rule ref="category/java/errorprone.xml/EmptyCatchBlock"/>
</ruleset>
EOF
flyway_files=$(find "$corpora/flyway" -name '*.sql' | sort)

# timed NAME COMMAND...: runs the command, appends "seconds peak-kB" to $work/NAME.times; exit codes 0 and 1 are
# both results (1: findings), anything else stops the benchmark.
timed() {
    local name=$1
    shift
    local start end rc=0
    start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/$name.rss" "$@" >"$work/$name.out" 2>"$work/$name.err" || rc=$?
    end=$(date +%s.%N)
    if [ "$rc" -gt 1 ]; then
        echo "$name failed with exit code $rc:" >&2
        tail -5 "$work/$name.err" >&2
        exit 1
    fi
    echo "$(echo "$end - $start" | bc) $(tail -1 "$work/$name.rss")" >>"$work/$name.times"
}

median() { # column $2 of file $1
    awk -v c="$2" '{ print $c }' "$1" | sort -n |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
secs() { printf '%.2f s' "$(median "$work/$1.times" 1)"; }
ratio() { printf '%.3f' "$(echo "scale=6; $(median "$work/$1.times" 1) / $(median "$work/$2.times" 1)" | bc)"; }

rm -f "$work"/*.times
echo "making the launcher's class caches (first runs, not timed)..." >&2
"$launcher" --fail-on never "$corpora/flyway" >/dev/null
[ -z "$java25" ] || JAVA_HOME="$java25" "$launcher" --fail-on never "$corpora/flyway" >/dev/null
echo "warming the file cache..." >&2
cat "$corpora"/big-*.sql $flyway_files >/dev/null
find "$corpora/java" -name '*.java' -exec cat {} + >/dev/null

for i in $(seq "$RUNS"); do
    echo "run $i of $RUNS..." >&2
    timed sqlguard-java java -Xmx256m -jar "$jar" "$corpora/java"
    timed pmd-java java -cp "bench/pmd/target/lib/*" net.sourceforge.pmd.cli.PmdCli check --no-cache --no-progress \
        -d "$corpora/java" -R "$work/pmd-rule.xml" -f text --no-fail-on-violation
    timed sqlguard-flyway java -jar "$jar" "$corpora/flyway"
    # shellcheck disable=SC2086
    timed squawk-flyway "$squawk" $flyway_files
    timed sqlguard-big-1x java -jar "$jar" "$corpora/big-1x.sql"
    timed sqlguard-big-2x java -jar "$jar" "$corpora/big-2x.sql"
    timed squawk-big-1x "$squawk" "$corpora/big-1x.sql"
    timed launcher-java "$launcher" "$corpora/java"
    timed launcher-flyway "$launcher" "$corpora/flyway"
    timed launcher-big-1x "$launcher" "$corpora/big-1x.sql"
    if [ -n "$java25" ]; then
        JAVA_HOME="$java25" timed launcher25-java "$launcher" "$corpora/java"
        JAVA_HOME="$java25" timed launcher25-flyway "$launcher" "$corpora/flyway"
        JAVA_HOME="$java25" timed launcher25-big-1x "$launcher" "$corpora/big-1x.sql"
        JAVA_HOME="$java25" timed launcher25-one "$launcher" "$one_file"
    fi
    timed launcher-one "$launcher" "$one_file"
    timed jar-one java -jar "$jar" "$one_file"
    timed squawk-one "$squawk" "$one_file"
    timed launcher-flyway-text "$launcher" --format text --output "$work/report.txt" "$corpora/flyway"
    timed launcher-flyway-sarif "$launcher" --format sarif --output "$work/report.sarif" "$corpora/flyway"
    timed launcher-flyway-json "$launcher" --format json --output "$work/report.json" "$corpora/flyway"
    timed launcher-flyway-html "$launcher" --format html --output "$work/report.html" "$corpora/flyway"
done

# The goal's own time, as it logs it, so that Maven's start-up does not hide it.
maven_check() {
    ./mvnw -B -ntp -f samples/shop-app/pom.xml "io.github.sqlguard:sqlguard-maven-plugin:0.1.0-SNAPSHOT:check" \
        -Dsqlguard.failOnViolation=false 2>&1 | sed -n 's/.*sqlguard: scanned .* in \([0-9]*\) ms.*/\1/p'
}
: >"$work/maven-first.times"
: >"$work/maven-second.times"
for i in $(seq "$RUNS"); do
    rm -rf samples/shop-app/target/sqlguard
    echo "$(echo "scale=3; $(maven_check) / 1000" | bc) 0" >>"$work/maven-first.times"
    echo "$(echo "scale=3; $(maven_check) / 1000" | bc) 0" >>"$work/maven-second.times"
done

spotbugs_row="| 4. SpotBugs with the sqlguard plugin, shop-app + spring-jdbc | (skipped: SKIP_SPOTBUGS=1) | | | ≤ 1.10 |"
if [ -z "${SKIP_SPOTBUGS:-}" ]; then
    echo "SpotBugs with and without the plugin..." >&2
    RUNS="$RUNS" bench/spotbugs-overhead.sh >"$work/spotbugs.txt"
    wall=$(sed -n 's/^median wall: \([0-9.]*\) s without, \([0-9.]*\) s with, ratio \([0-9.]*\)$/\2 s|\1 s|\3/p' \
        "$work/spotbugs.txt")
    cpu=$(sed -n 's/^median CPU: *\([0-9.]*\) s without, \([0-9.]*\) s with, ratio \([0-9.]*\)$/\3/p' \
        "$work/spotbugs.txt")
    spotbugs_row="| 4. SpotBugs with the sqlguard plugin vs without, shop-app + spring-jdbc (wall; CPU ratio $cpu) | ${wall%%|*} | $(echo "$wall" | cut -d'|' -f2) | $(echo "$wall" | cut -d'|' -f3) | ≤ 1.10 |"
fi

lines=$(find "$corpora/java" -name '*.java' -exec cat {} + | wc -l)
findings() { sed -n 's/^sqlguard: \([0-9]*\) errors, \([0-9]*\) warnings.*/\1 errors, \2 warnings/p' "$work/$1.out"; }
{
    echo "| Corpus | sqlguard | peer | ratio | target |"
    echo "|---|---|---|---|---|"
    echo "| 1. Java, 2,000 classes, $lines lines: CLI (-Xmx256m) vs PMD $pmd_version, one rule | $(secs sqlguard-java) | $(secs pmd-java) | $(ratio sqlguard-java pmd-java) | ≤ 0.08, ≤ 2 s |"
    echo "| 2. 2,000 Flyway files, 20,000 statements: CLI vs squawk $SQUAWK_VERSION | $(secs sqlguard-flyway) | $(secs squawk-flyway) | $(ratio sqlguard-flyway squawk-flyway) | ≤ 1.0 |"
    echo "| 3. one script of 20,000 statements: CLI vs squawk | $(secs sqlguard-big-1x) | $(secs squawk-big-1x) | $(ratio sqlguard-big-1x squawk-big-1x) | ≤ 0.1 |"
    echo "| 3. the same doubled (40,000) vs the single one: CLI growth | $(secs sqlguard-big-2x) | $(secs sqlguard-big-1x) | $(ratio sqlguard-big-2x sqlguard-big-1x) | ≤ 2.2 |"
    echo "$spotbugs_row"
    echo "| 5. sqlguard:check on samples/shop-app, second run vs first (the goal's time) | $(secs maven-second) | $(secs maven-first) | $(ratio maven-second maven-first) | ≤ 0.20 |"
    echo "| 6. peak memory (RSS) of the CLI on corpus 1, -Xmx256m | $(median "$work/sqlguard-java.times" 2) kB | | | |"
    echo "| 7. launcher, Java 17: corpus 1 vs PMD | $(secs launcher-java) | $(secs pmd-java) | $(ratio launcher-java pmd-java) | ≤ 0.05 |"
    echo "| 7. launcher, Java 17: corpus 2 vs squawk | $(secs launcher-flyway) | $(secs squawk-flyway) | $(ratio launcher-flyway squawk-flyway) | ≤ 0.6 |"
    echo "| 7. launcher, Java 17: corpus 3 vs squawk | $(secs launcher-big-1x) | $(secs squawk-big-1x) | $(ratio launcher-big-1x squawk-big-1x) | ≤ 0.05 |"
    if [ -n "$java25" ]; then
        echo "| 7. launcher, Java 25 (AOT cache): corpus 1 vs PMD | $(secs launcher25-java) | $(secs pmd-java) | $(ratio launcher25-java pmd-java) | ≤ 0.05 |"
        echo "| 7. launcher, Java 25 (AOT cache): corpus 2 vs squawk | $(secs launcher25-flyway) | $(secs squawk-flyway) | $(ratio launcher25-flyway squawk-flyway) | ≤ 0.6 |"
        echo "| 7. launcher, Java 25 (AOT cache): corpus 3 vs squawk | $(secs launcher25-big-1x) | $(secs squawk-big-1x) | $(ratio launcher25-big-1x squawk-big-1x) | ≤ 0.05 |"
        echo "| 8. one file: launcher, Java 25 vs squawk | $(secs launcher25-one) | $(secs squawk-one) | $(ratio launcher25-one squawk-one) | |"
    fi
    echo "| 8. one file: launcher, Java 17 vs squawk | $(secs launcher-one) | $(secs squawk-one) | $(ratio launcher-one squawk-one) | |"
    echo "| 8. one file: launcher vs java -jar, Java 17 | $(secs launcher-one) | $(secs jar-one) | $(ratio launcher-one jar-one) | |"
    echo "| 9. corpus 2 with $(findings sqlguard-flyway), launcher: SARIF report vs text | $(secs launcher-flyway-sarif) | $(secs launcher-flyway-text) | $(ratio launcher-flyway-sarif launcher-flyway-text) | ≤ 1.05 |"
    echo "| 9. the same: JSON report vs text | $(secs launcher-flyway-json) | $(secs launcher-flyway-text) | $(ratio launcher-flyway-json launcher-flyway-text) | ≤ 1.05 |"
    echo "| 9. the same: HTML report vs text | $(secs launcher-flyway-html) | $(secs launcher-flyway-text) | $(ratio launcher-flyway-html launcher-flyway-text) | ≤ 1.05 |"
    echo
    echo "Medians of $RUNS runs each. Findings: corpus 1 $(findings sqlguard-java); corpus 2 $(findings sqlguard-flyway); corpus 3 $(findings sqlguard-big-1x)."
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee "$work/../peers.md"
