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

class MarkdownReportTest {

    private static final String DOCS = "https://github.com/sqlguard/sqlguard/blob/main/docs/rules/";

    @Test
    void headingTableWithRuleLinksAndProblems() {
        assertThat(new MarkdownReport().render(Fixtures.THREE)).isEqualTo(""
                + "### sqlguard: 1 error, 1 warning, 1 note in 12 files (57 statements)\n"
                + "\n"
                + "| Severity | Rule | Location | Message |\n"
                + "|---|---|---|---|\n"
                + "| error | [`delete-without-where`](" + DOCS + "delete-without-where.md)"
                + " | `src/main/resources/queries.sql:3` | DELETE removes every row of `invoice`: it has no WHERE"
                + " clause. |\n"
                + "| warning | [`drop-table`](" + DOCS + "drop-table.md) | `db/migration/V2__drop.sql:7`"
                + " | DROP TABLE deletes table `customer` and every row in it. |\n"
                + "| note | [`unparsable-sql`](" + DOCS + "unparsable-sql.md) | `odd dir/a,b:c%.sql:1`"
                + " | 100% odd: a, b next line |\n"
                + "\n"
                + "#### Problems\n"
                + "\n"
                + "- broken.sql: cannot read (AccessDeniedException)\n");
    }

    @Test
    void noFindingsSaysSo() {
        assertThat(new MarkdownReport().render(Fixtures.EMPTY)).isEqualTo(""
                + "### sqlguard: 0 errors, 0 warnings, 0 notes in 0 files (0 statements)\n"
                + "\n"
                + "No findings.\n");
    }

    @Test
    void pipesAndLineBreaksCannotBreakTheTable() {
        Finding f = new Finding("not-a-rule", Severity.ERROR, "a | b\nc\r\nd `x|y`", "p|q/`odd`.sql",
                new Position(4, 1), new Position(4, 2), "x", "x", "");
        String md = new MarkdownReport().render(new ScanResult(List.of(f), List.of("bad | problem\nline"), 1, 1));

        assertThat(md).contains("| error | `not-a-rule` | ``p\\|q/`odd`.sql:4`` | a \\| b c d `x\\|y` |\n")
                .contains("- bad \\| problem line\n");
        for (String row : md.lines().filter(l -> l.startsWith("| error")).toList()) {
            assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(5);
        }
    }

    @Test
    void baselineAndChangedLinesAreSummarizedAndFixedFindingsListed() {
        Filtering filtering = new Filtering(true, 3, List.of(
                new BaselineEntry("drop-table", "db/V1__a.sql", "f1", "c1", "m", "DROP TABLE a"),
                new BaselineEntry("truncate-table", "db/V2__b.sql", "f2", null, null, null)), "origin/main", 1);
        ScanResult result = new ScanResult(List.of(Fixtures.DELETE), List.of(), 4, 9, filtering);

        assertThat(new MarkdownReport().render(result)).isEqualTo(""
                + "### sqlguard: 1 error, 0 warnings, 0 notes in 4 files (9 statements)\n"
                + "\n"
                + "3 findings hidden by the baseline, 2 fixed.\n"
                + "\n"
                + "1 finding outside the lines changed since origin/main.\n"
                + "\n"
                + "| Severity | Rule | Location | Message |\n"
                + "|---|---|---|---|\n"
                + "| error | [`delete-without-where`](" + DOCS + "delete-without-where.md)"
                + " | `src/main/resources/queries.sql:3` | DELETE removes every row of `invoice`: it has no WHERE"
                + " clause. |\n"
                + "\n"
                + "#### Fixed since baseline\n"
                + "\n"
                + "| Rule | File | Statement |\n"
                + "|---|---|---|\n"
                + "| [`drop-table`](" + DOCS + "drop-table.md) | `db/V1__a.sql` | `DROP TABLE a` |\n"
                + "| [`truncate-table`](" + DOCS + "truncate-table.md) | `db/V2__b.sql` |  |\n");
    }

    @Test
    void sameResultSameBytes() {
        assertThat(new MarkdownReport().render(Fixtures.THREE)).isEqualTo(new MarkdownReport().render(Fixtures.THREE));
    }
}
