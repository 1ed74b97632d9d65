package it.cache;

import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcStore implements Store {
    private final JdbcTemplate jdbc;

    public JdbcStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String table() {
        return "audit_log";
    }

    public void zap() {
        jdbc.update("DELETE FROM " + table());
    }

    public void wipe(int id) {
        jdbc.update("DELETE FROM audit_log WHERE id = ?", id);
    }

    public void purge() {
    }

    public void nuke(int a, int b) {
    }

    public void erase() {
    }

    public void clear() {
    }
}
