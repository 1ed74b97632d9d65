package io.ebean.typequery;

import io.ebean.UpdateQuery;

/** Stub of the base of Ebean's generated query beans. */
public abstract class TQRootBean<T, R> {
    public R where() {
        return null;
    }

    public UpdateQuery<T> asUpdate() {
        return null;
    }

    public int delete() {
        return 0;
    }
}
