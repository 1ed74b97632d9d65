package com.baomidou.mybatisplus.core.conditions;

/** Stub of MyBatis-Plus' condition wrapper. */
public abstract class Wrapper<T> {
}
