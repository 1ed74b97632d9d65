#!/usr/bin/env bash
# Writes the HTML report of samples/shop-app, checks that opening it loads nothing, and screenshots it with headless
# Chromium into docs/html-report.png (the picture docs and README show). Not part of the tests; HtmlReportBrowserTest
# checks the same page in the build when Chromium is installed.
#
#   docs/html-report-screenshot.sh                  build the command line, then report, check and screenshot
#   SKIP_BUILD=1 docs/html-report-screenshot.sh     use the cli/target/sqlguard.jar already built
#   CHROMIUM=/opt/chrome/chrome docs/html-report-screenshot.sh
#
# Needs Chromium (Debian: apt-get install chromium). It runs with --no-sandbox, which Chromium needs as root, and
# with every host name resolving to nothing, so that even a page that tried could not reach the network.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
[ -n "$chromium" ] || { echo "no chromium found: apt-get install chromium, or set CHROMIUM" >&2; exit 2; }
work=target/html-report
mkdir -p "$work"

if [ -z "${SKIP_BUILD:-}" ]; then
    ./mvnw -B -q -ntp -DskipTests -Dinvoker.skip package -pl sql-rules,cli -am
fi
report="$PWD/$work/shop-app.html"
(cd samples/shop-app && java -jar ../../cli/target/sqlguard.jar --format html --fail-on never --output "$report" .)

# What would make a browser fetch something, and every URL that is not a link to the project's own pages.
project_url=$(sed -n 's:^  <url>\(.*\)</url>$:\1:p' pom.xml | head -1)
[ -n "$project_url" ] || { echo "no <url> in pom.xml" >&2; exit 2; }
loaders=$(grep -oiE '<script|<link|<img|<iframe|<object|<embed|<video|<audio|<source|<base|src=|srcset|@import|url\(|http-equiv' "$report" || true)
foreign=$(grep -oE 'https?://[^"< ]*' "$report" | grep -vE "^${project_url}(/blob/main/docs/rules/[a-z-]+\.md)?$" || true)
if [ -n "$loaders$foreign" ]; then
    echo "the report would load or link to something else:" $loaders $foreign >&2
    exit 1
fi

"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --disable-extensions --host-resolver-rules='MAP * ~NOTFOUND' \
    --user-data-dir="$(mktemp -d)" --hide-scrollbars --force-device-scale-factor=1 --window-size=1280,1600 \
    --screenshot="$PWD/docs/html-report.png" "file://$report" 2>/dev/null
echo "wrote docs/html-report.png from $work/shop-app.html" >&2
