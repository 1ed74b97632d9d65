package org.jooq;

/** Stub of a jOOQ field. */
public interface Field {
}
