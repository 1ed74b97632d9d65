package com.baomidou.mybatisplus.extension.service.impl;

import com.baomidou.mybatisplus.core.conditions.Wrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.service.IService;
import java.io.Serializable;

/** Stub of MyBatis-Plus' service base class. */
public class ServiceImpl<M extends BaseMapper<T>, T> implements IService<T> {

    protected M baseMapper;

    @Override
    public boolean remove(Wrapper<T> wrapper) {
        return false;
    }

    @Override
    public boolean removeById(Serializable id) {
        return false;
    }

    @Override
    public boolean update(T entity, Wrapper<T> wrapper) {
        return false;
    }

    @Override
    public M getBaseMapper() {
        return baseMapper;
    }
}
