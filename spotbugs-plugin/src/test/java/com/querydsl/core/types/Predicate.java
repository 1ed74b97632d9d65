package com.querydsl.core.types;

/** Stub of a Querydsl predicate. */
public interface Predicate {
}
