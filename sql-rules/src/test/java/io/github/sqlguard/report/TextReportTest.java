package io.github.sqlguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.baseline.BaselineEntry;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.Filtering;
import io.github.sqlguard.scan.ScanResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

    private static final String DOCS = "https://github.com/sqlguard/sqlguard/blob/main/docs/rules/";

    @Test
    void writesOneBlockPerFindingThenProblemsThenSummary() {
        assertThat(new TextReport().render(Fixtures.THREE)).isEqualTo(""
                + "src/main/resources/queries.sql:3:1: error [delete-without-where] DELETE removes every row of"
                + " `invoice`: it has no WHERE clause.\n"
                + "    DELETE FROM invoice\n"
                + "  see " + DOCS + "delete-without-where.md\n"
                + "db/migration/V2__drop.sql:7:5: warning [drop-table] DROP TABLE deletes table `customer` and every"
                + " row in it.\n"
                + "    DROP TABLE customer\n"
                + "  see " + DOCS + "drop-table.md\n"
                + "odd dir/a,b:c%.sql:1:2: note [unparsable-sql] 100% odd: a, b next line\n"
                + "    UPDATE t\n"
                + "  see " + DOCS + "unparsable-sql.md\n"
                + "sqlguard: problem: broken.sql: cannot read (AccessDeniedException)\n"
                + "sqlguard: 1 error, 1 warning, 1 note in 12 files (57 statements)\n");
    }

    @Test
    void emptyResultIsTheSummaryAlone() {
        assertThat(new TextReport().render(Fixtures.EMPTY))
                .isEqualTo("sqlguard: 0 errors, 0 warnings, 0 notes in 0 files (0 statements)\n");
    }

    @Test
    void pluralsFollowTheCounts() {
        Finding error = Fixtures.DELETE;
        ScanResult result = new ScanResult(List.of(error, error.withSeverity(Severity.ERROR), Fixtures.DROP,
                Fixtures.DROP), List.of(), 1, 1);
        assertThat(new TextReport().render(result))
                .endsWith("sqlguard: 2 errors, 2 warnings, 0 notes in 1 file (1 statement)\n");
    }

    @Test
    void leavesOutAnEmptySnippetAndTheLinkOfAnUnknownRule() {
        Finding f = new Finding("not-a-rule", Severity.ERROR, "m", "a.sql", new Position(1, 1), new Position(1, 2),
                " ", "", "");
        assertThat(new TextReport().render(new ScanResult(List.of(f), List.of(), 1, 1)))
                .isEqualTo("a.sql:1:1: error [not-a-rule] m\n"
                        + "sqlguard: 1 error, 0 warnings, 0 notes in 1 file (1 statement)\n");
    }

    @Test
    void problemsWithLineBreaksStayOnOneLine() {
        ScanResult result = new ScanResult(List.of(), List.of("x.sql: bad\nthing"), 0, 0);
        assertThat(new TextReport().render(result)).startsWith("sqlguard: problem: x.sql: bad thing\n");
    }

    @Test
    void saysWhatTheBaselineAndChangedLinesModeLeftOut() {
        Filtering filtering = new Filtering(true, 1, List.of(
                new BaselineEntry("drop-table", "db/V1__a.sql", "f1", "c1", "m", "DROP TABLE a")), "origin/main", 2);
        ScanResult result = new ScanResult(List.of(), List.of(), 2, 3, filtering);
        assertThat(new TextReport().render(result)).isEqualTo(""
                + "sqlguard: 1 finding hidden by the baseline, 1 fixed\n"
                + "sqlguard: 2 findings outside the lines changed since origin/main\n"
                + "sqlguard: fixed since baseline: db/V1__a.sql [drop-table] DROP TABLE a\n"
                + "sqlguard: 0 errors, 0 warnings, 0 notes in 2 files (3 statements)\n");
    }

    @Test
    void sameResultSameBytes() {
        assertThat(new TextReport().render(Fixtures.THREE)).isEqualTo(new TextReport().render(Fixtures.THREE));
        assertThat(new TextReport().render(Fixtures.THREE)).doesNotContain("\r\n");
    }
}
