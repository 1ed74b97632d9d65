package io.github.sqlguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --audit}: the destructive statements of SQL files that the scan passed silently. */
class AuditCommandTest {

    @TempDir
    Path tmp;

    private Path project;
    private Cli cli;

    @BeforeEach
    void project() throws Exception {
        project = tmp.resolve("project");
        write("db/V1__init.sql", "CREATE TABLE a (id int);\nDROP TABLE old_a;\nDELETE FROM a WHERE id = 1;\n"
                + "-- DROP TABLE in_a_comment;\nEXPLAIN DELETE FROM a;\n");
        write("queries.sql", "UPDATE a SET id = 2 WHERE id = 1;\n");
        cli = new Cli(project);
    }

    private void write(String relative, String text) throws Exception {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void everythingJudgedExitsZeroWithTheCounts() {
        Cli.Run run = cli.run("--audit", project.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("""
                sqlguard audit: 4 destructive statements in 2 SQL files: 3 judged, 0 noted, 1 exempt, 0 silent
                sqlguard audit: DROP TABLE 1: 1 judged, 0 noted, 0 exempt, 0 silent
                sqlguard audit: DELETE 2: 1 judged, 0 noted, 1 exempt, 0 silent
                sqlguard audit: UPDATE 1: 1 judged, 0 noted, 0 exempt, 0 silent
                """);
        assertThat(run.err()).isEmpty();
    }

    /** Outside a block, the engine ends a statement only at a delimiter: {@code SELECT 1 DELETE FROM a} is a query. */
    @Test
    void aSilentStatementIsListedAndExitsOne() throws Exception {
        write("reports/z.sql", "SELECT 1\nDELETE FROM a;\n");
        write("reports/b.sql", "SELECT 2\nUPDATE a SET id = 3;\n");
        Cli.Run run = cli.run("--audit", project.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("""
                reports/b.sql:2: UPDATE ... SET not judged
                reports/z.sql:2: DELETE FROM not judged
                sqlguard audit: 6 destructive statements in 4 SQL files: 3 judged, 0 noted, 1 exempt, 2 silent
                """);
    }

    @Test
    void verboseListsEveryOccurrenceWithItsVerdict() {
        Cli.Run run = cli.run("--audit", "--verbose", project.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("""
                db/V1__init.sql:2: DROP TABLE judged
                db/V1__init.sql:3: DELETE FROM judged
                db/V1__init.sql:5: DELETE FROM exempt (EXPLAIN without ANALYZE plans the statement and does not run it)
                queries.sql:1: UPDATE ... SET judged
                sqlguard audit: 4 destructive statements""");
    }

    @Test
    void theAuditGoesToTheOutputFile() throws Exception {
        Path file = tmp.resolve("out/audit.txt");
        Cli.Run run = cli.run("--audit", "--output", file.toString(), project.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).startsWith("sqlguard audit: 4 destructive statements in 2 SQL files");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--format=json", "--baseline=b.json", "--write-baseline=b.json", "--changed-since=HEAD"})
    void optionsThatFilterOrReformatAreRejected(String option) {
        Cli.Run run = cli.run("--audit", option, project.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("sqlguard: --audit checks every statement of the scan and prints text:"
                + " it cannot be combined with --");
        assertThat(run.out()).isEmpty();
    }
}
