package io.ebean.typequery;

/** Stub of a query bean's numeric property. */
public class PLong<R> {
    public R eq(long value) {
        return null;
    }
}
