package io.github.sqlguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlaggedPartTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            drop-table | DROP TABLE legacy_coupon | DROP TABLE legacy_coupon
            drop-table | drop temporary table if exists t1, t2 | drop temporary table if exists t1
            drop-and-recreate | DROP TABLE IF EXISTS feature_flag | DROP TABLE IF EXISTS feature_flag
            drop-schema | DROP SCHEMA IF EXISTS reporting CASCADE | DROP SCHEMA IF EXISTS reporting CASCADE
            drop-database | DROP ALL OBJECTS | DROP ALL OBJECTS
            truncate-table | TRUNCATE TABLE orders RESTART IDENTITY | TRUNCATE TABLE orders
            drop-column | ALTER TABLE customer DROP COLUMN phone, ADD x INT | DROP COLUMN phone
            drop-column | ALTER TABLE t SET UNUSED (a) | SET UNUSED (a)
            fallback-drop | DROP TABLE IF EXISTS collection_<dynamic> | DROP TABLE IF EXISTS collection_<dynamic>
            tautological-where | UPDATE orders SET status = 'OPEN' WHERE TRUE | WHERE TRUE
            conditional-where | UPDATE t SET a = 1 WHERE b = ? AND c = ? | WHERE b = ? AND c = ?
            unused-suppression | -- sqlguard:ignore drop-table renamed in V2 | sqlguard:ignore drop-table
            destructive-schema-setting | spring.jpa.hibernate.ddl-auto=create-drop | create-drop
            delete-without-where | DELETE FROM user_session | DELETE FROM user_session
            update-without-where | UPDATE proforma SET total = ? | UPDATE proforma SET total = ?
            drop-table | SELECT 1 | SELECT 1
            """)
    void marksWhatTheRuleIsAbout(String rule, String statement, String flagged) {
        FlaggedPart part = FlaggedPart.of(finding(rule, "m", statement));

        assertThat(part.flagged()).isEqualTo(flagged);
        assertThat(part.before() + part.flagged() + part.after()).isEqualTo(statement);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            could not be parsed at `OF`, after `WHERE CURRENT`; it was checked | DELETE FROM OF WHERE CURRENT OF c | 29
            could not be parsed at `@@`; it was checked by its tokens only. | DELETE FROM t WHERE @@ x | 20
            This statement could not be parsed (timeout) | DELETE FROM t | -1
            """)
    void marksTheWordTheParserStoppedAt(String message, String statement, int at) {
        FlaggedPart part = FlaggedPart.of(finding("unparsable-sql", message, statement));

        if (at < 0) {
            assertThat(part.flagged()).isEqualTo(statement);
        } else {
            assertThat(part.before()).hasSize(at);
            assertThat(part.flagged()).isIn("OF", "@@");
        }
    }

    private static Finding finding(String rule, String message, String statement) {
        return new Finding(rule, Severity.ERROR, message, "a.sql", new Position(1, 1), new Position(1, 2), statement,
                statement, "");
    }
}
