package org.jooq;

/** Stub of a jOOQ query step: where, set, returning and the calls that run it. */
public interface Query {
    Query where(Condition condition);

    Query set(Field field, Object value);

    Query returning();

    int execute();

    Object executeAsync();

    Object fetch();
}
