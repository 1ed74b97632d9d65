package com.querydsl.core.types;

/** Stub of a Querydsl entity path: what a Q-type's static field is. */
public interface EntityPath {
}
