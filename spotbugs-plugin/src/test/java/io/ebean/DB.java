package io.ebean;

/** Stub of Ebean's static entry point. */
public final class DB {
    private DB() {
    }

    public static <T> Query<T> find(Class<T> type) {
        return null;
    }

    public static <T> T find(Class<T> type, Object id) {
        return null;
    }

    public static <T> UpdateQuery<T> update(Class<T> type) {
        return null;
    }
}
