package io.github.sqlguard.sql;

/** What a statement does, from its leading keywords. */
public enum Verb {
    DELETE,
    UPDATE,
    INSERT,
    MERGE,
    SELECT,
    DROP,
    TRUNCATE,
    ALTER,
    CREATE,
    /** A procedural block: function, procedure, trigger, {@code DO} or anonymous block. */
    BLOCK,
    OTHER;

    public boolean isDml() {
        return this == DELETE || this == UPDATE;
    }
}
