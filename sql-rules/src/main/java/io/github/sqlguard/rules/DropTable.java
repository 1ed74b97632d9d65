package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.ERROR;

import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.sql.StatementFacts;
import io.github.sqlguard.sql.Verb;
import java.util.List;

/** DROP TABLE of a table the script did not create itself. */
public final class DropTable implements StatementRule {

    static final RuleMeta META = new RuleMeta(
            "drop-table",
            "DROP TABLE",
            ERROR, ERROR,
            "DROP TABLE deletes the table with every row in it; only a backup brings it back. A migration run"
                    + " against the wrong database dropped every production table of one company for twelve hours;"
                    + " a library's error path dropped the tables of live projects at another. Temporary tables and"
                    + " tables created earlier in the same script are not flagged, but `CREATE TABLE IF NOT EXISTS`"
                    + " does not count as creating one: the table it leaves may be an old one with its rows. A table"
                    + " dropped and created again in the same script is reported as `drop-and-recreate` instead;"
                    + " one created again as a temporary table is the script's work table and not flagged."
                    + " `DROP FOREIGN TABLE` (PostgreSQL) and `DROP EXTERNAL TABLE` (Greenplum, Snowflake, Azure"
                    + " Synapse) are not flagged either: they remove a definition, while the rows stay on the remote"
                    + " server or in the files. A plain `DROP TABLE` is still reported even where it can name an"
                    + " external table (Hive, Spark): the statement alone does not say which kind it drops.",
            "Keep the table and migrate its data forward: rename it (`ALTER TABLE ... RENAME TO ..._retired`) and"
                    + " drop it in a later release once nothing reads it, after a backup. If the drop is intended,"
                    + " suppress the finding with the reason.",
            "DROP TABLE customer;",
            "ALTER TABLE customer RENAME TO customer_retired;");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SqlStatement statement, Script script, Reporter reporter) {
        List<String> dropped = droppedTables(statement, script);
        dropped.removeIf(t -> script.createdAfter(statement, t));
        if (!dropped.isEmpty()) {
            String what = dropped.size() == 1 ? "table " + Tables.quote(dropped.get(0))
                    : "tables " + Tables.list(dropped);
            reporter.report(statement, "DROP TABLE deletes " + what + " and every row in "
                    + (dropped.size() == 1 ? "it" : "them") + ". Rename it and drop it in a later release after a"
                    + " backup, or suppress with a reason.");
        }
    }

    /** Tables a DROP TABLE removes that the script did not create and that are not temporary. */
    static List<String> droppedTables(SqlStatement statement, Script script) {
        StatementFacts f = statement.facts();
        if (f.verb() != Verb.DROP || !f.objectType().equals("TABLE") || f.temporary()) {
            return new java.util.ArrayList<>();
        }
        List<String> tables = new java.util.ArrayList<>(f.tables());
        tables.removeIf(t -> t.startsWith("#") || script.createdBefore(statement, t));
        return tables;
    }
}
