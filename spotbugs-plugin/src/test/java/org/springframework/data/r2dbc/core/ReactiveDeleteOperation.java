package org.springframework.data.r2dbc.core;

/** Stub of the fluent delete: a table, a query and all(). */
public interface ReactiveDeleteOperation {
    interface ReactiveDelete {
        ReactiveDelete from(String table);

        ReactiveDelete matching(Object query);

        Object all();
    }
}
