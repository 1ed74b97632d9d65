package io.ebean;

/** Stub of an Ebean database. */
public interface Database {
    <T> Query<T> find(Class<T> type);

    <T> Query<T> createQuery(Class<T> type);

    <T> UpdateQuery<T> update(Class<T> type);
}
