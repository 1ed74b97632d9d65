package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.ERROR;

import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.sql.StatementFacts;
import io.github.sqlguard.sql.Verb;

/** DROP SCHEMA (a database in MySQL). */
public final class DropSchema implements StatementRule {

    static final RuleMeta META = new RuleMeta(
            "drop-schema",
            "DROP SCHEMA",
            ERROR, ERROR,
            "DROP SCHEMA deletes a schema; with CASCADE (and always in MySQL, where a schema is a database) every"
                    + " table in it goes with its rows. One statement is enough to empty a whole service.",
            "Drop schemas by hand in a reviewed operation against a named environment, after a backup; never"
                    + " from application code or an automatic migration.",
            "DROP SCHEMA billing CASCADE;",
            "CREATE SCHEMA IF NOT EXISTS billing;");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SqlStatement statement, Script script, Reporter reporter) {
        StatementFacts f = statement.facts();
        if (f.verb() == Verb.DROP && f.objectType().equals("SCHEMA")) {
            reporter.report(statement, "DROP SCHEMA deletes schema " + Tables.quote(f.firstTable())
                    + " and every table in it with all their rows. Do it by hand after a backup, not in code.");
        }
    }
}
