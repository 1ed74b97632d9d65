package io.github.sqlguard.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.report.Reports;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    @Test
    void theGoalListsExactlyTheEnginesFormats() {
        assertThat(CheckMojo.LISTED_FORMATS).containsExactlyInAnyOrderElementsOf(Reports.FORMATS);
        assertThat(CheckMojo.LISTED_FORMATS.get(0)).isEqualTo("sarif");
        assertThat(CheckMojo.SARIF_FILE).isEqualTo("sqlguard.sarif");
    }
}
