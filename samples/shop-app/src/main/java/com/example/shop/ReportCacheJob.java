package com.example.shop;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Rebuilds a cache table that holds nothing but derived rows. */
public class ReportCacheJob {

    public void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // sqlguard:ignore truncate-table report_cache only holds rows rebuilt from orders below
            statement.executeUpdate("TRUNCATE TABLE report_cache");
            statement.executeUpdate("INSERT INTO report_cache SELECT day, sum(total) FROM orders GROUP BY day");
        }
    }
}
