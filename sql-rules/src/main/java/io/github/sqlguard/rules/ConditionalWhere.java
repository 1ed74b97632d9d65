package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.ERROR;
import static io.github.sqlguard.core.Severity.WARNING;

import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.sql.StatementFacts;

/** A DELETE or UPDATE whose only WHERE is added conditionally at run time. */
public final class ConditionalWhere implements StatementRule {

    static final RuleMeta META = new RuleMeta(
            "conditional-where",
            "WHERE that can vanish at run time",
            ERROR, WARNING,
            "A DELETE or UPDATE whose every condition is optional runs unfiltered when all of them are off: a"
                    + " MyBatis `<where>` or `<trim prefix=\"WHERE\">` whose predicates are all inside `<if>` (or a"
                    + " `<choose>` without `<otherwise>`, or a `<foreach>` over a list that may be empty), or Java"
                    + " code that appends its only WHERE inside an `if`. One request with empty parameters then"
                    + " touches every row.",
            "Keep one condition that is always there (usually the key), or refuse to run the statement when no"
                    + " condition is given.",
            "<delete id=\"purge\">\n  DELETE FROM session\n  <where>\n    <if test=\"userId != null\">user_id ="
                    + " #{userId}</if>\n  </where>\n</delete>",
            "<delete id=\"purge\">\n  DELETE FROM session\n  WHERE tenant_id = #{tenantId}\n  <if test=\"userId !="
                    + " null\">AND user_id = #{userId}</if>\n</delete>",
            "xml");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SqlStatement statement, Script script, Reporter reporter) {
        StatementFacts f = statement.facts();
        if (f.verb().isDml() && f.hasWhere() && statement.piece().has(PieceFact.WHERE_CONDITIONAL)) {
            String action = f.verb().name().equals("DELETE") ? "deletes" : "updates";
            reporter.report(statement, f.verb().name() + " on " + Tables.quote(f.firstTable())
                    + " has a WHERE only when a run-time condition holds; without it, it " + action
                    + " every row. Keep one condition that is always present.");
        }
    }
}
