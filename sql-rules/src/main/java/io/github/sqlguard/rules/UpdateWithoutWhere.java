package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.ERROR;
import static io.github.sqlguard.core.Severity.WARNING;

import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.sql.StatementFacts;
import io.github.sqlguard.sql.Verb;

/** UPDATE with no WHERE: every row is overwritten. */
public final class UpdateWithoutWhere implements StatementRule {

    static final RuleMeta META = new RuleMeta(
            "update-without-where",
            "UPDATE without WHERE",
            ERROR, WARNING,
            "An UPDATE with no WHERE clause overwrites the columns it sets in every row of the table. That is how"
                    + " every proforma invoice of a company was overwritten with the latest one for five days before"
                    + " anyone noticed. `UPDATE ... FROM` with no WHERE is flagged too; an UPDATE limited by an inner"
                    + " join's ON condition is not.",
            "Add a WHERE clause that selects the rows to change, usually by key (`WHERE id = ?`). A deliberate"
                    + " backfill of every row belongs in a reviewed migration; suppress it there with a reason.",
            "UPDATE proforma SET total = ?, status = ?;",
            "UPDATE proforma SET total = ?, status = ? WHERE id = ?;");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SqlStatement statement, Script script, Reporter reporter) {
        StatementFacts f = statement.facts();
        if (f.verb() == Verb.UPDATE && f.unfiltered()) {
            reporter.report(statement, statement.piece().call().map(c -> c.everyRow("updates"))
                    .orElseGet(() -> "UPDATE overwrites every row of " + Tables.quote(f.firstTable())
                            + ": it has no WHERE clause. Add a WHERE that selects the rows to change."));
        }
    }
}
