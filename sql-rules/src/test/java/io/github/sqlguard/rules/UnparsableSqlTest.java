package io.github.sqlguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unparsable-sql note says where the statement could not be read, in the statement's own words. */
class UnparsableSqlTest {

    @TempDir
    Path dir;

    @Test
    void namesTheTokenAndTheWordsBeforeIt() throws IOException {
        assertThat(note("sql", "UPDATE account SET locked = 0 WHERE id = = 2;"))
                .isEqualTo("This UPDATE could not be parsed at `=`, after `WHERE id =`; it was checked by its tokens"
                        + " only.");
        assertThat(note("sql", "DELETE FROM orders WHERE id = 1 OR id = 2 LIMIT 5 OFFSET;"))
                .contains("at `OFFSET`, after `LIMIT 5`");
        assertThat(note("sql", "UPDATE account SET locked = WHERE id = 1 OR id = 2;"))
                .contains("at `WHERE`, after `SET locked =`");
    }

    @Test
    void showsTokensAsWrittenNotAsNormalized() throws IOException {
        String note = note("sql", """
                UPDATE account
                   SET locked = 0   -- why
                 WHERE id = :id
                    OR id = :x
                       :other;
                """);
        assertThat(note).contains("at `:other`, after `OR id = :x`");
        assertThat(note("sql", "DELETE FROM orders WHERE note = 'it''s' OR note = 'x' 'more';"))
                .contains("at `'more'`, after `OR note = 'x'`");
    }

    @Test
    void readsPastStringsOverSeveralLines() throws IOException {
        assertThat(note("sql", "DELETE FROM t WHERE x = 1\n  OR y = 2\n  OR z = 'multi\nline' 'next';"))
                .contains("at `'next'`, after `OR z = 'multi line'`");
    }

    @Test
    void namesARunTimeValueInWords() throws IOException {
        assertThat(note("sql", "DELETE FROM orders WHERE status IN ${statuses} ${more};"))
                .contains("at a value known only at run time, after `WHERE status IN` and a value known only at run"
                        + " time");
        String java = note("java", """
                package example;

                import org.springframework.jdbc.core.JdbcTemplate;

                class Example {
                    void run(JdbcTemplate jdbc, String statuses, String more) {
                        jdbc.update("DELETE FROM orders WHERE status IN " + statuses + " " + more);
                    }
                }
                """);
        assertThat(java).contains("a value known only at run time, after `WHERE status IN`");
    }

    @Test
    void saysWhenTheStatementEndsTooEarly() throws IOException {
        assertThat(note("sql", "DELETE FROM orders WHERE id IN (1, 2;"))
                .contains("it ends after `(1, 2` where more was expected");
    }

    @Test
    void namesACharacterTheParserCannotRead() throws IOException {
        assertThat(note("sql", "UPDATE account SET note = 1 WHERE id = 2 OR id = 3 \\ 4;"))
                .contains("at `\\`, after `OR id = 3`");
    }

    @Test
    void namesNoParserInternals() throws IOException {
        List<String> notes = List.of(
                note("sql", "UPDATE account SET locked = 0 WHERE id = = 2;"),
                note("sql", "DELETE FROM orders WHERE status IN ${statuses} ${more};"),
                note("sql", "DELETE FROM orders WHERE id IN (1, 2;"),
                note("sql", "UPDATE account SET note = 1 WHERE id = 2 OR id = 3 \\ 4;"),
                note("sql", "DELETE FROM orders WHERE a = 1 OR a = 2 ORDER BY;"),
                note("sql", "UPDATE t SET a = 1 WHERE b = \"q\" ON;"),
                note("sql", "DELETE FROM t WHERE x = 1\n  OR y = 2\n  OR z = 'multi\nline' 'next';"));
        for (String note : notes) {
            assertThat(note).doesNotContainPattern("<[A-Z_]+>")
                    .doesNotContain("__sqlguard")
                    .doesNotContainIgnoringCase("column")
                    .doesNotContainIgnoringCase("line 1")
                    .doesNotContain("Encountered")
                    .doesNotContain("expansion");
        }
    }

    @Test
    void otherReasonsAreKept() throws IOException {
        String deep = "(".repeat(120) + "1" + ")".repeat(120);
        assertThat(note("sql", "DELETE FROM orders WHERE id IN " + deep + " OR id = = 2;"))
                .contains("could not be parsed (nested more than");
    }

    /** The one unparsable-sql message of the example. */
    private String note(String language, String example) throws IOException {
        Path file = dir.resolve(language.equals("java") ? "src/main/java/example/Example.java" : "example.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, example);
        List<String> notes = new Scanner(ScanConfig.DEFAULT, dir).scan(List.of(file)).findings().stream()
                .filter(f -> f.ruleId().equals("unparsable-sql"))
                .map(Finding::message)
                .toList();
        assertThat(notes).as("notes on %s", example).hasSize(1);
        return notes.get(0);
    }
}
