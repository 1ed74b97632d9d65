package io.github.sqlguard.core;

/** What a source knows about a piece of SQL beyond its text, for the rules that need it. */
public enum PieceFact {
    /** The SQL runs in a {@code catch} or {@code finally} block, or after a failed create/exists check. */
    IN_ERROR_HANDLER,
    /** The only WHERE of the statement is added conditionally at run time (dynamic SQL, an {@code if}). */
    WHERE_CONDITIONAL,
    /** The piece is a single statement, not a script: it is not split on semicolons. */
    SINGLE_STATEMENT
}
