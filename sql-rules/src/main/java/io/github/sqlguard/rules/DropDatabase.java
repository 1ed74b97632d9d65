package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.ERROR;

import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.sql.StatementFacts;
import io.github.sqlguard.sql.Verb;

/** DROP DATABASE. */
public final class DropDatabase implements StatementRule {

    static final RuleMeta META = new RuleMeta(
            "drop-database",
            "DROP DATABASE",
            ERROR, ERROR,
            "DROP DATABASE (and H2's DROP ALL OBJECTS) deletes every table, view, function and row of a database. Pointed at the wrong"
                    + " connection (a local command with a production URL, a copied environment file) it takes the"
                    + " whole service down until a restore completes. It has no place in application code or in"
                    + " migrations.",
            "Create and drop databases in provisioning scripts that are run by hand against a named environment,"
                    + " not in code or migrations that run automatically.",
            "DROP DATABASE IF EXISTS shop;",
            "CREATE DATABASE shop_test;");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SqlStatement statement, Script script, Reporter reporter) {
        StatementFacts f = statement.facts();
        if (f.verb() == Verb.DROP && f.objectType().equals("ALL OBJECTS")) {
            reporter.report(statement, "DROP ALL OBJECTS deletes every table, view and sequence of the database"
                    + " with all their rows. Keep database lifecycle out of code and migrations.");
        } else if (f.verb() == Verb.DROP && f.objectType().equals("DATABASE")) {
            reporter.report(statement, "DROP DATABASE deletes database " + Tables.quote(f.firstTable())
                    + " with every table and row in it. Keep database lifecycle out of code and migrations.");
        }
    }
}
