package io.github.sqlguard.spotbugs.samples;

import org.springframework.jdbc.core.JdbcTemplate;

/** A format argument index no int holds, next to a finding of the same class. */
public class FormatIndexBad {

    private final JdbcTemplate jdbc;

    FormatIndexBad(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void hugeIndex(String table) {
        jdbc.execute(String.format("DELETE FROM %99999999999$s", table)); // expect: SQLGUARD_DELETE_WITHOUT_WHERE
    }

    void truncate() {
        jdbc.execute("TRUNCATE TABLE audit"); // expect: SQLGUARD_TRUNCATE_TABLE
    }
}
