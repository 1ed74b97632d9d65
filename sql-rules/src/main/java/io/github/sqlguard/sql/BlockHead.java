package io.github.sqlguard.sql;

import io.github.sqlguard.sql.Token.Type;
import java.util.List;

/**
 * Reads the first code tokens of a statement and tells whether it starts a procedural block, and which kind.
 *
 * @param kind      what the statement is
 * @param kindIndex index of the token that decided the kind ({@code PROCEDURE}, {@code BEGIN}, ...), or -1
 */
record BlockHead(Kind kind, int kindIndex) {

    /** Enough tokens to see past {@code CREATE OR REPLACE DEFINER=`a`@`b` EDITIONABLE PACKAGE BODY}. */
    static final int MAX_TOKENS = 16;

    enum Kind {
        PLAIN,
        /** {@code CREATE|ALTER PROCEDURE|PROC|FUNCTION}. */
        ROUTINE,
        TRIGGER,
        /** MySQL {@code CREATE EVENT ... DO}. */
        EVENT,
        /** Oracle {@code PACKAGE}, {@code PACKAGE BODY} and {@code TYPE BODY}: the first IS/AS opens a level. */
        PACKAGE,
        /** An anonymous {@code BEGIN ... END}. */
        BEGIN,
        /** An anonymous {@code DECLARE ... BEGIN ... END}. */
        DECLARE,
        /** PostgreSQL {@code DO $$ ... $$}. */
        DO,
        /** PostgreSQL {@code CREATE RULE ... DO [ALSO|INSTEAD] command}: the command runs on every event. */
        RULE,
        /**
         * A statement that runs others: T-SQL's {@code IF}, {@code ELSE} and {@code WHILE} outside a routine,
         * dynamic SQL ({@code EXEC('...')}, {@code EXECUTE IMMEDIATE '...'}, {@code PREPARE s FROM '...'}),
         * {@code PREPARE s AS DELETE ...} and {@code EXPLAIN ANALYZE DELETE ...}, which executes what it explains.
         */
        CONTROL;

        boolean isBlock() {
            return this != PLAIN;
        }
    }

    static final BlockHead PLAIN = new BlockHead(Kind.PLAIN, -1);

    /**
     * Classifies a statement from its first tokens (code only, comments removed).
     *
     * @param complete true when {@code tokens} holds all the tokens there will be (the statement ended, or
     *                 {@link #MAX_TOKENS} were collected)
     * @return the head, or null when more tokens are needed to decide
     */
    static BlockHead classify(String text, List<Token> tokens, boolean complete) {
        Reader r = new Reader(text, tokens);
        BlockHead head = r.read();
        return r.missing && !complete ? null : head;
    }

    /** True for {@code BEGIN} that opens a block, given the two code tokens after it (null when there are none). */
    static boolean beginOpensBlock(String text, Token next, Token afterNext) {
        if (next == null || next.isSymbol(text, ';')) {
            return false;
        }
        if (next.type() != Type.WORD) {
            return true;
        }
        if (next.isWord(text, "NOT")) {
            return afterNext != null && afterNext.isWord(text, "ATOMIC");
        }
        return !Words.any(text, next, Words.TRANSACTION_AFTER_BEGIN);
    }

    private static final class Reader {
        private final String text;
        private final List<Token> tokens;
        boolean missing;

        Reader(String text, List<Token> tokens) {
            this.text = text;
            this.tokens = tokens;
        }

        private Token at(int i) {
            if (i < tokens.size()) {
                return tokens.get(i);
            }
            missing = true;
            return null;
        }

        private boolean word(int i, String w) {
            Token t = at(i);
            return t != null && t.isWord(text, w);
        }

        private boolean symbol(int i, char c) {
            Token t = at(i);
            return t != null && t.isSymbol(text, c);
        }

        BlockHead read() {
            int i = skipLabel();
            Token first = at(i);
            if (first == null || first.type() != Type.WORD) {
                return PLAIN;
            }
            boolean labelled = i > 0;
            if (first.isWord(text, "BEGIN")) {
                return beginOpensBlock(text, at(i + 1), at(i + 2)) ? new BlockHead(Kind.BEGIN, i) : PLAIN;
            }
            if (first.isWord(text, "DECLARE")) {
                return declare(i);
            }
            if (labelled) {
                return PLAIN;
            }
            if (first.isWord(text, "DO")) {
                Token next = at(1);
                boolean body = next != null && (next.type() == Type.STRING || next.isWord(text, "LANGUAGE"));
                return body ? new BlockHead(Kind.DO, 0) : PLAIN;
            }
            if (first.isWord(text, "CREATE")) {
                return create();
            }
            if (Words.any(text, first, Words.CONTROL_HEADS)) {
                return new BlockHead(Kind.CONTROL, 0);
            }
            if (first.isWord(text, "EXEC") || first.isWord(text, "EXECUTE")) {
                return runsString(1) ? new BlockHead(Kind.CONTROL, 0) : PLAIN;
            }
            if (first.isWord(text, "PREPARE")) {
                return word(2, "FROM") || word(2, "AS") || symbol(2, '(') ? new BlockHead(Kind.CONTROL, 0) : PLAIN;
            }
            if (first.isWord(text, "EXPLAIN")) {
                return explainAnalyze() ? new BlockHead(Kind.CONTROL, 0) : PLAIN;
            }
            if (first.isWord(text, "ALTER")) {
                return routineKind(1);
            }
            return PLAIN;
        }

        /** {@code EXEC('...')}, {@code EXEC sp_executesql N'...'}, {@code EXECUTE IMMEDIATE '...'} (H2, DB2). */
        private boolean runsString(int i) {
            for (int j = i; j < i + 6; j++) {
                Token t = at(j);
                if (t == null) {
                    return false;
                }
                if (t.type() == Type.STRING) {
                    return true;
                }
                if (!(t.isSymbol(text, '(') || t.isSymbol(text, '.') || Words.any(text, t, Words.BEFORE_DYNAMIC_SQL)
                        || t.isWord(text, "@STMT") || t.isSymbol(text, '='))) {
                    return false;
                }
            }
            return false;
        }

        /** {@code EXPLAIN ANALYZE ...} or {@code EXPLAIN (ANALYZE[, ...]) ...}: the statement is run. */
        private boolean explainAnalyze() {
            if (word(1, "ANALYZE") || word(1, "ANALYSE")) {
                return true;
            }
            if (!symbol(1, '(')) {
                return false;
            }
            for (int j = 2; j < MAX_TOKENS; j++) {
                Token t = at(j);
                if (t == null || t.isSymbol(text, ')')) {
                    return false;
                }
                if (t.isWord(text, "ANALYZE") || t.isWord(text, "ANALYSE")) {
                    Token value = at(j + 1);
                    return value == null || !(value.isWord(text, "FALSE") || value.isWord(text, "OFF")
                            || (value.type() == Type.NUMBER && text.charAt(value.start()) == '0'));
                }
            }
            return false;
        }

        /** Skips an Oracle label {@code <<name>>}; returns the index after it, or 0. */
        private int skipLabel() {
            if (symbol(0, '<') && symbol(1, '<') && symbol(3, '>') && symbol(4, '>')) {
                return 5;
            }
            return 0;
        }

        /**
         * T-SQL {@code DECLARE @x}, cursor declarations and DB2's {@code DECLARE GLOBAL TEMPORARY TABLE} are plain
         * statements; Oracle's {@code DECLARE} starts a block.
         */
        private BlockHead declare(int i) {
            Token next = at(i + 1);
            if (next == null) {
                return PLAIN;
            }
            if (next.type() == Type.WORD && next.text(text).startsWith("@")) {
                return PLAIN;
            }
            if (next.isWord(text, "GLOBAL") && word(i + 2, "TEMPORARY")) {
                return PLAIN;
            }
            if (!next.isWord(text, "CURSOR")) {
                for (int j = i + 2; j <= i + 7; j++) {
                    Token t = at(j);
                    if (t == null || t.isSymbol(text, ';')) {
                        break;
                    }
                    if (t.isWord(text, "CURSOR")) {
                        return PLAIN;
                    }
                }
            }
            return new BlockHead(Kind.DECLARE, i);
        }

        private BlockHead create() {
            int i = 1;
            if (word(i, "OR") && (word(i + 1, "REPLACE") || word(i + 1, "ALTER"))) {
                i += 2;
            }
            for (int guard = 0; guard < 4; guard++) {
                Token t = at(i);
                if (t == null) {
                    return PLAIN;
                }
                if (Words.any(text, t, Words.CREATE_MODIFIERS)) {
                    i++;
                } else if (t.isWord(text, "DEFINER")) {
                    i = skipDefiner(i + 1);
                } else {
                    break;
                }
            }
            return routineKind(i);
        }

        /** Skips {@code = user}, {@code = 'u'@'h'}, {@code = `u`@`h`}, {@code = CURRENT_USER()}. */
        private int skipDefiner(int i) {
            if (symbol(i, '=')) {
                i++;
            }
            i++;
            if (symbol(i, '(') && symbol(i + 1, ')')) {
                return i + 2;
            }
            Token at = at(i);
            if (at != null && at.type() == Type.WORD && text.charAt(at.start()) == '@') {
                return at.end() - at.start() == 1 ? i + 2 : i + 1;
            }
            return i;
        }

        private BlockHead routineKind(int i) {
            Token t = at(i);
            if (t == null) {
                return PLAIN;
            }
            if (t.isWord(text, "PROCEDURE") || t.isWord(text, "PROC") || t.isWord(text, "FUNCTION")) {
                return new BlockHead(Kind.ROUTINE, i);
            }
            if (t.isWord(text, "TRIGGER")) {
                return new BlockHead(Kind.TRIGGER, i);
            }
            if (t.isWord(text, "EVENT")) {
                return new BlockHead(Kind.EVENT, i);
            }
            if (t.isWord(text, "PACKAGE")) {
                return new BlockHead(Kind.PACKAGE, i);
            }
            if (t.isWord(text, "TYPE") && word(i + 1, "BODY")) {
                return new BlockHead(Kind.PACKAGE, i);
            }
            if (t.isWord(text, "RULE") && word(0, "CREATE")) {
                return new BlockHead(Kind.RULE, i);
            }
            return PLAIN;
        }
    }
}
