package com.baomidou.mybatisplus.extension.conditions;

/** Stub of MyBatis-Plus' chain wrapper base: its conditions return the concrete wrapper, erased in bytecode. */
public abstract class AbstractChainWrapper<Children extends AbstractChainWrapper<Children>> {
    public Children eq(Object column, Object value) {
        return null;
    }

    public Children set(Object column, Object value) {
        return null;
    }
}
