package io.github.sqlguard.java;

import java.util.ArrayList;
import java.util.List;

/**
 * A light Java tokenizer for the project-wide constant index, sharing {@link JavaTokens}' operator table and identifier
 * rules: identifiers, string values (escapes and text block
 * indentation applied), numbers and operators, with comments and white space dropped. It never fails: text that is
 * not Java gives tokens all the same.
 */
final class JavaLexer {

    enum Kind {
        IDENT,
        STRING,
        CHAR,
        NUMBER,
        SYMBOL
    }

    /** A token; {@code text} is the decoded value of a string or char literal, else the source text. */
    record Tok(Kind kind, String text) {

        boolean is(String symbolOrWord) {
            return (kind == Kind.SYMBOL || kind == Kind.IDENT) && text.equals(symbolOrWord);
        }
    }

    private static final Tok[] SYMBOLS = new Tok[128];

    static {
        for (char c = 0; c < SYMBOLS.length; c++) {
            SYMBOLS[c] = new Tok(Kind.SYMBOL, String.valueOf(c));
        }
    }

    private JavaLexer() {
    }

    static List<Tok> tokens(String src) {
        List<Tok> out = new ArrayList<>();
        int n = src.length();
        int i = 0;
        int operator;
        while (i < n) {
            char c = src.charAt(i);
            int afterComment = skipComment(src, i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (afterComment > i) {
                i = afterComment;
            } else if (src.startsWith("\"\"\"", i)) {
                i = textBlock(src, i, out);
            } else if (c == '"' || c == '\'') {
                i = quoted(src, i, c, out);
            } else if (isIdentifierStart(c)) {
                int start = i;
                while (i < n && isIdentifierPart(src.charAt(i))) {
                    i++;
                }
                out.add(new Tok(Kind.IDENT, src.substring(start, i)));
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(src.charAt(i + 1)))) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '.'
                        || src.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Tok(Kind.NUMBER, src.substring(start, i)));
            } else if ((operator = JavaTokens.operatorAt(src, i)) >= 0) {
                String symbol = JavaTokens.OPERATORS.get(operator);
                out.add(new Tok(Kind.SYMBOL, symbol));
                i += symbol.length();
            } else {
                out.add(c < SYMBOLS.length ? SYMBOLS[c] : new Tok(Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    /** The index after a {@code //} or {@code /*} comment that starts at {@code i}, or {@code i} when none does. */
    static int skipComment(String src, int i) {
        int n = src.length();
        if (src.charAt(i) != '/' || i + 1 >= n) {
            return i;
        }
        if (src.charAt(i + 1) == '/') {
            int end = i;
            while (end < n && src.charAt(end) != '\n' && src.charAt(end) != '\r') {
                end++;
            }
            return end;
        }
        if (src.charAt(i + 1) == '*') {
            int close = src.indexOf("*/", i + 2);
            return close < 0 ? n : close + 2;
        }
        return i;
    }

    /** {@link Character#isJavaIdentifierStart}, with a shortcut for ASCII, which is nearly all of any source. */
    static boolean isIdentifierStart(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'
                : Character.isJavaIdentifierStart(c);
    }

    /** {@link Character#isJavaIdentifierPart}, with a shortcut for ASCII. */
    static boolean isIdentifierPart(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                || c == '$' || (c <= 8 || (c >= 0x0e && c <= 0x1b) || c == 0x7f)
                : Character.isJavaIdentifierPart(c);
    }

    private static int quoted(String src, int start, char quote, List<Tok> out) {
        int n = src.length();
        int i = start + 1;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n' || c == '\r') {
                break;
            } else {
                i++;
            }
        }
        int end = Math.min(i, n);
        String value = unescape(src.substring(start + 1, end));
        out.add(new Tok(quote == '"' ? Kind.STRING : Kind.CHAR, value));
        return end < n && src.charAt(end) == quote ? end + 1 : end;
    }

    private static int textBlock(String src, int start, List<Tok> out) {
        int n = src.length();
        int i = start + 3;
        while (i < n && src.charAt(i) != '\n' && src.charAt(i) != '\r') {
            i++;
        }
        if (i < n && src.charAt(i) == '\r' && i + 1 < n && src.charAt(i + 1) == '\n') {
            i++;
        }
        int contentStart = Math.min(i + 1, n);
        int k = contentStart;
        while (k < n && !src.startsWith("\"\"\"", k)) {
            k += src.charAt(k) == '\\' ? 2 : 1;
        }
        int contentEnd = Math.min(k, n);
        out.add(new Tok(Kind.STRING, textBlockValue(src.substring(contentStart, contentEnd))));
        return Math.min(contentEnd + 3, n);
    }

    /** The value of a text block from its raw content (between the opening line and the closing delimiter). */
    static String textBlockValue(String raw) {
        String normalized = raw.replace("\r\n", "\n").replace('\r', '\n');
        return unescape(normalized.stripIndent());
    }

    static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        try {
            return raw.translateEscapes();
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
