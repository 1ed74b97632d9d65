package io.github.sqlguard.spotbugs.samples;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Error paths that let the error propagate or only filter. */
public class FallbackGood {

    private final JdbcTemplate jdbc;

    FallbackGood(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void rethrow(String name) {
        try {
            jdbc.execute("CREATE TABLE " + name + " (id BIGINT)");
        } catch (DataAccessException e) {
            throw new IllegalStateException("cannot create " + name, e);
        }
    }

    void filteredCleanup(long id) {
        try {
            jdbc.update("INSERT INTO staging SELECT * FROM import_batch WHERE id = ?", id);
        } finally {
            jdbc.update("DELETE FROM import_batch WHERE id = ?", id);
        }
    }
}
