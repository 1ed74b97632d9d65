package io.github.sqlguard.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The audit's own reading of SQL text, independent of the engine's lexer and splitter and deliberately simpler: it
 * only has to tell code from comments and string literals.
 *
 * <ul>
 *   <li>Comments: {@code --} to the end of the line; {@code #} to the end of the line when it is the first thing on
 *       the line (elsewhere {@code #} is a T-SQL temporary table or an operator); {@code /* ... *}{@code /}, nested as
 *       PostgreSQL and SQL Server nest them (where they do not nest, what follows the inner close is a syntax
 *       error), or up to the first close when nesting would leave the comment open (and from there on, so that a
 *       file is read once). A MySQL executable comment {@code /*!NNNNN ... *}{@code /} is code: MySQL runs it. An
 *       optimizer hint {@code /*+ ... *}{@code /} is a comment.</li>
 *   <li>Strings {@code '...'} and quoted names {@code "..."}, {@code `...`}, {@code [...]} (on one line, with no
 *       quote in it) are skipped. {@code ''} inside a string is a quote.</li>
 *   <li>Dollar quotes {@code $$} and {@code $tag$} are skipped and what they enclose is read as code: a function
 *       body runs.</li>
 * </ul>
 *
 * <p>Backslashes are where readings part: MySQL reads {@code 'Pa\'anga'} as one string, standard SQL as a string
 * followed by an open quote, after which code and strings change places for the rest of the file. The text is read
 * both ways (in the standard way, an {@code E'...'} string still takes backslash escapes), and the reading kept is
 * the one that goes wrong less: first the one whose strings and comments all close, then the one with fewer strings
 * that run over a line break; the standard one when they tie. A string left open runs to the end of the text.
 */
final class AuditReading {

    enum Kind {
        WORD, NAME, STRING, NUMBER, SYMBOL
    }

    /**
     * One code token.
     *
     * @param text  a word in upper case, a symbol's character; empty for strings and names
     * @param start offset of its first character
     * @param end   offset one past its last character
     */
    record Token(Kind kind, String text, int start, int end) {

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equals(word);
        }

        boolean isSymbol(char c) {
            return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.NAME;
        }
    }

    private final String text;
    private final boolean backslash;
    private final List<Token> tokens = new ArrayList<>();
    private boolean unclosed;
    private int multiLine;
    private int executableComments;
    private boolean nesting = true;

    private AuditReading(String text, boolean backslash) {
        this.text = text;
        this.backslash = backslash;
    }

    /** The code tokens of {@code text}, in the better of the two readings. */
    static List<Token> read(String text) {
        AuditReading standard = new AuditReading(text, false).run();
        if (text.indexOf('\\') < 0) {
            return standard.tokens;
        }
        AuditReading escaped = new AuditReading(text, true).run();
        return escaped.betterThan(standard) ? escaped.tokens : standard.tokens;
    }

    /** The tokens of {@code text} read with or without backslash escapes, for tests. */
    static List<Token> read(String text, boolean backslashEscapes) {
        return new AuditReading(text, backslashEscapes).run().tokens;
    }

    private boolean betterThan(AuditReading other) {
        if (unclosed != other.unclosed) {
            return !unclosed;
        }
        return multiLine < other.multiLine;
    }

    private AuditReading run() {
        int n = text.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lineStart = true;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && next(i) == '-' || c == '#' && lineStart) {
                i = lineEnd(i);
            } else {
                lineStart = false;
                i = token(i, c);
                if (c == ';') {
                    i = afterCopyData(i);
                }
            }
        }
        return this;
    }

    /**
     * After the {@code ;} of PostgreSQL's {@code COPY ... FROM STDIN}, the rows up to the line {@code \.} are data,
     * not SQL; without such a line nothing is skipped.
     */
    private int afterCopyData(int i) {
        int start = tokens.size() - 2;
        while (start >= 0 && !tokens.get(start).isSymbol(';')) {
            start--;
        }
        List<Token> statement = tokens.subList(start + 1, tokens.size());
        if (statement.isEmpty() || !statement.get(0).isWord("COPY")
                || statement.stream().noneMatch(t -> t.isWord("STDIN"))) {
            return i;
        }
        for (int line = lineEnd(i); line < text.length(); line = lineEnd(line + 1)) {
            int from = line + 1;
            if (text.startsWith("\\.", from) && text.substring(from + 2, lineEnd(from)).isBlank()) {
                return lineEnd(from);
            }
        }
        return i;
    }

    /** Reads the token or comment at {@code i}; returns where the next one may start. */
    private int token(int i, char c) {
        if (c == '/' && next(i) == '*') {
            return comment(i);
        }
        if (c == '*' && next(i) == '/' && executableComments > 0) {
            executableComments--;
            return i + 2;
        }
        if (c == '\'') {
            boolean escapes = backslash || i > 0 && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e')
                    && (i < 2 || !isWordPart(text.charAt(i - 2)));
            return quoted(i, '\'', escapes, Kind.STRING);
        }
        if (c == '"') {
            return quoted(i, '"', backslash, Kind.NAME);
        }
        if (c == '`') {
            return quoted(i, '`', false, Kind.NAME);
        }
        if (c == '[') {
            int close = bracketClose(i);
            if (close > 0) {
                return add(Kind.NAME, "", i, close + 1);
            }
        }
        if (c == '$') {
            int tagEnd = dollarTagEnd(i);
            if (tagEnd > 0) {
                return tagEnd;
            }
        }
        if (isWordStart(c)) {
            int j = i + 1;
            while (j < text.length() && isWordPart(text.charAt(j))) {
                j++;
            }
            return add(Kind.WORD, text.substring(i, j).toUpperCase(Locale.ROOT), i, j);
        }
        if (Character.isDigit(c)) {
            int j = i + 1;
            while (j < text.length() && (isWordPart(text.charAt(j)) || text.charAt(j) == '.')) {
                j++;
            }
            return add(Kind.NUMBER, "", i, j);
        }
        int width = Character.charCount(text.codePointAt(i));
        return add(Kind.SYMBOL, text.substring(i, i + width), i, i + width);
    }

    private int comment(int i) {
        if (i + 2 < text.length() && text.charAt(i + 2) == '!') {
            executableComments++;
            int j = i + 3;
            while (j < text.length() && Character.isDigit(text.charAt(j))) {
                j++;
            }
            return j;
        }
        int close = nesting ? nestedClose(i) : -1;
        if (close < 0) {
            nesting = false;
            close = text.indexOf("*/", i + 2);
        }
        if (close < 0) {
            unclosed = true;
            return text.length();
        }
        return close + 2;
    }

    /** The {@code *}{@code /} that closes the comment at {@code i} when comments nest, or -1. */
    private int nestedClose(int i) {
        int depth = 1;
        for (int j = i + 2; j + 1 < text.length(); j++) {
            if (text.charAt(j) == '/' && text.charAt(j + 1) == '*') {
                depth++;
                j++;
            } else if (text.charAt(j) == '*' && text.charAt(j + 1) == '/') {
                if (--depth == 0) {
                    return j;
                }
                j++;
            }
        }
        return -1;
    }

    /** A string or quoted name from the quote at {@code i}; the quote doubled stands for itself. */
    private int quoted(int i, char quote, boolean escapes, Kind kind) {
        int j = i + 1;
        boolean lineBreak = false;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (escapes && c == '\\') {
                j += 2;
                continue;
            }
            if (c == quote) {
                if (next(j) == quote) {
                    j += 2;
                    continue;
                }
                if (lineBreak) {
                    multiLine++;
                }
                return add(kind, "", i, j + 1);
            }
            lineBreak |= c == '\n' || c == '\r';
            j++;
        }
        unclosed = true;
        multiLine++;
        return add(kind, "", i, text.length());
    }

    /** The closing {@code ]} of a bracketed name on the same line with no quote in it, or -1. */
    private int bracketClose(int i) {
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == ']') {
                return j > i + 1 ? j : -1;
            }
            if (c == '\n' || c == '\r' || c == '\'' || c == '"' || c == '[') {
                return -1;
            }
        }
        return -1;
    }

    /** One past a {@code $$} or {@code $tag$} at {@code i}, or -1 when there is none ({@code $1} is not one). */
    private int dollarTagEnd(int i) {
        int j = i + 1;
        if (j < text.length() && text.charAt(j) == '$') {
            return j + 1;
        }
        if (j >= text.length() || !isWordStart(text.charAt(j))) {
            return -1;
        }
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '$' ? j + 1 : -1;
    }

    private int add(Kind kind, String word, int start, int end) {
        tokens.add(new Token(kind, word, start, end));
        return end;
    }

    private int lineEnd(int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
            j++;
        }
        return j;
    }

    private char next(int i) {
        return i + 1 < text.length() ? text.charAt(i + 1) : '\0';
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '#' || c == '@';
    }
}
