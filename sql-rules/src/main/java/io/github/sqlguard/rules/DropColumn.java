package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.ERROR;
import static io.github.sqlguard.core.Severity.WARNING;

import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.sql.StatementFacts;
import io.github.sqlguard.sql.Verb;

/** ALTER TABLE ... DROP COLUMN. */
public final class DropColumn implements StatementRule {

    static final RuleMeta META = new RuleMeta(
            "drop-column",
            "ALTER TABLE DROP COLUMN",
            ERROR, WARNING,
            "Dropping a column deletes its value in every row. While an old release of the application still runs"
                    + " (rolling deploys, rollbacks) its queries fail, and a rollback of the schema cannot bring the"
                    + " values back. Columns of a table created earlier in the same script are not flagged (a"
                    + " `CREATE TABLE IF NOT EXISTS` does not count: the table may be an old one).",
            "Stop reading and writing the column in one release, back it up or copy it, and drop it in a later"
                    + " migration with a suppression that says so.",
            "ALTER TABLE customer DROP COLUMN phone;",
            "ALTER TABLE customer ADD COLUMN phone_e164 VARCHAR(20);");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SqlStatement statement, Script script, Reporter reporter) {
        StatementFacts f = statement.facts();
        if (f.verb() != Verb.ALTER || f.droppedColumns().isEmpty() || f.tables().isEmpty()
                || script.createdBefore(statement, f.firstTable())) {
            return;
        }
        String columns = f.droppedColumns().size() == 1 ? "column " + Tables.quote(f.droppedColumns().get(0))
                : "columns " + Tables.list(f.droppedColumns());
        reporter.report(statement, "ALTER TABLE " + Tables.quote(f.firstTable()) + " drops " + columns
                + " and its value in every row. Stop using it first, back it up, and drop it in a later release.");
    }
}
