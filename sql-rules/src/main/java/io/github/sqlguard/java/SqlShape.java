package io.github.sqlguard.java;

import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.sql.SqlLexer;
import io.github.sqlguard.sql.Token;
import io.github.sqlguard.sql.Token.Type;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a string no sink is seen to run is plainly a destructive statement: DELETE, UPDATE, DROP, TRUNCATE
 * or ALTER TABLE with the shape of a statement, not a log message or a UI label that starts with the same word
 * ({@code "Delete from cart failed"}, {@code "update available"}, {@code "Drop table for user?"}).
 */
final class SqlShape {

    private static final Set<String> RESERVED = Set.of("FROM", "WHERE", "SET", "TABLE", "USING", "AS", "ON",
            "JOIN", "AND", "OR", "NOT", "IF", "EXISTS", "SELECT", "INTO", "VALUES", "ORDER", "GROUP", "BY", "LIMIT",
            "RETURNING", "CASCADE", "RESTRICT", "THE", "A", "AN", "TO", "FOR", "IN", "OF", "IS", "WITH");
    private static final Set<String> DELETE_CLAUSES = Set.of("WHERE", "USING", "RETURNING", "ORDER", "LIMIT",
            "OUTPUT", "JOIN", "INNER", "LEFT", "RIGHT", "PARTITION", "WITH");
    private static final Set<String> DROP_TYPES = Set.of("TABLE", "VIEW", "SCHEMA", "DATABASE", "INDEX",
            "SEQUENCE", "USER", "ROLE", "TRIGGER", "FUNCTION", "PROCEDURE", "TYPE", "DOMAIN", "EXTENSION",
            "MATERIALIZED", "CONSTRAINT", "COLUMN", "TABLESPACE", "SYNONYM", "PACKAGE", "EVENT");
    private static final Set<String> DROP_TAIL = Set.of("CASCADE", "RESTRICT", "PURGE", "ON", "CONSTRAINTS");
    private static final Set<String> TRUNCATE_TAIL = Set.of("RESTART", "CONTINUE", "CASCADE", "RESTRICT",
            "IMMEDIATE", "REUSE", "DROP", "PRESERVE", "PURGE");
    private static final Set<String> ALTER_ACTIONS = Set.of("ADD", "DROP", "ALTER", "MODIFY", "CHANGE", "RENAME",
            "SET", "OWNER", "ENABLE", "DISABLE", "ATTACH", "DETACH", "VALIDATE", "REPLICA", "CLUSTER", "INHERIT",
            "NO", "RESET", "ALGORITHM", "LOCK", "CONVERT", "ENGINE", "AUTO_INCREMENT", "COMMENT", "PARTITION",
            "COALESCE", "TRUNCATE", "FORCE", "ORDER", "NOCHECK", "CHECK", "WITH", "SPLIT", "MERGE", "MOVE");

    /** Words that end a status message ({@code "drop table failed"}), not names of tables. */
    private static final Set<String> STATUS = Set.of("FAILED", "FAILS", "FAILURE", "SUCCEEDED", "SUCCESSFUL",
            "SUCCESSFULLY", "COMPLETED", "COMPLETE", "DONE", "FINISHED", "STARTED", "STARTING", "ABORTED",
            "SKIPPED", "DENIED", "OK", "ERROR", "ERRORS", "WARNING");

    private final String text;
    private final List<Token> tokens;

    private SqlShape(String text) {
        this.text = text;
        this.tokens = SqlLexer.code(text, 0, text.length());
    }

    /** True if {@code text}, after white space and comments, is a DELETE/UPDATE/DROP/TRUNCATE/ALTER statement. */
    static boolean plainlySql(String text) {
        SqlShape shape = new SqlShape(text);
        return !shape.tokens.isEmpty() && !shape.prose() && shape.statement();
    }

    private boolean statement() {
        return switch (word(0)) {
            case "DELETE" -> delete();
            case "UPDATE" -> update();
            case "DROP" -> drop();
            case "TRUNCATE" -> truncate();
            case "ALTER" -> alter();
            default -> false;
        };
    }

    /** Sentence punctuation, unclosed quotes, or a verb in sentence case followed by lower-case keywords. */
    private boolean prose() {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.unterminated()) {
                return true;
            }
            if (t.isSymbol(text, '.') && !(glued(i - 1, i) && glued(i, i + 1))) {
                return true;
            }
            if (t.isSymbol(text, '!') && !(i + 1 < tokens.size() && tokens.get(i + 1).isSymbol(text, '=')
                    && glued(i, i + 1))) {
                return true;
            }
            if (t.isSymbol(text, ':') && !((i + 1 < tokens.size() && tokens.get(i + 1).isSymbol(text, ':'))
                    || (i > 0 && tokens.get(i - 1).isSymbol(text, ':')))) {
                return true;
            }
            if (t.type() == Type.PLACEHOLDER && text.charAt(t.start()) == '?' && i > 0
                    && tokens.get(i - 1).type() == Type.WORD && glued(i - 1, i)) {
                return true;
            }
        }
        String verb = tokens.get(0).text(text);
        boolean sentenceCase = verb.length() > 1 && Character.isUpperCase(verb.charAt(0))
                && verb.substring(1).equals(verb.substring(1).toLowerCase(java.util.Locale.ROOT));
        if (sentenceCase) {
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String w = t.word(text);
                if (t.type() == Type.WORD && RESERVED.contains(w) && t.text(text).equals(w.toLowerCase(
                        java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean glued(int a, int b) {
        return a >= 0 && b < tokens.size() && tokens.get(a).end() == tokens.get(b).start();
    }

    private boolean delete() {
        int i = 1;
        if (word(i).equals("FROM")) {
            i++;
        }
        int end = name(i);
        if (end < 0) {
            return false;
        }
        i = end;
        if (atEnd(i)) {
            return true;
        }
        if (word(i).equals("AS")) {
            if (name(i + 1) != i + 2) {
                return false;
            }
            i += 2;
        } else if (isName(i) && !DELETE_CLAUSES.contains(word(i))) {
            boolean shortAlias = tokens.get(i).end() - tokens.get(i).start() == 1;
            i++;
            if (atEnd(i)) {
                return shortAlias;
            }
        }
        return atEnd(i) || DELETE_CLAUSES.contains(word(i));
    }

    private boolean update() {
        int i = 1;
        while (Set.of("LOW_PRIORITY", "IGNORE", "ONLY").contains(word(i))) {
            i++;
        }
        int end = name(i);
        if (end < 0) {
            return false;
        }
        i = end;
        if (word(i).equals("AS")) {
            i++;
        }
        if (!word(i).equals("SET") && isName(i)) {
            i++;
        }
        if (!word(i).equals("SET")) {
            return false;
        }
        i++;
        if (i < tokens.size() && tokens.get(i).isSymbol(text, '(')) {
            return true;
        }
        end = name(i);
        return end > 0 && end < tokens.size() && tokens.get(end).isSymbol(text, '=');
    }

    private boolean drop() {
        int i = 1;
        if (word(i).equals("TEMPORARY") || word(i).equals("TEMP")) {
            i++;
        }
        if (!DROP_TYPES.contains(word(i))) {
            return false;
        }
        if (word(i).equals("MATERIALIZED")) {
            i++;
            if (!word(i).equals("VIEW")) {
                return false;
            }
        }
        i++;
        if (word(i).equals("IF") && word(i + 1).equals("EXISTS")) {
            i += 2;
        }
        i = names(i);
        return i > 0 && (atEnd(i) || DROP_TAIL.contains(word(i)));
    }

    private boolean truncate() {
        int i = 1;
        if (word(i).equals("TABLE")) {
            i++;
        }
        if (word(i).equals("ONLY")) {
            i++;
        }
        if (word(i).equals("IF") && word(i + 1).equals("EXISTS")) {
            i += 2;
        }
        i = names(i);
        return i > 0 && (atEnd(i) || TRUNCATE_TAIL.contains(word(i)));
    }

    private boolean alter() {
        if (!word(1).equals("TABLE")) {
            return false;
        }
        int i = 2;
        while (Set.of("IF", "EXISTS", "ONLY", "ONLINE", "IGNORE").contains(word(i))) {
            i++;
        }
        int end = name(i);
        return end > 0 && ALTER_ACTIONS.contains(word(end));
    }

    /** A comma-separated list of names (a {@code *} may follow each); the index after it, or -1. */
    private int names(int from) {
        int i = name(from);
        while (i > 0) {
            if (i < tokens.size() && tokens.get(i).isSymbol(text, '*')) {
                i++;
            }
            if (i < tokens.size() && tokens.get(i).isSymbol(text, ',')) {
                i = name(i + 1);
            } else {
                return i;
            }
        }
        return -1;
    }

    /** A possibly qualified name at {@code i}; the index after it, or -1. */
    private int name(int i) {
        if (!isName(i)) {
            return -1;
        }
        int k = i + 1;
        while (k + 1 < tokens.size() && tokens.get(k).isSymbol(text, '.') && glued(k - 1, k) && glued(k, k + 1)
                && isName(k + 1)) {
            k += 2;
        }
        return k;
    }

    private boolean isName(int i) {
        if (i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        return switch (t.type()) {
            case WORD -> !RESERVED.contains(t.word(text)) && !STATUS.contains(t.word(text))
                    || t.text(text).equals(SqlPiece.UNKNOWN_FRAGMENT);
            case QUOTED_NAME -> true;
            case PLACEHOLDER -> text.startsWith("${", t.start());
            default -> false;
        };
    }

    private boolean atEnd(int i) {
        return i >= tokens.size() || (tokens.get(i).isSymbol(text, ';') && i == tokens.size() - 1);
    }

    private String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word(text) : "";
    }
}
