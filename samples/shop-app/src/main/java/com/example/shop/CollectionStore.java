package com.example.shop;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Creates a table per collection; on a duplicate-table error it dropped the live table. */
public class CollectionStore {

    private final JdbcTemplate jdbc;

    public CollectionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void createCollection(String name) {
        try {
            jdbc.execute("CREATE TABLE collection_" + name + " (id BIGINT PRIMARY KEY, doc TEXT)");
        } catch (DataAccessException e) {
            jdbc.execute("DROP TABLE IF EXISTS collection_" + name);
            throw e;
        }
    }
}
