package com.baomidou.mybatisplus.core.mapper;

import com.baomidou.mybatisplus.core.conditions.Wrapper;
import java.io.Serializable;
import java.util.Map;

/** Stub of MyBatis-Plus' mapper. */
public interface BaseMapper<T> {

    int delete(Wrapper<T> wrapper);

    int deleteById(Serializable id);

    int deleteByMap(Map<String, Object> columns);

    int update(T entity, Wrapper<T> wrapper);

    int update(Wrapper<T> wrapper);

    int updateById(T entity);
}
