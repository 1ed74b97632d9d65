package org.jooq;

/** Stub of jOOQ's DSL context. */
public interface DSLContext {
    int execute(String sql, Object... bindings);

    Query deleteFrom(Table table);

    Query delete(Table table);

    Query update(Table table);

    Query truncate(Table table);

    DeleteQuery deleteQuery(Table table);
}
