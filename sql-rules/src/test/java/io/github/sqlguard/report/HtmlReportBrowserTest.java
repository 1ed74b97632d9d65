package io.github.sqlguard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.ScanResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's HTML report in a real browser (skipped where no Chromium is installed): it loads nothing from anywhere,
 * and each position of the severity filter shows exactly the findings, and the files, at or above that severity. A
 * probe appended to a copy of the page reads what the browser shows and which resources it fetched.
 */
class HtmlReportBrowserTest {

    private static final String PROBE = """
            <script>
            addEventListener('load', () => {
              const shown = s => [...document.querySelectorAll(s)].filter(e => e.getClientRects().length > 0).length;
              const out = document.createElement('pre');
              out.id = 'sg-probe';
              out.textContent = JSON.stringify({findings: shown('.sg-finding'), files: shown('.sg-file'),
                requests: performance.getEntriesByType('resource').map(r => r.name)});
              document.body.append(out);
            });
            </script>
            """;

    @TempDir
    Path work;

    @Test
    void theFilterShowsWhatItSaysAndThePageRequestsNothing() throws Exception {
        Optional<Chromium> chromium = Chromium.find();
        assumeTrue(chromium.isPresent(), "no chromium on the PATH (or SQLGUARD_CHROMIUM)");
        ScanResult sample = GoldenReportsTest.sample();
        String page = new HtmlReport().render(sample);

        assertShown(chromium.get(), page, "all", sample, Severity.NOTE);
        assertShown(chromium.get(), page, "warning", sample, Severity.WARNING);
        assertShown(chromium.get(), page, "error", sample, Severity.ERROR);
    }

    @Test
    void theProbeSeesARequestWhenThereIsOne() throws Exception {
        Optional<Chromium> chromium = Chromium.find();
        assumeTrue(chromium.isPresent(), "no chromium on the PATH (or SQLGUARD_CHROMIUM)");
        String page = new HtmlReport().render(Fixtures.THREE)
                .replace("</style>", "</style>\n<link rel=\"stylesheet\" href=\"https://example.invalid/x.css\">");

        JsonNode probe = probe(chromium.get(), page);

        assertThat(probe.get("requests").toString()).contains("https://example.invalid/x.css");
    }

    private void assertShown(Chromium chromium, String page, String filter, ScanResult result, Severity atLeast)
            throws Exception {
        String filtered = page.replace("id=\"sg-show-all\" checked>", "id=\"sg-show-all\">")
                .replace("id=\"sg-show-" + filter + "\">", "id=\"sg-show-" + filter + "\" checked>");
        JsonNode probe = probe(chromium, filtered);

        long findings = result.findings().stream().filter(f -> f.severity().atLeast(atLeast)).count();
        long files = result.findings().stream().filter(f -> f.severity().atLeast(atLeast)).map(f -> f.file())
                .distinct().count();
        assertThat(probe.get("findings").asLong()).as("findings shown with filter %s", filter).isEqualTo(findings);
        assertThat(probe.get("files").asLong()).as("files shown with filter %s", filter).isEqualTo(files);
        assertThat(probe.get("requests")).as("resources the page loaded").isEmpty();
    }

    private JsonNode probe(Chromium chromium, String page) throws Exception {
        Path file = Files.createTempFile(work, "report", ".html");
        Files.writeString(file, page.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
        String dom = chromium.dumpDom(file, work);
        Matcher m = Pattern.compile("<pre id=\"sg-probe\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("the probe ran; the browser printed: %s", dom).isTrue();
        return new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
    }
}
