package io.github.sqlguard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.sql.Verb;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verdicts against a judged set made by hand: what the engine would have read, or failed to. */
class VerdictTest {

    private static final String SCRIPT = "DROP TABLE a;\nDROP TABLE b;\nDELETE FROM c;\nEXPLAIN DELETE FROM d;\n"
            + "ALTER TABLE e DROP COLUMN f;\n";

    private static final Judged DROP_A = new Judged(Verb.DROP, "TABLE", 0, 12, false);
    private static final Judged DROP_B = new Judged(Verb.DROP, "TABLE", 14, 26, false);
    private static final Judged DELETE_C = new Judged(Verb.DELETE, "", 28, 41, false);
    private static final Judged ALTER_E = new Judged(Verb.ALTER, "TABLE", 66, 93, true);

    private static List<String> verdicts(List<Judged> judged, List<Finding> findings) {
        return SilenceAudit.audit("V1.sql", SCRIPT, judged, findings).verdicts().stream()
                .map(a -> a.occurrence().line() + " " + a.verdict()).toList();
    }

    private static Finding finding(int line, int endLine) {
        return new Finding("unparsable-sql", Severity.NOTE, "m", "V1.sql", new Position(line, 1),
                new Position(endLine, 2), "s", "k", "");
    }

    @Test
    void everyStatementReadAsWhatItIsIsJudged() {
        assertThat(verdicts(List.of(DROP_A, DROP_B, DELETE_C, ALTER_E), List.of())).containsExactly("1 JUDGED",
                "2 JUDGED", "3 JUDGED", "4 EXEMPT", "5 JUDGED");
    }

    @Test
    void nothingReadIsNothingJudged() {
        assertThat(verdicts(List.of(), List.of())).containsExactly("1 SILENT", "2 SILENT", "3 SILENT", "4 EXEMPT",
                "5 SILENT");
    }

    @Test
    void aStatementReadAsOneDropJudgesOnlyItsFirst() {
        Judged both = new Judged(Verb.DROP, "TABLE", 0, 26, false);
        assertThat(verdicts(List.of(both, DELETE_C, ALTER_E), List.of())).startsWith("1 JUDGED", "2 SILENT");
    }

    @Test
    void aStatementOfAnotherVerbOrObjectJudgesNothing() {
        Judged view = new Judged(Verb.DROP, "VIEW", 0, 12, false);
        Judged insert = new Judged(Verb.INSERT, "", 14, 41, false);
        assertThat(verdicts(List.of(view, insert, DELETE_C, ALTER_E), List.of())).startsWith("1 SILENT",
                "2 SILENT", "3 JUDGED");
    }

    @Test
    void anAlterWithoutDroppedColumnsJudgesNoDropColumn() {
        Judged alter = new Judged(Verb.ALTER, "TABLE", 66, 93, false);
        assertThat(verdicts(List.of(DROP_A, DROP_B, DELETE_C, alter), List.of())).endsWith("5 SILENT");
    }

    @Test
    void aStatementEndingBeforeAnOccurrenceDoesNotCoverIt() {
        Judged shortDrop = new Judged(Verb.DROP, "TABLE", 14, 15, false);
        Judged before = new Judged(Verb.DROP, "TABLE", 0, 13, false);
        assertThat(verdicts(List.of(before, shortDrop), List.of())).startsWith("1 JUDGED", "2 JUDGED");
        Judged after = new Judged(Verb.DROP, "TABLE", 15, 26, false);
        assertThat(verdicts(List.of(after), List.of())).startsWith("1 SILENT", "2 SILENT");
    }

    @Test
    void aFindingOnItsLineNotesAnOccurrenceNotJudged() {
        assertThat(verdicts(List.of(), List.of(finding(2, 3)))).containsExactly("1 SILENT", "2 NOTED", "3 NOTED",
                "4 EXEMPT", "5 SILENT");
    }

    @Test
    void theReportListsTheSilentSortedAndCountsEveryVerdict() {
        FileAudit first = SilenceAudit.audit("a/V1.sql", SCRIPT, List.of(DROP_A), List.of(finding(3, 3)));
        FileAudit second = SilenceAudit.audit("b/V2.sql", "TRUNCATE t;\n", List.of(), List.of());
        StringWriter out = new StringWriter();
        new AuditReport(List.of(first, second)).write(new PrintWriter(out), false);
        assertThat(out.toString()).isEqualTo("""
                a/V1.sql:2: DROP TABLE not judged
                a/V1.sql:5: ALTER TABLE ... DROP COLUMN not judged
                b/V2.sql:1: TRUNCATE not judged
                sqlguard audit: 6 destructive statements in 2 SQL files: 1 judged, 1 noted, 1 exempt, 3 silent
                sqlguard audit: DROP TABLE 2: 1 judged, 0 noted, 0 exempt, 1 silent
                sqlguard audit: TRUNCATE 1: 0 judged, 0 noted, 0 exempt, 1 silent
                sqlguard audit: DELETE 2: 0 judged, 1 noted, 1 exempt, 0 silent
                sqlguard audit: DROP COLUMN 1: 0 judged, 0 noted, 0 exempt, 1 silent
                """);
    }
}
