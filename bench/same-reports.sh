#!/usr/bin/env bash
# Proves that a change alters no report: builds the CLI of REF (default: main) and of the working tree, runs both on
# the same frozen inputs (the engine's fixtures, samples/shop-app and the generated bench corpora) in every format and
# with --audit, and compares the outputs byte for byte. Not part of the tests; exit code 0 when all are identical.
#
#   bench/same-reports.sh            against main
#   bench/same-reports.sh HEAD~3     against another commit
set -euo pipefail
cd "$(dirname "$0")/.."
ref="${1:-main}"
work=bench/target/same-reports
rm -rf "$work"
mkdir -p "$work/inputs" "$work/before" "$work/after"

echo "building $ref and the working tree..." >&2
git worktree add -q --detach "$work/base" "$ref"
trap 'git worktree remove --force "$work/base"' EXIT
(cd "$work/base" && ./mvnw -B -q -ntp -DskipTests -Dinvoker.skip package -pl sql-rules,cli -am)
./mvnw -B -q -ntp -DskipTests -Dinvoker.skip package -pl sql-rules,cli -am
./mvnw -B -q -ntp -Pbench -DskipTests -pl sql-rules,bench -am package

# the inputs are taken from REF, so that moved or added fixtures do not count as a difference
cp -r "$work/base/sql-rules/src/test/resources/fixtures" "$work/inputs/fixtures"
[ -d "$work/base/sql-rules/src/test/resources/rules" ] && cp -r "$work/base/sql-rules/src/test/resources/rules" "$work/inputs/rules"
cp -r "$work/base/samples/shop-app" "$work/inputs/shop-app"
rm -rf "$work/inputs/shop-app/target"
java -cp bench/target/benchmarks.jar io.github.sqlguard.bench.Corpora "$work/inputs/corpora" >/dev/null

targets=$(cd "$work/inputs" && ls -d fixtures rules shop-app corpora/java corpora/flyway corpora/big-1x.sql 2>/dev/null || true)
before_jar="$PWD/$work/base/cli/target/sqlguard.jar"
after_jar="$PWD/cli/target/sqlguard.jar"
# report FORMAT TARGET NAME JAR OUT: one report and its exit code
report() {
    local rc=0
    (cd "$work/inputs" && java -jar "$4" --format "$1" --output "$5/$3.$1" "$2" >/dev/null 2>"$5/$3.$1.err") || rc=$?
    echo "exit $rc" >>"$5/$3.$1.err"
}
before_help=$(java -jar "$before_jar" --help 2>&1 || true)
skipped=""
for target in $targets; do
    name=${target//\//-}
    for format in text json sarif github markdown gitlab checkstyle junit html; do
        if ! grep -Eq "[^a-z-]$format([^a-z-]|\$)" <<<"$before_help"; then
            skipped="$skipped $format"     # REF does not write this format yet
            continue
        fi
        report "$format" "$target" "$name" "$before_jar" "$PWD/$work/before"
        report "$format" "$target" "$name" "$after_jar" "$PWD/$work/after"
    done
    for side in before after; do
        jar=$before_jar
        [ "$side" = after ] && jar=$after_jar
        rc=0
        (cd "$work/inputs" && java -jar "$jar" --audit "$target" >"$PWD/$work/$side/$name.audit" 2>&1) || rc=$?
        echo "exit $rc" >>"$work/$side/$name.audit"
    done
done
[ -z "$skipped" ] || echo "not written by $ref, not compared:$(echo "$skipped" | tr ' ' '\n' | sort -u | tr '\n' ' ')" >&2
if diff -r "$work/before" "$work/after"; then
    echo "identical: $(ls "$work/after" | wc -l) outputs on $(echo $targets | wc -w) inputs" >&2
else
    echo "reports differ from $ref" >&2
    exit 1
fi
