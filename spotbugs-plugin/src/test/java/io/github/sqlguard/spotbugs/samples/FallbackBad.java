package io.github.sqlguard.spotbugs.samples;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** DROP and wipes on error paths: catch handlers and finally blocks. */
public class FallbackBad {

    private final JdbcTemplate jdbc;

    FallbackBad(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void inCatch(String name) {
        try {
            jdbc.execute("CREATE TABLE " + name + " (id BIGINT)");
        } catch (DataAccessException e) {
            jdbc.execute("DROP TABLE IF EXISTS " + name); // expect: SQLGUARD_FALLBACK_DROP
        }
        jdbc.execute("INSERT INTO log VALUES ('created')");
    }

    void inFinally() {
        try {
            jdbc.update("INSERT INTO staging SELECT * FROM import");
        } finally {
            jdbc.execute("TRUNCATE TABLE import"); // expect: SQLGUARD_FALLBACK_DROP
        }
    }

    void inCatchWithFinally() {
        try {
            jdbc.update("UPDATE import_batch SET done = true WHERE id = 1");
        } catch (RuntimeException e) {
            jdbc.update("DELETE FROM import_batch"); // expect: SQLGUARD_FALLBACK_DROP
        } finally {
            System.out.println("done");
        }
    }

    void afterTry(String name) {
        try {
            jdbc.execute("CREATE TABLE " + name + " (id BIGINT)");
        } catch (DataAccessException e) {
            System.out.println("exists");
        }
        jdbc.execute("DROP TABLE import_backup"); // expect: SQLGUARD_DROP_TABLE
    }
}
