package io.github.sqlguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.baseline.BaselineEntry;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.JsonText;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.Filtering;
import io.github.sqlguard.scan.ScanResult;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streamed JSON reports are laid out exactly as {@link JsonText} prints a tree (the layout of the baseline file):
 * read back and printed again by it, every report gives the same characters.
 */
class JsonLayoutTest {

    private static final Finding NO_SNIPPET = new Finding("drop-table", Severity.ERROR, "DROP \"quoted\" \\ \t\u2028",
            "/abs/ölß/V1__x.sql", new Position(1, 1), new Position(1, 2), null, "drop", null);

    private static final ScanResult FILTERED = new ScanResult(
            List.of(Fixtures.DELETE, Fixtures.DROP, Fixtures.ODD, NO_SNIPPET), List.of(Fixtures.PROBLEM, "tab\there"),
            12, 57, new Filtering(true, 3, List.of(
                    new BaselineEntry("drop-table", "db/V1.sql", "ab", "cd", "gone", "DROP TABLE t"),
                    new BaselineEntry("truncate-table", "db/V2.sql", "ef", "gh", null, null)),
                    "origin/main", 2));

    @ParameterizedTest
    @ValueSource(strings = {"json", "sarif"})
    void aReportReadBackAndPrintedAgainIsTheSame(String format) throws Exception {
        for (ScanResult result : List.of(FILTERED, Fixtures.THREE, Fixtures.EMPTY)) {
            String streamed = Reports.forFormat(format).render(result);
            StringWriter reprinted = new StringWriter();
            JsonText.write(JsonText.mapper().readTree(streamed), reprinted);
            assertThat(streamed).isEqualTo(reprinted.toString());
        }
    }

    @Test
    void theRuleListIsLaidOutTheSameWay() throws Exception {
        StringWriter streamed = new StringWriter();
        RuleList.writeJson(streamed);
        StringWriter reprinted = new StringWriter();
        JsonText.write(JsonText.mapper().readTree(streamed.toString()), reprinted);
        assertThat(streamed.toString()).isEqualTo(reprinted.toString()).contains("\n  \"rules\": [\n    {\n");
    }
}
