package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.NOTE;

import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.sql.Script;
import io.github.sqlguard.sql.SqlLexer;
import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.sql.StatementFacts;
import io.github.sqlguard.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A statement JSqlParser could not read: it was checked by its tokens only. */
public final class UnparsableSql implements StatementRule {

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
                    + " the verdict is lexical, so nothing is passed silently. In Java it also says where sqlguard"
                    + " stopped following the value a statement is built from (a chain of constants, nesting, method"
                    + " calls or a length beyond its bounds) when the part it gave up on could decide the verdict:"
                    + " when it may be the statement's verb, or stand where a WHERE could be.",
            "Nothing to fix if the statement is valid for your database. Check the findings on the same statement"
                    + " by eye; simplify deeply nested expressions. Where sqlguard stopped following Java code, read"
                    + " the statement that code builds.",
            "UPDATE t SET a = 1 WHERE id = = 2;",
            "UPDATE t SET a = 1 WHERE id = 2;");

    /** Words that start a clause: the words shown before the place the parser stopped begin at one of them. */
    private static final Set<String> CLAUSE_WORDS = Set.of("DELETE", "UPDATE", "FROM", "USING", "JOIN", "ON", "SET",
            "WHERE", "AND", "OR", "NOT", "WHEN", "THEN", "ELSE", "ORDER", "GROUP", "HAVING", "LIMIT", "OFFSET",
            "RETURNING", "OUTPUT", "SELECT", "VALUES", "WITH");
    private static final int MAX_WORDS_BEFORE = 4;
    private static final int MAX_TOKEN_CHARS = 40;
    private static final String RUN_TIME_VALUE = "a value known only at run time";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(SqlStatement statement, Script script, Reporter reporter) {
        Optional<String> stopped = statement.piece().followingStopped();
        if (stopped.isPresent() && undecided(statement)) {
            reporter.report(statement, "sqlguard stopped following the SQL here: " + stopped.get()
                    + "; check the statement by hand.");
            return;
        }
        if (statement.parse().failed()) {
            String what = switch (statement.verb()) {
                case OTHER, BLOCK -> "statement";
                default -> statement.verb().name();
            };
            reporter.report(statement, "This " + what + " could not be parsed" + where(statement)
                    + "; it was checked by its tokens only.");
        }
    }

    /**
     * True if a part known only at run time may decide the verdict on the statement: it stands where its verb would
     * be, or where a DELETE's or an UPDATE's WHERE could be.
     */
    private static boolean undecided(SqlStatement statement) {
        StatementFacts f = statement.facts();
        if (f.verb().isDml()) {
            return f.whereUnknown() && !f.hasWhere() && !f.joinFiltered();
        }
        String text = statement.piece().text();
        List<Token> code = SqlLexer.code(text, statement.startOffset(), statement.endOffset());
        return code.isEmpty() || runTime(text, code.get(0));
    }

    /** Where the parser stopped, in the statement's own words. */
    static String where(SqlStatement statement) {
        String text = statement.piece().text();
        List<Token> code = SqlLexer.code(text, statement.startOffset(), statement.endOffset());
        int at = statement.parse().stoppedAt(text, code);
        if (at < 0) {
            return " (" + statement.parse().error() + ")";
        }
        String before = before(text, code, at);
        if (at == code.size()) {
            return before.isEmpty() ? "" : ": it ends after " + before + " where more was expected";
        }
        return " at " + shown(text, code.get(at)) + (before.isEmpty() ? "" : ", after " + before);
    }

    /**
     * The few tokens before {@code at}, back to the start of their clause, or "" when there are none; a part known
     * only at run time is named as such.
     */
    private static String before(String text, List<Token> code, int at) {
        int from = at;
        while (from > 0 && at - from < MAX_WORDS_BEFORE) {
            from--;
            if (CLAUSE_WORDS.contains(code.get(from).word(text))) {
                break;
            }
        }
        List<String> parts = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (int i = from; i < at; i++) {
            Token t = code.get(i);
            if (runTime(text, t)) {
                if (!words.isEmpty()) {
                    parts.add("`" + words + "`");
                    words.setLength(0);
                }
                parts.add(RUN_TIME_VALUE);
                continue;
            }
            if (!words.isEmpty() && t.start() > code.get(i - 1).end()) {
                words.append(' ');
            }
            words.append(cut(t.text(text)));
        }
        if (!words.isEmpty()) {
            parts.add("`" + words + "`");
        }
        return String.join(" and ", parts);
    }

    private static String shown(String text, Token t) {
        return runTime(text, t) ? RUN_TIME_VALUE : "`" + cut(t.text(text)) + "`";
    }

    private static boolean runTime(String text, Token t) {
        return (t.type() == Token.Type.PLACEHOLDER && text.startsWith("${", t.start()))
                || t.text(text).toLowerCase(Locale.ROOT).contains(SqlPiece.UNKNOWN_FRAGMENT);
    }

    private static String cut(String token) {
        String oneLine = token.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_TOKEN_CHARS ? oneLine : oneLine.substring(0, MAX_TOKEN_CHARS - 3) + "...";
    }
}
