package org.jooq;

/** Stub of jOOQ's mutable delete query. */
public interface DeleteQuery {
    void addConditions(Condition condition);

    int execute();
}
