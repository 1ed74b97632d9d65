package io.github.sqlguard.java;

import java.util.BitSet;

/**
 * Where a Java file's comments are, for suppression markers: {@code //} and {@code /* *}{@code /} comments count,
 * Javadoc ({@code /** *}{@code /}) and string, character and text block literals do not.
 */
final class CommentSpans {

    private CommentSpans() {
    }

    /** The offsets of {@code src} that lie in a comment a suppression may be written in. */
    static BitSet of(String src) {
        BitSet in = new BitSet(src.length());
        int n = src.length();
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            int afterComment = JavaLexer.skipComment(src, i);
            if (afterComment > i) {
                boolean javadoc = src.startsWith("/**", i) && !src.startsWith("/**/", i);
                if (!javadoc) {
                    in.set(i, afterComment);
                }
                i = afterComment;
            } else if (src.startsWith("\"\"\"", i)) {
                int close = src.indexOf("\"\"\"", i + 3);
                while (close > 0 && escaped(src, close)) {
                    close = src.indexOf("\"\"\"", close + 1);
                }
                i = close < 0 ? n : close + 3;
            } else if (c == '"' || c == '\'') {
                i = afterQuoted(src, i, c);
            } else {
                i++;
            }
        }
        return in;
    }

    private static boolean escaped(String src, int at) {
        int backslashes = 0;
        for (int k = at - 1; k >= 0 && src.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static int afterQuoted(String src, int start, char quote) {
        int i = start + 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n' || c == '\r') {
                return i;
            } else {
                i++;
            }
        }
        return src.length();
    }
}
