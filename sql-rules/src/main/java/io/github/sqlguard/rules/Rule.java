package io.github.sqlguard.rules;

import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlStatement;

/** One rule: sees a statement (and its script) and reports what is unsafe in it. */
public interface Rule {

    RuleMeta meta();

    /** Rules whose finding on the same statement this rule's finding replaces, being more specific. */
    default java.util.Set<String> supersedes() {
        return java.util.Set.of();
    }

    /** Checks one statement; {@code script} holds the statements of the same file, for rules that need them. */
    void check(SqlStatement statement, Script script, Reporter reporter);

    /** Where a rule puts what it finds. */
    @FunctionalInterface
    interface Reporter {
        void report(SqlStatement statement, String message);
    }
}
