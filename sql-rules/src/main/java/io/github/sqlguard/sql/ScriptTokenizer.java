package io.github.sqlguard.sql;

import io.github.sqlguard.sql.Token.Type;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a script into code tokens and statement separators: comments are dropped, client commands that work line by
 * line ({@code GO}, a lone {@code /}, MySQL {@code DELIMITER}, psql's backslash commands, SQL*Plus {@code PROMPT},
 * {@code SET DEFINE OFF} and the like) and custom delimiters become separators. Whether a {@code ;} ends a statement
 * is left to the caller, which knows about blocks.
 */
final class ScriptTokenizer {

    enum Kind {
        /** A code token that is not a candidate statement end. */
        CODE,
        /** A {@code ;} while the delimiter is the standard one. */
        SEMICOLON,
        /** A GO line, a {@code /} line, a DELIMITER line or a custom delimiter: the statement ends here. */
        SEPARATOR
    }

    /** One thing the tokenizer found; {@code token} is null for separators. */
    record Piece(Kind kind, Token token) {
    }

    private static final Piece SEPARATOR = new Piece(Kind.SEPARATOR, null);

    private final String text;
    private final int to;
    private final SqlLexer lexer;
    /** The MySQL client delimiter, or null while it is {@code ;}. */
    private String delimiter;
    /** No code since the last {@code ;} or separator: where SQL*Plus commands are looked for. */
    private boolean afterEnd = true;

    /** SQL*Plus commands that take the rest of their line and need no {@code ;}. */
    private static final Set<String> SQLPLUS_COMMANDS = Set.of(
            "PROMPT", "REM", "REMARK", "SPOOL", "WHENEVER", "SET");

    /** Options of SQL*Plus's {@code SET} that no database's {@code SET} statement has. */
    private static final Set<String> SQLPLUS_SET_OPTIONS = Set.of(
            "DEFINE", "SERVEROUTPUT", "SERVEROUT", "ECHO", "FEEDBACK", "FEED", "VERIFY", "VER", "TERMOUT", "TERM",
            "HEADING", "HEA", "PAGESIZE", "PAGES", "LINESIZE", "LINES", "TIMING", "SQLBLANKLINES", "SQLBL", "SCAN",
            "TRIMSPOOL", "TRIMS", "TRIMOUT", "LONG", "SQLTERMINATOR", "WRAP", "COLSEP", "NEWPAGE", "ARRAYSIZE",
            "HEADSEP", "NUMWIDTH", "ESCAPE", "CONCAT", "EMBEDDED", "MARKUP", "APPINFO", "AUTOTRACE", "AUTOPRINT");

    ScriptTokenizer(String text, int from, int to) {
        this.text = text;
        this.to = to;
        this.lexer = SqlLexer.stream(text, from, to);
    }

    /** Called at each statement boundary so that an unbalanced parenthesis does not leak into the next one. */
    void resetDepth() {
        lexer.resetDepth();
    }

    /** The next piece, or null at the end of the text. */
    Piece next() {
        Piece p = scan();
        afterEnd = p == null || p.kind() != Kind.CODE;
        return p;
    }

    /**
     * Skips the data lines after PostgreSQL's {@code COPY ... FROM STDIN;}, up to and including the line
     * {@code \.}; called right after that statement's {@code ;} was handed out. A line that starts like a statement
     * and holds no tab ends the data too (rows of text data are tab-separated), so a missing {@code \.} does not hide
     * the rest of the script.
     *
     * @return false when the data has no {@code \.} line
     */
    boolean skipCopyData() {
        int i = lineEnd(lexer.position());
        while (i < to) {
            i = nextLine(i);
            int end = lineEnd(i);
            if (text.startsWith("\\.", i) && blanks(i + 2) >= end) {
                lexer.seek(end);
                return true;
            }
            if (QuoteReading.startsStatement(text, i, end) && noTab(i, end)) {
                lexer.seek(i);
                return false;
            }
            i = end;
        }
        lexer.seek(to);
        return false;
    }

    private boolean noTab(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\t') {
                return false;
            }
        }
        return true;
    }

    private int nextLine(int lineEnd) {
        return lineEnd + 1 < to && text.charAt(lineEnd) == '\r' && text.charAt(lineEnd + 1) == '\n'
                ? lineEnd + 2 : lineEnd + 1;
    }

    private Piece scan() {
        while (true) {
            int at = lexer.skipWhitespace();
            if (at >= to) {
                return null;
            }
            if (delimiter != null && text.startsWith(delimiter, at) && at + delimiter.length() <= to) {
                lexer.seek(at + delimiter.length());
                return SEPARATOR;
            }
            Token t = lexer.next();
            if (t == null) {
                return null;
            }
            if (t.type() == Type.COMMENT) {
                continue;
            }
            if (mayBeLineCommand(t) && startsLine(t.start())) {
                Piece command = lineCommand(t);
                if (command != null) {
                    return command;
                }
            }
            if (delimiter != null && !t.isSymbol(text, ';')) {
                return new Piece(Kind.CODE, cutAtDelimiter(t));
            }
            if (t.isSymbol(text, '/') && atLineEnd(blanks(t.end())) && afterSemicolon(t.start())) {
                lexer.seek(blanks(t.end()));
                return SEPARATOR;
            }
            return new Piece(t.isSymbol(text, ';') ? Kind.SEMICOLON : Kind.CODE, t);
        }
    }

    /** A word such as {@code END$$} contains the delimiter {@code $$}: only the part before it is code. */
    private Token cutAtDelimiter(Token t) {
        if (t.type() == Type.STRING || t.type() == Type.QUOTED_NAME) {
            return t;
        }
        int limit = t.end() - delimiter.length();
        for (int i = t.start() + 1; i <= limit; i++) {
            if (text.startsWith(delimiter, i)) {
                lexer.seek(i);
                return new Token(t.type(), t.start(), i, t.depth(), false);
            }
        }
        return t;
    }

    /** Oracle's {@code END;/}: a {@code /} that ends its line right after a {@code ;} ends a block too. */
    private boolean afterSemicolon(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ';';
    }

    private boolean mayBeLineCommand(Token t) {
        return t.isSymbol(text, '/') || t.isSymbol(text, '\\') || t.isWord(text, "GO") || t.isWord(text, "DELIMITER")
                || (afterEnd && Words.any(text, t, SQLPLUS_COMMANDS));
    }

    private boolean startsLine(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    /** The separator when {@code t} opens a line that is a client command, else null. */
    private Piece lineCommand(Token t) {
        if (t.isSymbol(text, '\\')) {
            lexer.seek(lineEnd(t.end()));
            return SEPARATOR;
        }
        if (t.type() == Type.WORD && afterEnd && Words.any(text, t, SQLPLUS_COMMANDS)) {
            return sqlPlusCommand(t);
        }
        if (t.isSymbol(text, '/')) {
            int end = blanks(t.end());
            if (atLineEnd(end)) {
                lexer.seek(end);
                return SEPARATOR;
            }
            return null;
        }
        if (t.isWord(text, "GO")) {
            int i = blanks(t.end());
            while (i < to && Character.isDigit(text.charAt(i))) {
                i++;
            }
            i = blanks(i);
            if (atLineEnd(i) || text.startsWith("--", i)) {
                lexer.seek(lineEnd(i));
                return SEPARATOR;
            }
            return null;
        }
        if (t.isWord(text, "DELIMITER")) {
            int start = blanks(t.end());
            if (start == t.end()) {
                return null;
            }
            int end = start;
            while (end < to && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end == start || !atLineEnd(blanks(end))) {
                return null;
            }
            String d = text.substring(start, end);
            delimiter = d.equals(";") ? null : d;
            lexer.seek(end);
            return SEPARATOR;
        }
        return null;
    }

    /** {@code PROMPT Don't panic}, {@code SET DEFINE OFF}: the whole line, quotes and all, is the command. */
    private Piece sqlPlusCommand(Token t) {
        int end = lineEnd(t.end());
        if (t.isWord(text, "SET")) {
            int option = blanks(t.end());
            int optionEnd = option;
            while (optionEnd < end && Character.isLetter(text.charAt(optionEnd))) {
                optionEnd++;
            }
            String word = text.substring(option, optionEnd).toUpperCase(Locale.ROOT);
            if (!SQLPLUS_SET_OPTIONS.contains(word) || text.substring(optionEnd, end).indexOf('=') >= 0) {
                return null;
            }
        }
        lexer.seek(end);
        return SEPARATOR;
    }

    private int blanks(int i) {
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private boolean atLineEnd(int i) {
        return i >= to || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    private int lineEnd(int i) {
        while (i < to && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
