package io.github.sqlguard.spotbugs.samples;

import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/** SQL built in every way the detector follows. */
public class FoldingBad {

    static final String TABLE = "orders";
    static final String PURGE = "DELETE FROM " + TABLE;

    private final JdbcTemplate jdbc;

    FoldingBad(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void constant() {
        jdbc.update(PURGE); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
    }

    void textBlock() {
        jdbc.update( // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
                """
                UPDATE orders
                   SET status = 'CLOSED'
                """);
    }

    void indyWithUnknownPart(String name) {
        jdbc.execute("DROP TABLE IF EXISTS " + name); // expect: SQLGUARD_DROP_TABLE
    }

    void indyWithKnownParts(int days) {
        String table = "audit";
        jdbc.update("DELETE FROM " + table + " -- older than " + days); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
    }

    void builder(String schema) {
        StringBuilder sql = new StringBuilder("TRUNCATE TABLE ");
        sql.append(schema).append('.').append("cart");
        jdbc.execute(sql.toString()); // expect: SQLGUARD_TRUNCATE_TABLE
    }

    void chainedBuilder() {
        jdbc.update(new StringBuilder().append("UPDATE account ").append("SET locked = ").append(true).toString()); // expect: SQLGUARD_UPDATE_WITHOUT_WHERE
    }

    void format(String table) {
        jdbc.execute(String.format("DROP TABLE %s", table)); // expect: SQLGUARD_DROP_TABLE
    }

    void formatWithLocaleAndKnownArgument() {
        jdbc.execute(String.format(Locale.ROOT, "ALTER TABLE %s DROP COLUMN %s", "customer", "email")); // expect: SQLGUARD_DROP_COLUMN
    }

    void formatted(String table) {
        jdbc.execute("TRUNCATE TABLE %s".formatted(table)); // expect: SQLGUARD_TRUNCATE_TABLE
    }

    void localAssignedOnce() {
        String sql = "DELETE FROM session";
        jdbc.update(sql); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
    }

    void concatMethod() {
        String sql = "DELETE FROM ".concat("token");
        jdbc.update(sql); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
    }
}
