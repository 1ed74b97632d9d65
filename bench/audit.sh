#!/usr/bin/env bash
# The silence audit (sqlguard --audit) over real code bases, counted per code base and per dialect. Not part of the
# tests.
#
# Each DIR is a local copy of a code base. Its .sql files are scanned, test code included, and each destructive
# statement in them is counted as judged, noted, exempt or silent. The dialect comes from the file's path segments
# (mysql/mariadb, postgres/postgresql/pg, sqlserver/mssql, oracle, h2; anything else is "other"). The audit of each
# code base is kept in bench/target/audit/NAME.txt, with every statement and its verdict; the table is printed and
# written to bench/target/audit/audit.md.
#
#   bench/audit.sh DIR...
#   JAR=other.jar bench/audit.sh DIR...     audit with another build (to compare an engine before and after)
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: bench/audit.sh DIR..." >&2; exit 2; }
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${JAR:-$root/cli/target/sqlguard.jar}"
work="$root/bench/target/audit"
mkdir -p "$work"
if [ ! -f "$jar" ]; then
    echo "building sqlguard..." >&2
    (cd "$root" && ./mvnw -B -q -ntp -pl sql-rules,cli -am package -DskipTests)
fi
printf 'include-tests: true\nincludes:\n  - "**/*.sql"\n' >"$work/sql-only.yml"

{
    echo "| code base | dialect | destructive | judged | noted | exempt | silent |"
    echo "|---|---|---:|---:|---:|---:|---:|"
    for dir in "$@"; do
        name=$(basename "$(cd "$dir" && pwd)")
        status=0
        (cd "$dir" && java -jar "$jar" --audit --verbose --config "$work/sql-only.yml" .) \
            >"$work/$name.txt" 2>"$work/$name.err" || status=$?
        if [ "$status" -gt 1 ]; then
            echo "sqlguard failed on $dir (exit $status): see $work/$name.err" >&2
            exit "$status"
        fi
        awk -v name="$name" '
            function dialect(path,   p, n, i, parts) {
                p = tolower(path)
                n = split(p, parts, /[\/._-]/)
                for (i = 1; i <= n; i++) {
                    if (parts[i] ~ /^(mysql|mariadb)$/) return "mysql"
                    if (parts[i] ~ /^(postgres|postgresql|pg|psql)$/) return "postgres"
                    if (parts[i] ~ /^(sqlserver|mssql)$/) return "sqlserver"
                    if (parts[i] ~ /^(oracle)$/) return "oracle"
                    if (parts[i] ~ /^(h2)$/) return "h2"
                }
                return "other"
            }
            /^sqlguard audit:/ { next }
            {
                if ($0 ~ / not judged$/) verdict = "silent"
                else if ($0 ~ / judged$/) verdict = "judged"
                else if ($0 ~ / noted$/) verdict = "noted"
                else if ($0 ~ / exempt \(/) verdict = "exempt"
                else next
                path = $0
                sub(/:[0-9]+: .*/, "", path)
                d = dialect(path)
                seen[d] = 1
                count[d, "all"]++
                count[d, verdict]++
            }
            END {
                for (d in seen) {
                    printf "| %s | %s | %d | %d | %d | %d | %d |\n", name, d, count[d, "all"], count[d, "judged"],
                        count[d, "noted"], count[d, "exempt"], count[d, "silent"]
                }
            }' "$work/$name.txt" | sort
    done
} | tee "$work/audit.md"
