package io.ebean;

/** Stub of an Ebean expression list. */
public interface ExpressionList<T> {
    ExpressionList<T> eq(String property, Object value);

    int delete();

    int update();
}
