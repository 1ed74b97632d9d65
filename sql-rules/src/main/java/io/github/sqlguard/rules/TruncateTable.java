package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.ERROR;
import static io.github.sqlguard.core.Severity.WARNING;

import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.sql.StatementFacts;
import io.github.sqlguard.sql.Verb;
import java.util.ArrayList;
import java.util.List;

/** TRUNCATE of a table the script did not create itself. */
public final class TruncateTable implements StatementRule {

    static final RuleMeta META = new RuleMeta(
            "truncate-table",
            "TRUNCATE",
            ERROR, WARNING,
            "TRUNCATE removes every row of a table at once, without a WHERE and in several databases without a"
                    + " way to roll back (MySQL and Oracle commit it implicitly). In application code it is a data"
                    + " wipe waiting for the wrong call; in a migration it needs a reviewer's eye. Temporary tables"
                    + " and tables created earlier in the same script are not flagged; `CREATE TABLE IF NOT EXISTS`"
                    + " does not count as creating one, since the table may be an old one with its rows.",
            "Delete the rows that should go with a filtered DELETE. If emptying the table is the intent (a staging"
                    + " or cache table), suppress the finding with that reason.",
            "TRUNCATE TABLE payment;",
            "DELETE FROM payment WHERE created_at < ?;");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SqlStatement statement, Script script, Reporter reporter) {
        StatementFacts f = statement.facts();
        if (f.verb() != Verb.TRUNCATE || f.temporary()) {
            return;
        }
        List<String> tables = new ArrayList<>(f.tables());
        tables.removeIf(t -> t.startsWith("#") || script.createdBefore(statement, t));
        if (!tables.isEmpty() || f.tables().isEmpty()) {
            String what = tables.isEmpty() ? "the table" : Tables.list(tables);
            reporter.report(statement, "TRUNCATE removes every row of " + what
                    + " and often cannot be rolled back. Use a filtered DELETE, or suppress with a reason.");
        }
    }
}
