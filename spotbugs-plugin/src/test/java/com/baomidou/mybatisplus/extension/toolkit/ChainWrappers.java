package com.baomidou.mybatisplus.extension.toolkit;

import com.baomidou.mybatisplus.extension.conditions.update.LambdaUpdateChainWrapper;

/** Stub of MyBatis-Plus' chain factory. */
public final class ChainWrappers {
    private ChainWrappers() {
    }

    public static <T> LambdaUpdateChainWrapper<T> lambdaUpdateChain(Object mapper) {
        return null;
    }
}
