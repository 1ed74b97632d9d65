package com.example.shop;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

public class OrderCleanup {

    private static final String ORDERS = "orders";

    private final Connection connection;

    public OrderCleanup(Connection connection) {
        this.connection = connection;
    }

    public void purge() throws SQLException {
        try (Statement stmt = connection.createStatement()) {
            stmt.executeUpdate("DELETE FROM " + ORDERS);
        }
    }

    public void archive(long id) throws SQLException {
        try (Statement stmt = connection.createStatement()) {
            stmt.executeUpdate("UPDATE " + ORDERS + " SET archived = TRUE WHERE id = " + id);
        }
    }

    public void rebuild(String table) throws SQLException {
        Statement stmt = connection.createStatement();
        try {
            stmt.execute("CREATE TABLE " + table + " (id BIGINT)");
        } catch (SQLException e) {
            stmt.execute("DROP TABLE IF EXISTS " + table);
        }
    }

    public void resetCache() throws SQLException {
        StringBuilder sql = new StringBuilder("TRUNCATE TABLE ");
        sql.append("report_cache");
        connection.createStatement().execute(sql.toString());
    }

    public void close(String schema) throws SQLException {
        connection.prepareStatement(String.format("DROP SCHEMA %s CASCADE", schema)).execute();
    }
}
