package org.jooq;

/** Stub of a jOOQ table. */
public interface Table {
}
