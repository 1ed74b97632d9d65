package com.baomidou.mybatisplus.core.conditions.update;

import com.baomidou.mybatisplus.core.conditions.AbstractWrapper;

/** Stub of MyBatis-Plus' update wrapper. */
public class UpdateWrapper<T> extends AbstractWrapper<T, String, UpdateWrapper<T>> {

    public UpdateWrapper<T> set(String column, Object value) {
        return this;
    }
}
