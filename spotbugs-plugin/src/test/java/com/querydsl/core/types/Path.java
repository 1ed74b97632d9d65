package com.querydsl.core.types;

/** Stub of a Querydsl property path. */
public interface Path {
}
