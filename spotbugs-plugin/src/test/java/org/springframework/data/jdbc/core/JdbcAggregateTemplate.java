package org.springframework.data.jdbc.core;

/** Stub of Spring Data JDBC's template. */
public class JdbcAggregateTemplate {

    public void deleteAll(Class<?> domainType) {
    }

    public <T> void deleteAll(Iterable<? extends T> instances) {
    }
}
