package io.github.sqlguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.baseline.BaselineEntry;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.core.Tool;
import io.github.sqlguard.rules.RuleMeta;
import io.github.sqlguard.scan.Filtering;
import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    /** What would make a browser fetch something: elements that load, CSS that loads, and any script. */
    private static final List<String> LOADERS = List.of("<script", "<link", "<img", "<iframe", "<object", "<embed",
            "<video", "<audio", "<source", "src=", "srcset", "@import", "url(", "<base", "http-equiv");

    @Test
    void summaryFilterAndFindingsGroupedByFile() {
        String html = new HtmlReport().render(Fixtures.THREE);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n")
                .contains("<title>sqlguard report: 1 error, 1 warning, 1 note in 12 files (57 statements)</title>")
                .contains("<li class=\"sg-count sg-error\"><span class=\"sg-n\">1</span>error</li>")
                .contains("<span class=\"sg-n\">3</span>files with findings, of 12</li>")
                .contains("<input type=\"radio\" class=\"sg-show\" name=\"sg-show\" id=\"sg-show-error\">")
                .contains("<li>broken.sql: cannot read (AccessDeniedException)</li>")
                .endsWith("</div>\n</body>\n</html>\n");
        assertThat(sections(html, "<details class=\"sg-file sg-max-(\\w+)\" open>\n<summary><code>([^<]*)</code>"))
                .containsExactly("warning db/migration/V2__drop.sql", "note odd dir/a,b:c%.sql",
                        "error src/main/resources/queries.sql");
        assertThat(html).contains("<li class=\"sg-finding sg-warning\">\n<div class=\"sg-head\">"
                + "<span class=\"sg-sev\">warning</span><a class=\"sg-rule\" href=\"" + RuleMeta.DOCS_BASE
                + "drop-table.md\" title=\"DROP TABLE\">drop-table</a><span class=\"sg-at\">lines 7&ndash;8</span>"
                + "</div>\n<p class=\"sg-message\">DROP TABLE deletes table <code>customer</code> and every row in"
                + " it.</p>\n<pre class=\"sg-statement\"><code><mark>DROP TABLE customer</mark></code></pre>\n");
        assertThat(html.indexOf("id=\"sg-show-all\"")).isLessThan(html.indexOf("<div class=\"sg-files\">"));
    }

    @Test
    void everythingShownIsEscaped() {
        Finding evil = new Finding("drop-table", Severity.ERROR, "<script>alert(1)</script> & `<b>` \"q\"",
                "a<b>&\"c\".sql", new Position(1, 1), new Position(1, 2), "DROP TABLE \"<t>\" -- </code>",
                "drop table", "f");
        Finding unknown = new Finding("<rule>", Severity.NOTE, "m", "x.sql", new Position(1, 1),
                new Position(1, 2), "", "", "g");
        Filtering filtering = new Filtering(true, 1, List.of(
                new BaselineEntry("drop-table", "<old>.sql", "f1", "c1", "m", "DROP TABLE <old>")), null, 0);
        String html = new HtmlReport().render(new ScanResult(List.of(evil, unknown),
                List.of("<problem> & more"), 2, 2, filtering));

        assertThat(html).doesNotContain("<script>", "<b>", "<t>", "<old>", "<problem>", "<rule>", "</code>\" ")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <code>&lt;b&gt;</code> \"q\"")
                .contains("<code>a&lt;b&gt;&amp;\"c\".sql</code>")
                .contains("<mark>DROP TABLE \"&lt;t&gt;\"</mark> -- &lt;/code&gt;")
                .contains("<span class=\"sg-rule\">&lt;rule&gt;</span>")
                .contains("<code>&lt;old&gt;.sql</code>: <code>DROP TABLE &lt;old&gt;</code>")
                .contains("<li>&lt;problem&gt; &amp; more</li>")
                .contains("1 finding hidden by the baseline, 1 fixed.");
        assertThat(html.split("<pre class=\"sg-statement\">", -1)).hasSize(2);
    }

    @Test
    void makesNoNetworkRequestAndLinksOnlyToTheProjectsPages() {
        for (ScanResult result : List.of(Fixtures.THREE, Fixtures.EMPTY, GoldenReportsTest.sample())) {
            String html = new HtmlReport().render(result);
            assertThat(networkUses(html)).isEmpty();
            assertThat(networkUses(HtmlReport.embeddable(result))).isEmpty();
        }
        assertThat(networkUses("<p>x</p><img src=\"a.png\">")).isNotEmpty();
        assertThat(networkUses("<a href=\"https://example.com/\">x</a>")).isNotEmpty();
        assertThat(networkUses("<style>.a { background: URL(x.png) }</style>")).isNotEmpty();
    }

    @Test
    void ruleLinksGoToThePagesOfTheProjectsUrl() throws IOException {
        String pom = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
        Matcher url = Pattern.compile("</description>\\s*<url>([^<]+)</url>").matcher(pom);
        assertThat(url.find()).as("the root pom's <url>").isTrue();

        assertThat(Tool.INFORMATION_URI).isEqualTo(url.group(1));
        assertThat(RuleMeta.DOCS_BASE).isEqualTo(url.group(1) + "/blob/main/docs/rules/");
        assertThat(new HtmlReport().render(Fixtures.THREE)).contains("href=\"" + url.group(1)
                + "/blob/main/docs/rules/delete-without-where.md\"");
    }

    @Test
    void theEmbeddableReportIsThePagesContentWithItsStyle() {
        String page = new HtmlReport().render(Fixtures.THREE);
        String embeddable = HtmlReport.embeddable(Fixtures.THREE);

        String pageContent = page.substring(page.indexOf("<h1>sqlguard report</h1>\n") + 25,
                page.indexOf("</div>\n</body>"));
        assertThat(embeddable).isEqualTo("<style>\n" + HtmlStyle.CSS + "</style>\n<div class=\"sqlguard\">\n"
                + pageContent + "</div>\n");
        assertThat(HtmlStyle.CSS.lines().filter(l -> !l.startsWith(" ")))
                .allMatch(l -> l.startsWith(".sqlguard"), "every rule is scoped to .sqlguard");
    }

    @Test
    void noFindingsSaysSo() {
        String html = new HtmlReport().render(Fixtures.EMPTY);

        assertThat(html).contains("<p class=\"sg-none\">No findings.</p>").doesNotContain("<input", "<details");
    }

    /** Each place in {@code html} that could load something, or a link that leaves the project's pages. */
    static List<String> networkUses(String html) {
        List<String> uses = new ArrayList<>();
        String lower = html.toLowerCase(Locale.ROOT);
        for (String loader : LOADERS) {
            if (lower.contains(loader)) {
                uses.add(loader);
            }
        }
        Matcher http = Pattern.compile("(?i)https?:[^\"<\\s]*").matcher(html);
        while (http.find()) {
            String url = http.group();
            boolean project = url.startsWith(RuleMeta.DOCS_BASE) || url.equals(Tool.INFORMATION_URI);
            boolean linkTarget = html.startsWith("href=\"", http.start() - "href=\"".length());
            boolean linkText = html.startsWith("</a>", http.end());
            if (!project || !(linkTarget || linkText)) {
                uses.add(url);
            }
        }
        return uses;
    }

    private static List<String> sections(String html, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            out.add(m.group(1) + " " + m.group(2));
        }
        return out;
    }
}
