package io.ebean;

/** Stub of an Ebean bulk update. */
public interface UpdateQuery<T> {
    UpdateQuery<T> set(String property, Object value);

    ExpressionList<T> where();

    int update();
}
