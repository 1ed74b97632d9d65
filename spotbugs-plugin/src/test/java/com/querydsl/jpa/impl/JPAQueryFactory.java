package com.querydsl.jpa.impl;

import com.querydsl.core.types.EntityPath;

/** Stub of Querydsl's JPA query factory. */
public class JPAQueryFactory {
    public JPADeleteClause delete(EntityPath path) {
        return null;
    }

    public JPAUpdateClause update(EntityPath path) {
        return null;
    }
}
