package io.github.sqlguard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The audit's own reading: what is a destructive occurrence in code, and what is not. */
class DestructiveSequencesTest {

    private static List<String> found(String sql) {
        return SilenceAudit.occurrences(sql).stream().map(o -> o.line() + " " + o.words()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-- DROP TABLE a\nSELECT 1;",
        "# DROP TABLE a\nSELECT 1;",
        "  # DROP TABLE a\nSELECT 1;",
        "/* DROP TABLE a */ SELECT 1;",
        "/* outer /* inner */ DROP TABLE a; */ SELECT 1;",
        "/*+ DROP TABLE a */ SELECT 1;",
        "SELECT 'DROP TABLE a';",
        "SELECT 'it''s; DROP TABLE a';",
        "SELECT \"DROP TABLE a\" FROM t;",
        "SELECT `DROP TABLE a` FROM t;",
        "SELECT [DROP TABLE a] FROM t;",
        "EXECUTE IMMEDIATE 'TRUNCATE TABLE a';",
        "SELECT 'it\\'s', 'DROP TABLE a';",
        "SELECT E'it\\'s; DROP TABLE a';",
        "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u (id) ON DELETE CASCADE ON UPDATE SET NULL;",
        "GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON t TO app;",
        "REVOKE DELETE ON t FROM app;",
        "CREATE TRIGGER g AFTER DELETE ON t FOR EACH ROW EXECUTE PROCEDURE f();",
        "CREATE TRIGGER g BEFORE UPDATE ON t FOR EACH ROW SET NEW.a = 1;",
        "CREATE TRIGGER g BEFORE INSERT OR UPDATE OR DELETE ON t FOR EACH ROW EXECUTE PROCEDURE f();",
        "CREATE TRIGGER g BEFORE TRUNCATE ON t EXECUTE PROCEDURE f();",
        "CREATE TRIGGER g INSTEAD OF DELETE ON v FOR EACH ROW EXECUTE PROCEDURE f();",
        "CREATE POLICY p ON t FOR DELETE USING (owner = current_user);",
        "CREATE TEMPORARY TABLE x (a int) ON COMMIT DELETE ROWS;",
        "SELECT * FROM t FOR UPDATE;",
        "INSERT INTO t VALUES (1) ON CONFLICT (id) DO UPDATE SET a = 1;",
        "INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE a = 1;",
        "SELECT TRUNCATE(1.25, 1);",
        "DROP INDEX i; DROP VIEW v; ALTER TABLE t DROP CONSTRAINT c;",
        "DROP DATABASE LINK remote_db;",
        "ALTER TABLE t ALTER COLUMN c DROP DEFAULT, ALTER COLUMN d DROP NOT NULL, DROP PRIMARY KEY;",
        "ALTER TABLE t ADD CHECK (a > 0), DROP INDEX i;",
        "SELECT deleted, updated, dropped FROM audit_log;",
        "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE WHEN NOT MATCHED THEN INSERT VALUES (1);"})
    void notAnOccurrence(String sql) {
        assertThat(found(sql)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "DROP TABLE a;                                              | 1 DROP TABLE",
        "drop table if exists a;                                    | 1 DROP TABLE",
        "DROP /* why */ TABLE a;                                    | 1 DROP TABLE",
        "DROP TEMPORARY TABLE a;                                    | 1 DROP TEMPORARY TABLE",
        "DROP DATABASE d;                                           | 1 DROP DATABASE",
        "DROP SCHEMA s CASCADE;                                     | 1 DROP SCHEMA",
        "DROP TABLE #work;                                          | 1 DROP TABLE",
        "TRUNCATE TABLE a;                                          | 1 TRUNCATE TABLE",
        "TRUNCATE a;                                                | 1 TRUNCATE",
        "DELETE FROM a;                                             | 1 DELETE FROM",
        "DELETE a WHERE id = 1;                                     | 1 DELETE",
        "DELETE t1 FROM t1 JOIN t2 ON t1.id = t2.id;                | 1 DELETE",
        "UPDATE a SET x = 1;                                        | 1 UPDATE ... SET",
        "UPDATE s.a AS t SET x = 1;                                 | 1 UPDATE ... SET",
        "UPDATE [dbo].[a] SET x = 1;                                | 1 UPDATE ... SET",
        "UPDATE \"a\" t SET x = 1;                                  | 1 UPDATE ... SET",
        "ALTER TABLE t DROP COLUMN c;                               | 1 ALTER TABLE ... DROP COLUMN",
        "SELECT 'it\\'s'; DROP TABLE a;                             | 1 DROP TABLE",
        "SELECT 'C:\\'; DROP TABLE a; SELECT 'x';                   | 1 DROP TABLE",
        "SELECT E'it\\'s'; DROP TABLE a;                            | 1 DROP TABLE",
        "/*!40000 DROP DATABASE IF EXISTS d*/;                      | 1 DROP DATABASE",
        "SELECT $1; DELETE FROM a;                                  | 1 DELETE FROM",
        "CREATE RULE r AS ON DELETE TO t DO INSTEAD DELETE FROM u;  | 1 DELETE FROM",
        "SELECT 1 # not a comment here\\n; DROP TABLE a;            | 2 DROP TABLE"})
    void oneOccurrence(String sql, String expected) {
        assertThat(found(sql.replace("\\n", "\n"))).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void linesEndAtAnyLineBreak(String lineBreak) {
        assertThat(found("SELECT 1;" + lineBreak + "-- note" + lineBreak + "DROP TABLE a;")).containsExactly(
                "3 DROP TABLE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"$$", "$body$"})
    void aDollarQuotedBodyIsCode(String tag) {
        assertThat(found("CREATE FUNCTION f() RETURNS void AS " + tag + "\nBEGIN\n  DELETE FROM t;\n"
                + "  UPDATE u SET a = 1;\nEND " + tag + " LANGUAGE plpgsql;"))
                .containsExactly("3 DELETE FROM", "4 UPDATE ... SET");
    }

    @Test
    void aBackslashEscapeDoesNotHideTheRestOfTheFile() {
        String dump = "INSERT INTO currency VALUES ('TOP', 'Tonga Pa\\'anga');\nDROP TABLE a;\n"
                + "INSERT INTO note VALUES ('the MFI\\'s clients');\nDROP TABLE b;\n";
        assertThat(found(dump)).containsExactly("2 DROP TABLE", "4 DROP TABLE");
        assertThat(AuditReading.read(dump, false)).as("the standard reading alone loses the first DROP")
                .noneMatch(t -> t.isWord("A"));
    }

    @Test
    void aStandardStringEndingInABackslashKeepsTheStandardReading() {
        String script = "INSERT INTO dir VALUES ('C:\\');\nDROP TABLE a;\nINSERT INTO dir VALUES ('D:\\');\n"
                + "DROP TABLE b;\nSELECT 'done';\n";
        assertThat(found(script)).containsExactly("2 DROP TABLE", "4 DROP TABLE");
    }

    @Test
    void everyDropColumnOfAnAlterIsOne() {
        assertThat(found("ALTER TABLE t\n  DROP COLUMN a,\n  DROP COLUMN b;")).containsExactly(
                "2 ALTER TABLE ... DROP COLUMN", "3 ALTER TABLE ... DROP COLUMN");
    }

    @Test
    void aColumnDropWithoutTheWordColumnIsOne() {
        assertThat(found("ALTER TABLE t DROP COLUMN a, DROP b;\nALTER TABLE IF EXISTS s.u\n  DROP (c, d);"))
                .containsExactly("1 ALTER TABLE ... DROP COLUMN", "1 ALTER TABLE ... DROP", "3 ALTER TABLE ... DROP");
    }

    @Test
    void hostileTextIsReadInBoundedTime() {
        String text = "ALTER TABLE t DROP a, /* /* */ [ 'x\\' \"y\\\" $$ DROP TABLE b\n".repeat(100_000);
        List<Occurrence> found = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> SilenceAudit.occurrences(text));
        assertThat(found).hasSize(200_000);
    }

    @Test
    void aDeleteOfANameStartsAStatementOnlyWhereOneCanStart() {
        assertThat(found("IF @x = 1\nDELETE t WHERE id = 1\nSELECT a DELETE b")).containsExactly("2 DELETE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "EXPLAIN DELETE FROM t;                     | EXPLAIN_ONLY",
        "EXPLAIN (FORMAT JSON) UPDATE t SET a = 1;  | EXPLAIN_ONLY",
        "EXPLAIN ANALYZE DELETE FROM t;             | ",
        "EXPLAIN SELECT 1; DELETE FROM t;           | ",
        "EXPLAIN (ANALYZE false) DELETE FROM t;     | EXPLAIN_ONLY",
        "EXPLAIN (ANALYZE) DELETE FROM t;           | ",
        "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE RETURNING *; | MERGE_ACTION",
        "SELECT 1 THEN DELETE FROM t;               | ",
        "WITH m AS (MERGE INTO t USING s ON a = b WHEN MATCHED THEN DELETE RETURNING *) SELECT 1; | MERGE_ACTION",
        "ALTER EXTENSION e DROP TABLE t;            | MEMBER_OR_DEFINITION",
        "ALTER PUBLICATION p DROP TABLE t;          | MEMBER_OR_DEFINITION",
        "ALTER FOREIGN TABLE f DROP COLUMN c;       | MEMBER_OR_DEFINITION",
        "ALTER TABLE f DROP COLUMN c;               | ",
        "VACUUM (TRUNCATE false) t;                 | VACUUM_OPTION",
        "VACUUM t; TRUNCATE t;                      | "})
    void eachExemptionAppliesToItsFormOnly(String sql, Exemption expected) {
        assertThat(SilenceAudit.occurrences(sql)).singleElement()
                .satisfies(o -> assertThat(o.exemption()).isEqualTo(expected));
    }
}
