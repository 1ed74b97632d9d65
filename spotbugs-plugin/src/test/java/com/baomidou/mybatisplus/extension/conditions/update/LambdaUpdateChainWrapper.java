package com.baomidou.mybatisplus.extension.conditions.update;

import com.baomidou.mybatisplus.extension.conditions.AbstractChainWrapper;

/** Stub of MyBatis-Plus' lambda update chain. */
public class LambdaUpdateChainWrapper<T> extends AbstractChainWrapper<LambdaUpdateChainWrapper<T>> {
    public LambdaUpdateChainWrapper(Object mapper) {
    }

    public boolean update() {
        return true;
    }

    public boolean remove() {
        return true;
    }
}
