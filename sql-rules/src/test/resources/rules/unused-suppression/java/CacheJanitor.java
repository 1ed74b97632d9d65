package com.example.cache;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties the price cache. To keep a statement on purpose, write {@code // sqlguard:ignore truncate-table reason}
 * above it: this Javadoc explains the marker and suppresses nothing.
 */
class CacheJanitor {

    private static final String HELP = "put sqlguard:ignore <rule> <reason> above the call"; // a string: no suppression

    private final JdbcTemplate jdbc;

    CacheJanitor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void rebuild() {
        // sqlguard:ignore truncate-table the cache is rebuilt from the price table right after
        jdbc.execute("TRUNCATE TABLE price_cache"); // clean: suppressed, with a reason
    }

    void count() {
        // sqlguard:ignore drop-table nothing below drops a table -- expect: unused-suppression
        jdbc.queryForObject("SELECT COUNT(*) FROM price_cache", Integer.class);
    }
}
