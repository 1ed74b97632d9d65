package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.NOTE;

import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlStatement;

/** A statement JSqlParser could not read: it was checked by its tokens only. */
public final class UnparsableSql implements Rule {

    static final RuleMeta META = new RuleMeta(
            "unparsable-sql",
            "Statement could not be parsed",
            NOTE, NOTE,
            "sqlguard parses DELETE and UPDATE statements to read their tables and WHERE clauses, unless the"
                    + " tokens already settle the verdict: a filtering WHERE (a column compared with a value, joined"
                    + " by AND only), or a bare `DELETE FROM t` or `UPDATE t SET ...` with nothing after it. Those"
                    + " are not parsed, so this note is never given for them. When a statement"
                    + " cannot be parsed (a dialect feature the parser does not know, a syntax error, nesting too"
                    + " deep, or the parse time limit reached) it is still checked by its tokens: a DELETE or UPDATE"
                    + " with no top-level WHERE, a DROP or a TRUNCATE is reported all the same. This note says that"
                    + " the verdict is lexical, so nothing is passed silently.",
            "Nothing to fix if the statement is valid for your database. Check the findings on the same statement"
                    + " by eye; simplify deeply nested expressions.",
            "UPDATE t SET a = 1 WHERE id = = 2;",
            "UPDATE t SET a = 1 WHERE id = 2;");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SqlStatement statement, Script script, Reporter reporter) {
        if (statement.parse().failed()) {
            reporter.report(statement, "This " + statement.verb().name() + " could not be parsed ("
                    + statement.parse().error() + "); it was checked by its tokens only.");
        }
    }
}
