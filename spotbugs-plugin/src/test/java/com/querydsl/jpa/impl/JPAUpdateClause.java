package com.querydsl.jpa.impl;

import com.querydsl.core.types.EntityPath;
import com.querydsl.core.types.Path;
import com.querydsl.core.types.Predicate;
import jakarta.persistence.EntityManager;

/** Stub of Querydsl's JPA update clause. */
public class JPAUpdateClause {
    public JPAUpdateClause(EntityManager em, EntityPath path) {
    }

    public JPAUpdateClause set(Path path, Object value) {
        return this;
    }

    public JPAUpdateClause where(Predicate... conditions) {
        return this;
    }

    public long execute() {
        return 0;
    }
}
