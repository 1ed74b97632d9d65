package io.github.sqlguard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sqlguard.core.Finding;
import org.junit.jupiter.api.Test;

class ReportFilesTest {

    @Test
    void everyFormatButGithubHasAFile() {
        assertThat(Reports.fileName("text")).isEqualTo("sqlguard.txt");
        assertThat(Reports.fileName("json")).isEqualTo("sqlguard.json");
        assertThat(Reports.fileName(" SARIF ")).isEqualTo("sqlguard.sarif");
        assertThat(Reports.fileName("markdown")).isEqualTo("sqlguard.md");
        assertThat(Reports.fileName("gitlab")).isEqualTo("sqlguard-codequality.json");
        assertThat(Reports.fileName("checkstyle")).isEqualTo("sqlguard-checkstyle.xml");
        assertThat(Reports.fileName("junit")).isEqualTo("sqlguard-junit.xml");
        assertThat(Reports.fileName("html")).isEqualTo("sqlguard.html");
        assertThat(Reports.fileName("github")).isNull();
        assertThatThrownBy(() -> Reports.fileName("pdf")).hasMessageContaining("unknown format 'pdf'");
    }

    @Test
    void formatNamesAreThoseOfForFormat() {
        for (String format : Reports.FORMATS) {
            assertThat(Reports.isFormat(format)).isTrue();
            assertThat(Reports.isFormat(" " + format.toUpperCase() + " ")).isTrue();
        }
        assertThat(Reports.isFormat("pdf")).isFalse();
        assertThat(Reports.isFormat(null)).isFalse();
        assertThat(Reports.isFormat("")).isFalse();
    }

    @Test
    void theTextReportIsItsFindingsThenItsTrailer() {
        StringBuilder pieces = new StringBuilder();
        for (Finding f : Fixtures.THREE.findings()) {
            pieces.append(TextReport.finding(f));
        }
        pieces.append(TextReport.trailer(Fixtures.THREE));
        assertThat(new TextReport().render(Fixtures.THREE)).isEqualTo(pieces.toString());
        assertThat(TextReport.trailer(Fixtures.THREE).lines()).allMatch(l -> l.startsWith("sqlguard: "));
    }
}
