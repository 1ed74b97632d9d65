package com.baomidou.mybatisplus.core.conditions.query;

import com.baomidou.mybatisplus.core.conditions.AbstractWrapper;

/** Stub of MyBatis-Plus' query wrapper. */
public class QueryWrapper<T> extends AbstractWrapper<T, String, QueryWrapper<T>> {

    public QueryWrapper() {
    }

    public QueryWrapper(T entity) {
    }

    public QueryWrapper<T> select(String... columns) {
        return this;
    }
}
