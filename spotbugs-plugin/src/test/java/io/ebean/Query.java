package io.ebean;

/** Stub of an Ebean query. */
public interface Query<T> {
    ExpressionList<T> where();

    Query<T> setId(Object id);

    UpdateQuery<T> asUpdate();

    int delete();
}
