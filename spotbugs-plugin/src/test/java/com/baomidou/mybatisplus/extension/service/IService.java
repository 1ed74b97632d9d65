package com.baomidou.mybatisplus.extension.service;

import com.baomidou.mybatisplus.extension.conditions.update.LambdaUpdateChainWrapper;

/** Stub of MyBatis-Plus' service: its chain starts. */
public interface IService<T> {
    default LambdaUpdateChainWrapper<T> lambdaUpdate() {
        return null;
    }
}
