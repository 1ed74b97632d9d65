package com.baomidou.mybatisplus.core.conditions;

import java.util.Collection;

/** Stub of MyBatis-Plus' wrapper base: conditions return the wrapper itself, typed as the subclass. */
public abstract class AbstractWrapper<T, R, C extends AbstractWrapper<T, R, C>> extends Wrapper<T> {

    public C eq(R column, Object value) {
        return self();
    }

    public C in(R column, Collection<?> values) {
        return self();
    }

    public C orderByAsc(R column) {
        return self();
    }

    public C last(String sql) {
        return self();
    }

    @SuppressWarnings("unchecked")
    private C self() {
        return (C) this;
    }
}
