package io.github.sqlguard.spotbugs.samples;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.springframework.jdbc.core.JdbcTemplate;

/** Findings suppressed with SpotBugs' annotation and with a sqlguard comment inside the SQL. */
public class SuppressedSamples {

    private final JdbcTemplate jdbc;

    SuppressedSamples(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @SuppressFBWarnings(value = "SQLGUARD_TRUNCATE_TABLE", justification = "the cache is rebuilt right after")
    void annotated() {
        jdbc.execute("TRUNCATE TABLE report_cache");
    }

    @SuppressFBWarnings(value = "SQLGUARD_DROP_TABLE", justification = "another rule is not suppressed")
    void annotatedForAnotherRule() {
        jdbc.update("DELETE FROM report_cache"); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
    }

    void commentInSql() {
        jdbc.execute("-- sqlguard:ignore drop-table the staging table is recreated by the loader\n"
                + "DROP TABLE staging");
    }
}
