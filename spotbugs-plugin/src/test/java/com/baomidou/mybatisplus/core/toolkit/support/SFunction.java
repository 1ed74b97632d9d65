package com.baomidou.mybatisplus.core.toolkit.support;

import java.io.Serializable;
import java.util.function.Function;

/** Stub of MyBatis-Plus' column reference. */
@FunctionalInterface
public interface SFunction<T, R> extends Function<T, R>, Serializable {
}
