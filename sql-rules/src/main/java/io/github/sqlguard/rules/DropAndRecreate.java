package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.ERROR;

import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlStatement;
import java.util.List;

/** DROP TABLE followed by CREATE TABLE of the same table in one script. */
public final class DropAndRecreate implements StatementRule {

    static final RuleMeta META = new RuleMeta(
            "drop-and-recreate",
            "Table dropped and created again",
            ERROR, ERROR,
            "Dropping a table and creating it again in the same script looks like a schema change but is a data"
                    + " wipe: the new table is empty. It is the usual shape of a schema dump replayed as a migration,"
                    + " or of `DROP TABLE IF EXISTS` guarding a CREATE that should have been `CREATE TABLE IF NOT"
                    + " EXISTS` or an ALTER. A table created again as a temporary table (`CREATE TEMPORARY TABLE`,"
                    + " `CREATE GLOBAL TEMPORARY TABLE`, `DECLARE GLOBAL TEMPORARY TABLE`, a `#name` in SQL Server)"
                    + " is a work table of the script, and its `DROP TABLE IF EXISTS` clears what an earlier run"
                    + " left behind: that is not flagged, by this rule or by `drop-table`.",
            "Change the table in place with ALTER TABLE, or create the new shape under a new name, copy the rows"
                    + " (`INSERT INTO ... SELECT`), and swap names.",
            "DROP TABLE IF EXISTS account;\nCREATE TABLE account (id BIGINT PRIMARY KEY, email TEXT);",
            "ALTER TABLE account ADD COLUMN email TEXT;");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SqlStatement statement, Script script, Reporter reporter) {
        List<String> dropped = DropTable.droppedTables(statement, script);
        dropped.removeIf(t -> !script.createdAfter(statement, t) || script.temporaryAfter(statement, t));
        for (String table : dropped) {
            reporter.report(statement, "DROP TABLE " + Tables.quote(table) + " and the CREATE TABLE after it leave"
                    + " an empty table: every row is lost. Use ALTER TABLE, or copy the rows into the new table"
                    + " before dropping the old one.");
        }
    }
}
