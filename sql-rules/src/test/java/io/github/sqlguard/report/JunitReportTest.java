package io.github.sqlguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.ScanResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class JunitReportTest {

    private static final String XSD = "/schemas/junit-10.xsd";

    @Test
    void validAgainstTheJenkinsJunitSchema() throws Exception {
        for (Severity failOn : new Severity[] {Severity.ERROR, Severity.NOTE, null}) {
            assertThat(XmlReports.invalid(new JunitReport(failOn).render(Fixtures.THREE), XSD)).isEmpty();
            assertThat(XmlReports.invalid(new JunitReport(failOn).render(GoldenReportsTest.sample()), XSD)).isEmpty();
        }
        assertThat(XmlReports.invalid(new JunitReport(Severity.ERROR).render(Fixtures.EMPTY), XSD)).isEmpty();
    }

    @Test
    void theSchemaCatchesABrokenReport() throws Exception {
        String good = new JunitReport(Severity.ERROR).render(Fixtures.THREE);
        for (String[] breakage : new String[][] {
            {" tests=\"3\" failures=\"1\" errors=\"0\" skipped", " failures=\"1\" errors=\"0\" skipped"},
            {"<failure type", "<fail type"},
            {"time=\"0\">\n    <testcase", "time=\"soon\">\n    <testcase"}}) {
            assertThat(good).contains(breakage[0]);
            assertThat(XmlReports.invalid(good.replace(breakage[0], breakage[1]), XSD))
                    .as("after replacing %s", breakage[0]).isNotEmpty();
        }
    }

    @Test
    void oneCasePerFileFailedByTheFindingsAtTheThreshold() throws Exception {
        Element suite = suite(new JunitReport(Severity.WARNING).render(Fixtures.THREE));

        assertThat(suite.getAttribute("name")).isEqualTo("sqlguard");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        List<Element> cases = XmlReports.children(suite, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name"))
                .containsExactly("db/migration/V2__drop.sql", "odd dir/a,b:c%.sql", "src/main/resources/queries.sql");
        Element drop = XmlReports.children(cases.get(0), "failure").get(0);
        assertThat(drop.getAttribute("type")).isEqualTo("drop-table");
        assertThat(drop.getAttribute("message")).isEqualTo("line 7: warning [drop-table] " + Fixtures.DROP.message());
        assertThat(drop.getTextContent()).isEqualTo(TextReport.finding(Fixtures.DROP));
        assertThat(XmlReports.children(cases.get(1), "failure")).isEmpty();
        assertThat(XmlReports.children(cases.get(1), "system-out").get(0).getTextContent())
                .isEqualTo(TextReport.finding(Fixtures.ODD).replace("\r\n", " "));
        assertThat(XmlReports.children(suite, "system-err").get(0).getTextContent())
                .isEqualTo(Fixtures.PROBLEM + "\n");
    }

    @Test
    void theThresholdDecidesWhatFails() throws Exception {
        assertThat(failures(Severity.ERROR)).containsExactly("delete-without-where");
        assertThat(failures(Severity.WARNING)).containsExactly("drop-table", "delete-without-where");
        assertThat(failures(Severity.NOTE)).containsExactly("drop-table", "unparsable-sql", "delete-without-where");
        assertThat(failures(null)).isEmpty();
        assertThat(Reports.forFormat("junit").render(Fixtures.THREE))
                .isEqualTo(new JunitReport(Severity.ERROR).render(Fixtures.THREE));
        assertThat(Reports.forFormat("junit", Severity.NOTE).render(Fixtures.THREE))
                .isEqualTo(new JunitReport(Severity.NOTE).render(Fixtures.THREE));
    }

    @Test
    void everyScannedFileIsATestCase() throws Exception {
        ScanResult sample = GoldenReportsTest.sample();
        Element suite = suite(new JunitReport(Severity.ERROR).render(sample));

        assertThat(XmlReports.children(suite, "testcase")).extracting(c -> c.getAttribute("name"))
                .isEqualTo(sample.scannedFiles());
        long failing = sample.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.file())
                .distinct().count();
        assertThat(suite.getAttribute("failures")).isEqualTo(Long.toString(failing));
        assertThat(suite.getElementsByTagName("failure").getLength())
                .isEqualTo((int) sample.count(Severity.ERROR));
    }

    private static List<String> failures(Severity failOn) throws Exception {
        Element suite = suite(new JunitReport(failOn).render(Fixtures.THREE));
        List<String> types = new java.util.ArrayList<>();
        for (int i = 0; i < suite.getElementsByTagName("failure").getLength(); i++) {
            types.add(((Element) suite.getElementsByTagName("failure").item(i)).getAttribute("type"));
        }
        return types;
    }

    private static Element suite(String xml) throws Exception {
        Element root = XmlReports.parse(xml).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        return XmlReports.children(root, "testsuite").get(0);
    }
}
