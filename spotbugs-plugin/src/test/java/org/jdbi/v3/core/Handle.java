package org.jdbi.v3.core;

/** Stub of JDBI's handle. */
public class Handle {
    public int execute(String sql, Object... args) {
        return 0;
    }

    public Object createUpdate(String sql) {
        return null;
    }
}
