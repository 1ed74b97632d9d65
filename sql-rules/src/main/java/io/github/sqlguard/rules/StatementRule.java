package io.github.sqlguard.rules;

import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlStatement;

/** A rule that sees each SQL statement, wherever it was read: scripts, changelogs, mappers, Java, bytecode. */
public non-sealed interface StatementRule extends Rule {

    /** Checks one statement; {@code script} holds the statements of the same file, for rules that need them. */
    void check(SqlStatement statement, Script script, Reporter reporter);

    /** Where a rule puts what it finds. */
    @FunctionalInterface
    interface Reporter {
        void report(SqlStatement statement, String message);
    }
}
