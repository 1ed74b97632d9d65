package com.baomidou.mybatisplus.core.toolkit;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;

/** Stub of MyBatis-Plus' wrapper factories. */
public final class Wrappers {

    private Wrappers() {
    }

    public static <T> QueryWrapper<T> query() {
        return new QueryWrapper<>();
    }

    public static <T> QueryWrapper<T> query(T entity) {
        return new QueryWrapper<>(entity);
    }

    public static <T> LambdaQueryWrapper<T> lambdaQuery() {
        return new LambdaQueryWrapper<>();
    }

    public static <T> UpdateWrapper<T> update() {
        return new UpdateWrapper<>();
    }

    public static <T> QueryWrapper<T> emptyWrapper() {
        return new QueryWrapper<>();
    }
}
