package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.ERROR;

import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.sql.StatementFacts;
import io.github.sqlguard.sql.Verb;
import java.util.Set;

/** DROP, TRUNCATE or an unfiltered DELETE on an error path. */
public final class FallbackDrop implements StatementRule {

    static final RuleMeta META = new RuleMeta(
            "fallback-drop",
            "DROP or wipe in an error path",
            ERROR, ERROR,
            "Code that drops, truncates or empties a table when something fails (in a `catch` or `finally` block,"
                    + " in a PL/pgSQL `EXCEPTION` handler, or after a failed create or exists check) turns a"
                    + " transient error into data loss: a duplicate-table error, a timeout or a lost connection is"
                    + " answered by deleting the data. A database library did exactly that on a duplicate-collection"
                    + " error and dropped the tables of live projects. Reported instead of `drop-table`,"
                    + " `truncate-table` and `delete-without-where` for the same statement.",
            "Let the error propagate, or roll back the transaction. Clean up only what this call created, and"
                    + " check that it did before dropping anything.",
            "try {\n    jdbc.execute(\"CREATE TABLE \" + name + \" (id BIGINT)\");\n} catch (DataAccessException e)"
                    + " {\n    jdbc.execute(\"DROP TABLE IF EXISTS \" + name);\n}",
            "try {\n    jdbc.execute(\"CREATE TABLE \" + name + \" (id BIGINT)\");\n} catch (DataAccessException e)"
                    + " {\n    throw new IllegalStateException(\"cannot create \" + name, e);\n}",
            "java");

    private static final Set<String> SUPERSEDED = Set.of("drop-table", "truncate-table", "delete-without-where",
            "drop-and-recreate");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Rules whose finding on the same statement this rule's finding replaces. */
    @Override
    public Set<String> supersedes() {
        return SUPERSEDED;
    }

    @Override
    public void check(SqlStatement statement, Script script, Reporter reporter) {
        if (!statement.piece().has(PieceFact.IN_ERROR_HANDLER)) {
            return;
        }
        StatementFacts f = statement.facts();
        String what = null;
        if (f.verb() == Verb.DROP && Set.of("TABLE", "DATABASE", "SCHEMA", "ALL OBJECTS").contains(f.objectType())) {
            what = "drops " + f.objectType().toLowerCase(java.util.Locale.ROOT) + " " + Tables.quote(f.firstTable());
        } else if (f.verb() == Verb.TRUNCATE) {
            what = "truncates " + Tables.list(f.tables());
        } else if (f.verb() == Verb.DELETE && f.unfiltered()) {
            what = "deletes every row of " + Tables.quote(f.firstTable());
        }
        if (what != null) {
            reporter.report(statement, "On an error path this statement " + what + ": a failure is answered with"
                    + " data loss. Let the error propagate or roll back instead.");
        }
    }
}
