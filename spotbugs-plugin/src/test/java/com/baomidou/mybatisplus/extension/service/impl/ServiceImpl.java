package com.baomidou.mybatisplus.extension.service.impl;

import com.baomidou.mybatisplus.extension.service.IService;

/** Stub of MyBatis-Plus' service base class. */
public class ServiceImpl<M, T> implements IService<T> {
}
