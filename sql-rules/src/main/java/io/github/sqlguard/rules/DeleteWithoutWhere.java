package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.ERROR;
import static io.github.sqlguard.core.Severity.WARNING;

import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.sql.StatementFacts;
import io.github.sqlguard.sql.Verb;

/** DELETE with no WHERE: every row goes. */
public final class DeleteWithoutWhere implements StatementRule {

    static final RuleMeta META = new RuleMeta(
            "delete-without-where",
            "DELETE without WHERE",
            ERROR, WARNING,
            "A DELETE with no WHERE clause removes every row of the table. In application code it runs on every"
                    + " call, so one request empties the table; a missing WHERE is easy to overlook in review"
                    + " because the statement still looks complete. `DELETE ... USING` with no WHERE and JPQL"
                    + " `DELETE FROM Entity e` are flagged too. A DELETE limited by an inner join's ON condition is"
                    + " not.",
            "Add a WHERE clause that selects exactly the rows to delete, usually by key. If the table really must"
                    + " be emptied, say so with TRUNCATE in a reviewed migration, or suppress the finding with a"
                    + " reason.",
            "DELETE FROM invoice;",
            "DELETE FROM invoice WHERE id = ?;");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SqlStatement statement, Script script, Reporter reporter) {
        StatementFacts f = statement.facts();
        if (f.verb() == Verb.DELETE && f.unfiltered()) {
            reporter.report(statement, statement.piece().call().map(c -> c.everyRow("deletes"))
                    .orElseGet(() -> "DELETE removes every row of " + Tables.quote(f.firstTable())
                            + ": it has no WHERE clause. Add a WHERE that selects the rows to delete."));
        }
    }
}
