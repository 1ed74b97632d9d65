package io.github.sqlguard.report;

import java.util.regex.Pattern;

/** Folds line breaks into spaces, for text that must stay on one line of a report. */
final class LineBreaks {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private LineBreaks() {
    }

    /** {@code text} with each line break ({@code \R}: {@code \r\n} counts once) as one space. */
    static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBreak(text.charAt(i))) {
                return LINE_BREAK.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    private static boolean isBreak(char c) {
        return c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
