package com.baomidou.mybatisplus.extension.service;

import com.baomidou.mybatisplus.core.conditions.Wrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.extension.conditions.update.LambdaUpdateChainWrapper;
import java.io.Serializable;

/** Stub of MyBatis-Plus' service, with its chain starts. */
public interface IService<T> {

    boolean remove(Wrapper<T> wrapper);

    boolean removeById(Serializable id);

    boolean update(T entity, Wrapper<T> wrapper);

    BaseMapper<T> getBaseMapper();

    default LambdaUpdateChainWrapper<T> lambdaUpdate() {
        return null;
    }
}
