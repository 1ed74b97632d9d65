package io.github.sqlguard.core;

import java.util.Locale;

/**
 * Where a piece of SQL runs. It decides a rule's severity: a DELETE without WHERE in application code runs on every
 * call, in a migration it runs once and is often deliberate.
 */
public enum SourceContext {
    /** Main code and resources, including Spring {@code schema.sql}/{@code data.sql} that run at every start. */
    APPLICATION,
    /** Flyway and Liquibase migrations, upgrade and patch scripts, install and drop scripts for operators. */
    MIGRATION,
    /** Test code and resources; scanned only when asked, every finding lowered to note. */
    TEST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
