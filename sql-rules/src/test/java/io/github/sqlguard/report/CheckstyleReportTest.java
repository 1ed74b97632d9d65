package io.github.sqlguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.scan.ScanResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class CheckstyleReportTest {

    private static final Set<String> SEVERITIES = Set.of("error", "warning", "info");

    @Test
    void findingsAreErrorsOfTheirFilesWithRuleSources() throws Exception {
        Element root = XmlReports.parse(new CheckstyleReport().render(Fixtures.THREE)).getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("checkstyle");
        assertThat(root.getAttribute("version")).isEqualTo("4.3");
        List<Element> files = XmlReports.children(root, "file");
        assertThat(files).extracting(f -> f.getAttribute("name"))
                .containsExactly("db/migration/V2__drop.sql", "odd dir/a,b:c%.sql", "src/main/resources/queries.sql");
        Element drop = XmlReports.children(files.get(0), "error").get(0);
        assertThat(drop.getAttribute("line")).isEqualTo("7");
        assertThat(drop.getAttribute("column")).isEqualTo("5");
        assertThat(drop.getAttribute("severity")).isEqualTo("warning");
        assertThat(drop.getAttribute("message")).isEqualTo(Fixtures.DROP.message());
        assertThat(drop.getAttribute("source")).isEqualTo("sqlguard.drop-table");
        Element odd = XmlReports.children(files.get(1), "error").get(0);
        assertThat(odd.getAttribute("severity")).isEqualTo("info");
        assertThat(odd.getAttribute("message")).isEqualTo("100% odd: a, b\r\nnext line");
        assertThat(XmlReports.children(files.get(2), "error").get(0).getAttribute("severity")).isEqualTo("error");
    }

    @Test
    void everyScannedFileIsListedSortedAlsoWithoutFindings() throws Exception {
        ScanResult sample = GoldenReportsTest.sample();
        Element root = XmlReports.parse(new CheckstyleReport().render(sample)).getDocumentElement();

        List<String> names = XmlReports.children(root, "file").stream().map(f -> f.getAttribute("name")).toList();
        assertThat(names).isEqualTo(sample.scannedFiles()).isSorted().contains("pom.xml");
        int errors = 0;
        for (Element file : XmlReports.children(root, "file")) {
            assertThat(XmlReports.childNames(file)).allMatch("error"::equals);
            for (Element error : XmlReports.children(file, "error")) {
                errors++;
                assertThat(error.getAttribute("line")).matches("[1-9][0-9]*");
                assertThat(error.getAttribute("column")).matches("[1-9][0-9]*");
                assertThat(error.getAttribute("severity")).isIn(SEVERITIES);
                assertThat(error.getAttribute("source")).startsWith("sqlguard.");
                assertThat(error.getAttribute("message")).isNotBlank();
            }
        }
        assertThat(errors).isEqualTo(sample.findings().size());
    }

    @Test
    void markupInPathsAndMessagesIsEscaped() throws Exception {
        Finding f = Fixtures.DELETE;
        Finding evil = new Finding(f.ruleId(), f.severity(), "<x> & \"y\" 'z' \u0001 \uD800", "a&b/<c>\"'.sql",
                f.start(), f.end(), f.snippet(), f.statementKey(), f.fingerprint());
        String xml = new CheckstyleReport().render(new ScanResult(List.of(evil), List.of(), 1, 1));

        Element error = (Element) XmlReports.parse(xml).getElementsByTagName("error").item(0);
        assertThat(((Element) error.getParentNode()).getAttribute("name")).isEqualTo("a&b/<c>\"'.sql");
        assertThat(error.getAttribute("message")).isEqualTo("<x> & \"y\" 'z' \uFFFD \uFFFD");
    }

    @Test
    void anEmptyResultIsAnEmptyReport() {
        assertThat(new CheckstyleReport().render(Fixtures.EMPTY))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n</checkstyle>\n");
    }
}
