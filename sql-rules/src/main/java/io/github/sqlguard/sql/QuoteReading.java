package io.github.sqlguard.sql;

import java.lang.ref.WeakReference;

/**
 * Decides, once per text, whether a backslash escapes a quote inside plain {@code '...'} and {@code "..."} strings.
 *
 * <p>MySQL and MariaDB read {@code 'Pa\'anga'} as one string (mysqldump writes every quote this way); PostgreSQL,
 * Oracle, SQL Server and H2 read {@code 'C:\'} as a string ending in a backslash. A file does not say its dialect, so
 * the text is read both ways, but only when it holds a backslash before a quote, and the reading that leaves fewer
 * statements inside strings wins: a wrong reading pairs the quotes the other way round, so lines that start with
 * {@code DROP}, {@code INSERT} and the like end up inside "strings", and the last string often runs to the end of
 * the text. The standard reading wins a tie.
 */
final class QuoteReading {

    private QuoteReading() {
    }

    private static final String[] STATEMENT_WORDS = {
        "ALTER", "BEGIN", "CALL", "COMMIT", "COPY", "CREATE", "DELETE", "DROP", "END", "GRANT", "INSERT", "LOCK",
        "REPLACE", "SELECT", "SET", "TRUNCATE", "UNLOCK", "UPDATE", "USE"};

    /** The last text decided on this thread (a script's statements are lexed one span at a time), held weakly. */
    private static final ThreadLocal<Decision> LAST = new ThreadLocal<>();

    private record Decision(WeakReference<String> text, boolean backslashes) {
    }

    /** Texts up to this long are decided each time: a search of them costs less than the cache. */
    private static final int DECIDED_EACH_TIME = 1_024;

    static boolean backslashEscapes(String text) {
        if (text.length() <= DECIDED_EACH_TIME) {
            return text.indexOf('\\') >= 0 && decide(text);
        }
        Decision last = LAST.get();
        if (last != null && last.text().get() == text) {
            return last.backslashes();
        }
        boolean backslashes = text.indexOf('\\') >= 0 && decide(text);
        LAST.set(new Decision(new WeakReference<>(text), backslashes));
        return backslashes;
    }

    private static boolean decide(String text) {
        if (text.indexOf("\\'") < 0 && text.indexOf("\\\"") < 0) {
            return false;
        }
        return damage(text, true) < damage(text, false);
    }

    /** Statements the reading puts inside strings, and one more for a string that runs to the end. */
    static long damage(String text, boolean backslashes) {
        SqlLexer lexer = new SqlLexer(text, 0, text.length(), backslashes);
        long damage = 0;
        Token t;
        while ((t = lexer.next()) != null) {
            if (t.type() == Token.Type.STRING || t.type() == Token.Type.QUOTED_NAME) {
                damage += statementLines(text, t.start(), t.end());
                if (t.unterminated()) {
                    damage++;
                }
            }
        }
        return damage;
    }

    private static int statementLines(String text, int from, int to) {
        int count = 0;
        for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
            int j = i + 1;
            while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (startsStatement(text, j, to)) {
                count++;
            }
        }
        return count;
    }

    /** Whether a statement word followed by a blank or {@code ;} stands at {@code at}. */
    static boolean startsStatement(String text, int at, int to) {
        for (String w : STATEMENT_WORDS) {
            int end = at + w.length();
            if (end < to && text.regionMatches(true, at, w, 0, w.length())) {
                char after = text.charAt(end);
                if (after == ' ' || after == '\t' || after == ';' || after == '\r' || after == '\n') {
                    return true;
                }
            }
        }
        return false;
    }
}
