package org.jooq;

/** Stub of a jOOQ query step: where, set and execute. */
public interface Query {
    Query where(Condition condition);

    Query set(Field field, Object value);

    int execute();
}
