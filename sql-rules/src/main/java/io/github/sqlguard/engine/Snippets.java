package io.github.sqlguard.engine;

import io.github.sqlguard.core.SqlPiece;
import java.util.Locale;

/** How a statement is shown in a report, and the normalized form that makes its fingerprint. */
public final class Snippets {

    private static final int MAX = 200;

    private Snippets() {
    }

    /** The statement on one line, a run-time fragment shown as {@code <dynamic>} as messages show it. */
    public static String snippet(String text) {
        return snippet(text, 0, text.length());
    }

    /**
     * The text between {@code start} and {@code end} on one line, runs of white space as one space, cut to 200
     * characters; reads no further than it needs, so a statement of many megabytes is never copied.
     */
    public static String snippet(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to && out.length() <= MAX + SqlPiece.UNKNOWN_FRAGMENT.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                while (i + 1 < to && isSpace(text.charAt(i + 1))) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        String oneLine = out.toString().replace(SqlPiece.UNKNOWN_FRAGMENT, "<dynamic>");
        return oneLine.length() > MAX ? oneLine.substring(0, MAX - 3) + "..." : oneLine;
    }

    /** What {@code \s} matches in a regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The statement with case and white space folded: with rule, file and occurrence it makes the fingerprint. */
    public static String key(String sql) {
        return sql.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
