package com.querydsl.jpa.impl;

import com.querydsl.core.types.EntityPath;
import com.querydsl.core.types.Predicate;
import jakarta.persistence.EntityManager;

/** Stub of Querydsl's JPA delete clause. */
public class JPADeleteClause {
    public JPADeleteClause(EntityManager em, EntityPath path) {
    }

    public JPADeleteClause where(Predicate... conditions) {
        return this;
    }

    public long execute() {
        return 0;
    }
}
