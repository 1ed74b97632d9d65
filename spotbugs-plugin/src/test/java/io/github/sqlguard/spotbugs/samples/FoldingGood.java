package io.github.sqlguard.spotbugs.samples;

import org.springframework.jdbc.core.JdbcTemplate;

/** Built SQL that filters, or whose WHERE may come from a run-time part. */
public class FoldingGood {

    static final String TABLE = "orders";

    private final JdbcTemplate jdbc;

    FoldingGood(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void constant(long id) {
        jdbc.update("DELETE FROM " + TABLE + " WHERE id = ?", id);
    }

    void indy(String table, long id) {
        jdbc.update("DELETE FROM " + table + " WHERE id = " + id);
    }

    void builder(String column) {
        StringBuilder sql = new StringBuilder("UPDATE orders SET ");
        sql.append(column).append(" = ? WHERE id = ?");
        jdbc.update(sql.toString(), 1, 2);
    }

    void format(String table) {
        jdbc.update(String.format("DELETE FROM %s WHERE id = ?", table), 1);
    }

    void unknown(String sql) {
        jdbc.update(sql);
    }

    void reassigned(boolean all) {
        String sql = "DELETE FROM orders";
        if (!all) {
            sql = "DELETE FROM orders WHERE archived = true";
        }
        jdbc.update(sql);
    }
}
