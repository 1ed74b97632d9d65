package org.flywaydb.core.api.migration;

/** Stub of Flyway's Java migration base class. */
public abstract class BaseJavaMigration {
    public abstract void migrate(Object context) throws Exception;
}
