package org.springframework.r2dbc.core;

/** Stub of Spring R2DBC's client. */
public interface DatabaseClient {
    Object sql(String sql);
}
