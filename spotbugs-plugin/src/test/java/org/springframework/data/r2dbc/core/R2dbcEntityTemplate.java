package org.springframework.data.r2dbc.core;

/** Stub of Spring Data R2DBC's entity template: its fluent delete and update. */
public class R2dbcEntityTemplate {
    public ReactiveDeleteOperation.ReactiveDelete delete(Class<?> type) {
        return null;
    }

    public ReactiveUpdateOperation.ReactiveUpdate update(Class<?> type) {
        return null;
    }
}
