package io.github.sqlguard.sql;

import io.github.sqlguard.sql.Token.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens, dialect-neutral: it knows the quoting and comment forms of PostgreSQL, MySQL, SQL
 * Server, Oracle and H2, so that a semicolon or keyword inside a string, comment or dollar-quoted body is never taken
 * for one outside. Single-quoted strings follow the SQL standard ({@code ''} escapes a quote), and backslash escapes
 * apply in {@code E'...'} strings; whether they also apply in plain {@code '...'} and {@code "..."} strings, as in
 * MySQL's {@code 'it\'s'}, is decided once per text by {@link QuoteReading}. MySQL's executable comments
 * ({@code /*! ... *}{@code /}, {@code /*!40101 ... *}{@code /}, MariaDB's {@code /*M! ... *}{@code /}) are code: the
 * server runs what they hold.
 *
 * <p>Written by hand rather than with a grammar because it must never fail: unterminated quotes and comments give a
 * token that runs to the end of the text, flagged {@link Token#unterminated()}.
 */
public final class SqlLexer {

    /** U+FEFF, which files joined from several sources carry in the middle too: read as white space. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String text;
    private final int length;
    private int pos;
    private int depth;
    /** A {@code #{} or {@code ${} scan found neither {@code }} nor a line break before this offset. */
    private int noBraceBefore = -1;
    /** A {@code [} scan found no {@code ]} before a quote, a line break or this offset. */
    private int noBracketBefore = -1;
    /** Backslash escapes a quote in plain strings too (MySQL). */
    private final boolean backslashes;

    private SqlLexer(String text, int from, int to) {
        this(text, from, to, QuoteReading.backslashEscapes(text));
    }

    SqlLexer(String text, int from, int to, boolean backslashes) {
        this.text = text;
        this.pos = from;
        this.length = to;
        this.backslashes = backslashes;
    }

    /** All tokens of the text, comments included. */
    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** All tokens between {@code from} and {@code to}, comments included; offsets are those of {@code text}. */
    public static List<Token> tokenize(String text, int from, int to) {
        SqlLexer lexer = new SqlLexer(text, from, to);
        List<Token> tokens = new ArrayList<>();
        Token t;
        while ((t = lexer.next()) != null) {
            tokens.add(t);
        }
        return tokens;
    }

    /** The tokens of the text without comments. */
    public static List<Token> code(String text, int from, int to) {
        List<Token> all = tokenize(text, from, to);
        all.removeIf(t -> t.type() == Type.COMMENT);
        return all;
    }

    /** A lexer that hands out the tokens of {@code text} between {@code from} and {@code to} one at a time. */
    static SqlLexer stream(String text, int from, int to) {
        return new SqlLexer(text, from, to);
    }

    /** Moves past white space and returns the offset of the next character, or the end offset. */
    int skipWhitespace() {
        while (true) {
            while (pos < length && (Character.isWhitespace(text.charAt(pos)) || text.charAt(pos) == BYTE_ORDER_MARK)) {
                pos++;
            }
            if (!skipExecutableCommentMark()) {
                return pos;
            }
        }
    }

    /**
     * Moves past the opening or the closing mark of an executable comment at the position, if there is one. A
     * closing mark is skipped wherever it stands outside a token: {@code *}{@code /} is never code in any dialect,
     * and a statement's span can start inside such a comment, where a lexer of the span alone cannot tell.
     */
    private boolean skipExecutableCommentMark() {
        if (pos + 1 >= length) {
            return false;
        }
        char c = text.charAt(pos);
        char n = text.charAt(pos + 1);
        if (c == '*' && n == '/' && (pos + 2 >= length || text.charAt(pos + 2) != '*')) {
            pos += 2;
            return true;
        }
        if (c != '/' || n != '*' || pos + 2 >= length) {
            return false;
        }
        int i = pos + 2;
        if (text.charAt(i) == 'M' && i + 1 < length && text.charAt(i + 1) == '!') {
            i++;
        }
        if (text.charAt(i) != '!') {
            return false;
        }
        i++;
        while (i < length && Character.isDigit(text.charAt(i))) {
            i++;
        }
        pos = i;
        return true;
    }

    /** Continues lexing at {@code offset}, keeping the parenthesis depth. */
    void seek(int offset) {
        pos = Math.max(0, Math.min(offset, length));
    }

    int position() {
        return pos;
    }

    void resetDepth() {
        depth = 0;
    }

    /** The next token, or null at the end. */
    Token next() {
        skipWhitespace();
        if (pos >= length) {
            return null;
        }
        int start = pos;
        char c = text.charAt(pos);
        char n = pos + 1 < length ? text.charAt(pos + 1) : '\0';
        if (c == '-' && n == '-') {
            return lineComment(start);
        }
        if (c == '#' && n != '{' && isHashComment(start)) {
            return lineComment(start);
        }
        if (c == '/' && n == '*') {
            return blockComment(start);
        }
        if (c == '\'') {
            return quoted(start, '\'', backslashes, Type.STRING);
        }
        if ((c == 'E' || c == 'e') && n == '\'') {
            pos++;
            return quoted(start, '\'', true, Type.STRING);
        }
        if ((c == 'N' || c == 'n' || c == 'X' || c == 'x' || c == 'B' || c == 'b') && n == '\'') {
            pos++;
            return quoted(start, '\'', backslashes && c != 'X' && c != 'x' && c != 'B' && c != 'b', Type.STRING);
        }
        if (c == '"') {
            return quoted(start, '"', backslashes, Type.QUOTED_NAME);
        }
        if (c == '`') {
            return quoted(start, '`', false, Type.QUOTED_NAME);
        }
        if (c == '[' && startsBracketName(start)) {
            return quoted(start, ']', false, Type.QUOTED_NAME);
        }
        if (c == '$') {
            return dollar(start);
        }
        if (c == '#' && n == '{') {
            return braced(start);
        }
        if (c == '?') {
            pos++;
            while (pos < length && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            return token(Type.PLACEHOLDER, start, false);
        }
        if (c == ':' && n != ':' && Character.isJavaIdentifierStart(n) && n != '$'
                && (start == 0 || text.charAt(start - 1) != ':')) {
            pos++;
            while (pos < length && Character.isJavaIdentifierPart(text.charAt(pos))) {
                pos++;
            }
            return token(Type.PLACEHOLDER, start, false);
        }
        if (isWordStart(c)) {
            pos++;
            while (pos < length && isWordPart(text.charAt(pos))) {
                pos++;
            }
            return token(Type.WORD, start, false);
        }
        if (Character.isDigit(c) || (c == '.' && Character.isDigit(n))) {
            pos++;
            while (pos < length && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            return token(Type.NUMBER, start, false);
        }
        pos++;
        if (c == '(') {
            Token t = new Token(Type.SYMBOL, start, pos, depth, false);
            depth++;
            return t;
        }
        if (c == ')') {
            depth = Math.max(0, depth - 1);
        }
        return token(Type.SYMBOL, start, false);
    }

    private Token token(Type type, int start, boolean unterminated) {
        return new Token(type, start, pos, depth, unterminated);
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '@' || c == '#';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '@' || c == '#';
    }

    /** {@code #} starts a MySQL comment before white space or at the start of a line; {@code #temp} is a name. */
    private boolean isHashComment(int at) {
        char n = at + 1 < length ? text.charAt(at + 1) : '\0';
        if (n == '\0' || Character.isWhitespace(n) || n == '#' || n == '!') {
            return true;
        }
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    private Token lineComment(int start) {
        while (pos < length && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
        return token(Type.COMMENT, start, false);
    }

    private Token blockComment(int start) {
        pos += 2;
        int nesting = 1;
        while (pos < length) {
            char c = text.charAt(pos);
            char n = pos + 1 < length ? text.charAt(pos + 1) : '\0';
            if (c == '*' && n == '/') {
                pos += 2;
                if (--nesting == 0) {
                    return token(Type.COMMENT, start, false);
                }
            } else if (c == '/' && n == '*') {
                pos += 2;
                nesting++;
            } else {
                pos++;
            }
        }
        return token(Type.COMMENT, start, true);
    }

    private Token quoted(int start, char quote, boolean backslashEscapes, Type type) {
        pos++;
        while (pos < length) {
            char c = text.charAt(pos);
            if (backslashEscapes && c == '\\') {
                pos += 2;
                continue;
            }
            pos++;
            if (c == quote) {
                if (pos < length && text.charAt(pos) == quote) {
                    pos++;
                    continue;
                }
                return token(type, start, false);
            }
        }
        pos = length;
        return token(type, start, true);
    }

    private Token dollar(int start) {
        char n = pos + 1 < length ? text.charAt(pos + 1) : '\0';
        if (n == '{') {
            return braced(start);
        }
        if (Character.isDigit(n)) {
            pos++;
            while (pos < length && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            return token(Type.PLACEHOLDER, start, false);
        }
        int i = pos + 1;
        while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        if (i < length && text.charAt(i) == '$') {
            String tag = text.substring(pos, i + 1);
            int close = indexOf(tag, i + 1);
            if (close < 0) {
                pos = length;
                return token(Type.STRING, start, true);
            }
            pos = close + tag.length();
            return token(Type.STRING, start, false);
        }
        pos++;
        return token(Type.SYMBOL, start, false);
    }

    /** {@code #{x}} or {@code ${x}} when the closing brace is on the same line, else a lone symbol. */
    private Token braced(int start) {
        int i = pos + 2;
        if (i > noBraceBefore) {
            while (i < length) {
                char c = text.charAt(i);
                if (c == '}') {
                    pos = i + 1;
                    return token(Type.PLACEHOLDER, start, false);
                }
                if (c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            noBraceBefore = i;
        }
        pos += 1;
        return token(Type.SYMBOL, start, false);
    }

    /**
     * SQL Server's {@code [name]}, told from an array subscript ({@code a[1]}, {@code ARRAY[1]}, {@code int[]}):
     * not right after a word, a {@code ]} or a {@code )}, and closed on the same line with no quote inside.
     */
    private boolean startsBracketName(int at) {
        if (at > 0) {
            char p = text.charAt(at - 1);
            if (isWordPart(p) || p == ']' || p == ')') {
                return false;
            }
        }
        int i = at + 1;
        if (i <= noBracketBefore) {
            return false;
        }
        while (i < length) {
            char c = text.charAt(i);
            if (c == ']') {
                return i > at + 1;
            }
            if (c == '\'' || c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        noBracketBefore = i;
        return false;
    }

    /** Like {@link String#indexOf(String, int)}, but only matches that end by {@code length}. */
    private int indexOf(String s, int from) {
        int last = length - s.length();
        char first = s.charAt(0);
        for (int i = from; i <= last; i++) {
            if (text.charAt(i) == first && text.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }
}
