package org.springframework.data.r2dbc.core;

/** Stub of the fluent update: a table, a query and apply(update). */
public interface ReactiveUpdateOperation {
    interface ReactiveUpdate {
        ReactiveUpdate inTable(String table);

        ReactiveUpdate matching(Object query);

        Object apply(Object update);
    }
}
