package org.jooq;

/** Stub of a jOOQ condition. */
public interface Condition {
}
