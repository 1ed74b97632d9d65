package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.ERROR;

import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlLexer;
import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.sql.StatementFacts;
import io.github.sqlguard.sql.Token;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

/**
 * A DELETE or UPDATE whose WHERE is always true. SELECT is left alone: {@code WHERE 1=1} is the usual start of a
 * query built at run time and reads nothing it should not.
 */
public final class TautologicalWhere implements StatementRule {

    static final RuleMeta META = new RuleMeta(
            "tautological-where",
            "WHERE that is always true",
            ERROR, ERROR,
            "A WHERE clause that is always true (`1=1`, `TRUE`, `'a'='a'`, `x = x`, or any condition joined by a"
                    + " top-level `OR 1=1`) filters nothing: the DELETE or UPDATE touches every row while looking"
                    + " filtered to a reviewer. It is the shape SQL injection leaves behind and the shape a query"
                    + " builder produces when all its optional conditions are missing. `WHERE 1=1 AND id = ?` is"
                    + " fine: the AND still filters. Only the same expression on both sides counts: two values known"
                    + " only at run time (`WHERE ${col} = ${id}`, `WHERE :a = :b`, `WHERE ? = ?`, two variables"
                    + " concatenated in Java) are not taken for one.",
            "Remove the always-true condition and filter on the rows that should change. When conditions are"
                    + " optional, fail when none is given instead of running the statement unfiltered.",
            "DELETE FROM session WHERE 1 = 1 OR user_id = ?;",
            "DELETE FROM session WHERE 1 = 1 AND user_id = ?;");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SqlStatement statement, Script script, Reporter reporter) {
        StatementFacts f = statement.facts();
        if (!f.verb().isDml() || !f.hasWhere()) {
            return;
        }
        Expression where = statement.whereExpression();
        boolean always = where != null ? alwaysTrue(where) : lexicallyAlwaysTrue(statement);
        if (always) {
            String verb = f.verb().name();
            boolean delete = f.verb() == io.github.sqlguard.sql.Verb.DELETE;
            reporter.report(statement, verb + " " + (delete ? "removes" : "overwrites") + " every row of "
                    + Tables.quote(f.firstTable()) + ": its WHERE clause is always true. Filter on the rows to "
                    + (delete ? "delete." : "change."));
        }
    }

    static boolean alwaysTrue(Expression e) {
        Expression x = unwrap(e);
        if (x instanceof BooleanValue b) {
            return b.getValue();
        }
        if (x instanceof LongValue l) {
            BigInteger value = integer(l);
            return value != null && value.signum() != 0;
        }
        if (x instanceof NotExpression n) {
            return alwaysFalse(n.getExpression());
        }
        if (x instanceof OrExpression or) {
            return alwaysTrue(or.getLeftExpression()) || alwaysTrue(or.getRightExpression());
        }
        if (x instanceof AndExpression and) {
            return alwaysTrue(and.getLeftExpression()) && alwaysTrue(and.getRightExpression());
        }
        if (x instanceof EqualsTo || x instanceof GreaterThanEquals || x instanceof MinorThanEquals) {
            var bin = (net.sf.jsqlparser.expression.BinaryExpression) x;
            return same(bin.getLeftExpression(), bin.getRightExpression());
        }
        if (x instanceof NotEqualsTo ne) {
            return differentConstants(ne.getLeftExpression(), ne.getRightExpression());
        }
        return false;
    }

    private static boolean alwaysFalse(Expression e) {
        Expression x = unwrap(e);
        if (x instanceof BooleanValue b) {
            return !b.getValue();
        }
        if (x instanceof LongValue l) {
            BigInteger value = integer(l);
            return value != null && value.signum() == 0;
        }
        if (x instanceof NotExpression n) {
            return alwaysTrue(n.getExpression());
        }
        if (x instanceof EqualsTo eq) {
            return differentConstants(eq.getLeftExpression(), eq.getRightExpression());
        }
        return false;
    }

    private static Expression unwrap(Expression e) {
        Expression x = e;
        while (true) {
            if (x instanceof Parenthesis p) {
                x = p.getExpression();
            } else if (x instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
                x = list.get(0);
            } else {
                return x;
            }
        }
    }

    private static boolean same(Expression a, Expression b) {
        Expression x = unwrap(a);
        Expression y = unwrap(b);
        if (x instanceof Column cx && y instanceof Column cy) {
            String name = cx.getFullyQualifiedName();
            return !runTime(name) && name.equalsIgnoreCase(cy.getFullyQualifiedName());
        }
        Object vx = constant(x);
        return vx != null && vx.equals(constant(y));
    }

    private static boolean differentConstants(Expression a, Expression b) {
        Object vx = constant(unwrap(a));
        Object vy = constant(unwrap(b));
        return vx != null && vy != null && vx.getClass() == vy.getClass() && !vx.equals(vy);
    }

    private static Object constant(Expression e) {
        if (e instanceof LongValue l) {
            return integer(l);
        }
        if (e instanceof DoubleValue d) {
            return d.getValue();
        }
        if (e instanceof StringValue s) {
            return runTime(s.getValue()) ? null : s.getValue();
        }
        if (e instanceof BooleanValue b) {
            return b.getValue();
        }
        return null;
    }

    /**
     * True for text holding a part only known at run time: the fragment name, or a {@code ${...}} substitution in a
     * string. Every such part reads as the same name, so two of them that look alike may be two different values:
     * {@code WHERE ${col} = ${id}}.
     */
    private static boolean runTime(String text) {
        return text.contains("${") || text.toLowerCase(Locale.ROOT).contains(SqlPiece.UNKNOWN_FRAGMENT);
    }

    /** An integer literal of any length ({@code getValue()} throws past a long), or null if it is not one. */
    private static BigInteger integer(LongValue literal) {
        try {
            return literal.getBigIntegerValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** For statements JSqlParser cannot read: the WHERE's top-level OR branches, each a run of trivial ANDs. */
    static boolean lexicallyAlwaysTrue(SqlStatement statement) {
        StatementFacts f = statement.facts();
        if (f.whereStart() < 0 || f.whereEnd() <= f.whereStart()) {
            return false;
        }
        String text = statement.piece().text();
        List<Token> tokens = SqlLexer.code(text, f.whereStart(), f.whereEnd());
        if (tokens.isEmpty()) {
            return false;
        }
        int base = tokens.get(0).depth();
        List<List<Token>> disjuncts = splitTopLevel(text, tokens, base, "OR");
        for (List<Token> disjunct : disjuncts) {
            boolean all = true;
            for (List<Token> conjunct : splitTopLevel(text, disjunct, base, "AND")) {
                all &= trivial(text, conjunct);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static List<List<Token>> splitTopLevel(String text, List<Token> tokens, int base, String word) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            if (t.depth() == base && t.isWord(text, word)) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        parts.add(current);
        return parts;
    }

    private static boolean trivial(String text, List<Token> tokens) {
        List<Token> t = tokens;
        while (t.size() >= 2 && t.get(0).isSymbol(text, '(') && t.get(t.size() - 1).isSymbol(text, ')')) {
            t = t.subList(1, t.size() - 1);
        }
        if (t.size() == 1) {
            String v = t.get(0).text(text).toUpperCase(Locale.ROOT);
            return v.equals("TRUE") || (t.get(0).type() == Token.Type.NUMBER && !v.matches("0+(\\.0*)?"));
        }
        if (t.size() == 3 && t.get(1).isSymbol(text, '=')) {
            Token a = t.get(0);
            Token b = t.get(2);
            boolean comparable = a.type() == b.type() && a.type() != Token.Type.PLACEHOLDER
                    && !runTime(a.text(text));
            return comparable && (a.type() == Token.Type.WORD
                    ? a.text(text).equalsIgnoreCase(b.text(text))
                    : a.text(text).equals(b.text(text)));
        }
        return false;
    }
}
