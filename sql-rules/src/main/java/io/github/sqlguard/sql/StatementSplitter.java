package io.github.sqlguard.sql;

import io.github.sqlguard.sql.BlockHead.Kind;
import io.github.sqlguard.sql.ScriptTokenizer.Piece;
import io.github.sqlguard.sql.Token.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Decides where statements start and end in a script.
 *
 * <p>A statement ends at a {@code ;}, at a MySQL custom delimiter (after {@code DELIMITER $$}), at a line holding
 * only {@code GO} (SQL Server) or {@code /} (SQL*Plus, also right after a {@code ;}: {@code END;/}), or at the end of
 * the text. While a custom delimiter is set, a {@code ;} outside a block still ends a statement: the client sends
 * {@code DELETE FROM a; DELETE FROM b$$} as one batch and the server runs both, and a {@code DELIMITER} that is never
 * set back to {@code ;} must not make the rest of the file one statement. A procedural block (a routine or
 * trigger with a body, an anonymous {@code BEGIN} or {@code DECLARE} block, a {@code DO} block) is one statement:
 * once its body has started, a {@code ;} ends it only where the {@code BEGIN}/{@code CASE} ... {@code END} nesting
 * returns to zero. A body in a string ({@code AS $$ ... $$}) is one token, so such statements end at the first
 * {@code ;} after it.
 */
public final class StatementSplitter {

    private StatementSplitter() {
    }

    /**
     * The statements of a script, in order. Each span runs from the statement's first code token to the end of its
     * last one, so leading and trailing comments and the delimiter are outside it. Empty and comment-only statements
     * are left out. An unterminated string, comment or dollar quote makes the rest of the text one statement.
     */
    public static List<Span> split(String text) {
        return text == null ? List.of() : split(text, 0, text.length());
    }

    /** The statements between {@code from} and {@code to}; offsets are those of {@code text}. */
    static List<Span> split(String text, int from, int to) {
        int start = Math.max(0, Math.min(from, text.length()));
        int end = Math.max(start, Math.min(to, text.length()));
        return new Splitter(text, new ScriptTokenizer(text, start, end), null, 0).run();
    }

    /**
     * A statement of a script with the code tokens the split read in it (comments left out), those that start in its
     * first {@code limit} characters, and the token it ends with.
     */
    record Read(Span span, List<Token> code, Token last, String note) {
    }

    /** Said of a {@code COPY ... FROM STDIN} whose data has no end line. */
    static final String COPY_DATA_UNTERMINATED = "the data after it has no \\. line to end it, so the data was taken"
            + " to end before the first line that starts like a statement";

    /**
     * Hands each statement of a script to {@code each} as soon as it is split off, with its tokens, so that a caller
     * need not read them again; the statements are those of {@link #split(String)}, and only one statement's tokens
     * are held at a time.
     */
    static void forEach(String text, int limit, Consumer<Read> each) {
        new Splitter(text, new ScriptTokenizer(text, 0, text.length()), each, limit).run();
    }

    /**
     * The statements inside a procedural block: the body of a dollar-quoted function or {@code DO} block, or the
     * statements between {@code BEGIN} and {@code END}; each span starts at the statement's own verb, so
     * {@code IF x THEN DELETE FROM t; END IF;} gives the span of {@code DELETE FROM t}.
     *
     * <p>Only statements that start with a data or schema verb are returned ({@code DELETE}, {@code UPDATE},
     * {@code INSERT}, {@code MERGE}, {@code SELECT}, {@code WITH}, {@code DROP}, {@code TRUNCATE}, {@code ALTER},
     * {@code CREATE}); control flow, assignments and calls are not. For dynamic SQL, {@code EXECUTE 'DROP TABLE x'},
     * {@code EXECUTE IMMEDIATE '...'}, {@code EXEC('...')} and {@code EXEC sp_executesql N'...'}, the statements
     * inside the first string literal are returned, with offsets inside its quotes; when the literal is concatenated
     * with something known only at run time ({@code 'DROP TABLE ' || name}) only the literal's own text is covered.
     * Where statements need no {@code ;} (T-SQL), a statement word at parenthesis depth 0 that follows a complete
     * expression ({@code ... WHERE id = @id DELETE FROM t}) starts a new statement; words that continue one
     * ({@code ON DELETE}, {@code FOR UPDATE}, {@code UNION SELECT}, {@code INSERT ... SELECT}, {@code MERGE ... THEN
     * UPDATE SET}, {@code DROP TABLE IF EXISTS}) do not.
     * Statements of nested blocks are included: a nested block (a {@code CREATE FUNCTION} inside a body) is returned
     * with {@link Span#block()} true, followed by its own statements, so callers need not call this method again on
     * the result. Empty for a span that is not a block.
     */
    public static List<Span> inner(String text, Span block) {
        return BlockStatements.inner(text, block);
    }

    /** One pass over a script, with a small look-ahead for {@code BEGIN} and {@code END}. */
    private static final class Splitter {
        private final String text;
        private final ScriptTokenizer scanner;
        private final ArrayDeque<Piece> ahead = new ArrayDeque<>();
        private boolean exhausted;
        private final List<Span> spans = new ArrayList<>();
        private final Statement current;
        /** Null when the spans are collected. */
        private final Consumer<Read> each;

        Splitter(String text, ScriptTokenizer scanner, Consumer<Read> each, int limit) {
            this.text = text;
            this.scanner = scanner;
            this.each = each;
            this.current = new Statement(text, each != null, limit);
        }

        List<Span> run() {
            Piece p;
            while ((p = take()) != null) {
                switch (p.kind()) {
                    case SEPARATOR -> finish();
                    case SEMICOLON -> semicolon(p.token());
                    case CODE -> code(p.token());
                }
            }
            finish();
            return spans;
        }

        private Piece take() {
            if (!ahead.isEmpty()) {
                return ahead.poll();
            }
            return exhausted ? null : pull();
        }

        /** The piece {@code n} places ahead of the last one taken (1 is the next), or null past the end. */
        private Piece peek(int n) {
            while (ahead.size() < n && !exhausted) {
                Piece p = pull();
                if (p != null) {
                    ahead.add(p);
                }
            }
            if (ahead.size() < n) {
                return null;
            }
            Iterator<Piece> it = ahead.iterator();
            Piece p = null;
            for (int i = 0; i < n; i++) {
                p = it.next();
            }
            return p;
        }

        private Piece pull() {
            Piece p = scanner.next();
            if (p == null) {
                exhausted = true;
            }
            return p;
        }

        /** The code token {@code n} places ahead, or null when a separator or the end comes first. */
        private Token peekToken(int n) {
            for (int i = 1; i <= n; i++) {
                Piece p = peek(i);
                if (p == null || p.kind() == ScriptTokenizer.Kind.SEPARATOR) {
                    return null;
                }
                if (i == n) {
                    return p.token();
                }
            }
            return null;
        }

        private void semicolon(Token t) {
            Statement s = current;
            if (!s.started()) {
                return;
            }
            s.decide(text, true);
            if (s.endsAtSemicolon(t)) {
                if (s.copyFromStdin && ahead.isEmpty() && !scanner.skipCopyData()) {
                    s.note = COPY_DATA_UNTERMINATED;
                }
                finish();
            } else {
                s.add(t, true);
            }
        }

        private void code(Token t) {
            Statement s = current;
            if (!s.started()) {
                if (t.isSymbol(text, ';')) {
                    return;
                }
                s.begin(t);
            }
            Token before = s.last;
            s.add(t, t.isSymbol(text, ';'));
            if (s.head == null) {
                s.decide(text, false);
            }
            if (t.type() == Type.WORD) {
                word(s, t, before != null && before.isWord(text, "END"));
                if (t.isWord(text, "STDIN") && before != null && before.isWord(text, "FROM")
                        && s.headTokens.get(0).isWord(text, "COPY")) {
                    s.copyFromStdin = true;
                }
            }
        }

        private void word(Statement s, Token t, boolean afterEnd) {
            if (t.isWord(text, "BEGIN")) {
                if (BlockHead.beginOpensBlock(text, peekToken(1), peekToken(2))) {
                    s.level++;
                    s.beginSeen = true;
                    s.bodyOpened = true;
                }
                return;
            }
            if (t.isWord(text, "CASE")) {
                if (!afterEnd) {
                    s.level++;
                }
                return;
            }
            if (t.isWord(text, "END")) {
                if (closesLevel()) {
                    s.level = Math.max(0, s.level - 1);
                }
                return;
            }
            if (s.head == null || !s.head.kind().isBlock() || t.depth() > s.baseDepth) {
                return;
            }
            Kind kind = s.head.kind();
            if (t.isWord(text, "AS") || t.isWord(text, "IS")) {
                bodyKeyword(s, kind);
            } else if (t.isWord(text, "DECLARE")) {
                s.bodyOpened = true;
            } else if (kind == Kind.ROUTINE && Words.any(text, t, Words.SINGLE_STATEMENT_BODY)) {
                s.statementSeen = true;
            } else if (kind == Kind.TRIGGER) {
                if (t.isWord(text, "REFERENCING") || t.isWord(text, "EACH")) {
                    s.triggerClauseSeen = true;
                } else if (t.isWord(text, "COMPOUND")) {
                    Token next = peekToken(1);
                    if (next != null && next.isWord(text, "TRIGGER")) {
                        s.level++;
                        s.beginSeen = true;
                        s.bodyOpened = true;
                    }
                }
            }
        }

        /** {@code IS} or {@code AS} at the top level of a block statement. */
        private void bodyKeyword(Statement s, Kind kind) {
            if (s.bodyOpened && kind != Kind.PACKAGE) {
                return;
            }
            Token next = peekToken(1);
            boolean stringBody = next != null && next.type() == Type.STRING;
            switch (kind) {
                case ROUTINE -> s.bodyOpened = !stringBody && !s.statementSeen;
                case TRIGGER -> s.bodyOpened = !stringBody && !s.triggerClauseSeen;
                case PACKAGE -> {
                    if (!s.packageOpened) {
                        s.packageOpened = true;
                        s.bodyOpened = true;
                        s.beginSeen = true;
                        s.level++;
                    }
                }
                default -> {
                }
            }
        }

        /**
         * Whether the {@code END} just read closes a level: not for {@code END IF;}, {@code END LOOP [label];} and
         * the like, but it does for T-SQL's {@code END} followed by a new {@code IF @x = 1} statement.
         */
        private boolean closesLevel() {
            Token next = peekToken(1);
            if (next == null || !Words.any(text, next, Words.END_WITHOUT_LEVEL)) {
                return true;
            }
            Token second = peekToken(2);
            if (second == null || second.isSymbol(text, ';')) {
                return false;
            }
            if (next.isWord(text, "IF") || second.type() != Type.WORD || text.charAt(second.start()) == '@') {
                return true;
            }
            Token third = peekToken(3);
            return third != null && !third.isSymbol(text, ';');
        }

        private void finish() {
            Statement s = current;
            if (s.started()) {
                s.decide(text, true);
                Span span = new Span(s.start, s.end, s.isBlock(text));
                if (each == null) {
                    spans.add(span);
                } else {
                    List<Token> code = s.code;
                    int kept = code.size();
                    while (kept > 0 && code.get(kept - 1).start() >= s.end) {
                        kept--;
                    }
                    each.accept(new Read(span, kept == code.size() ? code : code.subList(0, kept), s.endToken,
                            s.note));
                    s.code = new ArrayList<>();
                }
            }
            s.reset();
            scanner.resetDepth();
        }
    }

    /** What is known about the statement being read. */
    private static final class Statement {
        int start = -1;
        int end;
        int baseDepth;
        final List<Token> headTokens = new ArrayList<>(BlockHead.MAX_TOKENS);
        BlockHead head;
        int level;
        boolean beginSeen;
        boolean bodyOpened;
        boolean packageOpened;
        /** A routine whose body is a single statement (MySQL): its {@code AS} aliases open nothing. */
        boolean statementSeen;
        /** {@code REFERENCING} or {@code FOR EACH}: an {@code AS} after them is not a T-SQL trigger body. */
        boolean triggerClauseSeen;
        /** The last code token so far. */
        Token last;
        /** PostgreSQL {@code COPY ... FROM STDIN}: data lines follow its {@code ;}. */
        boolean copyFromStdin;
        /** What could not be read as it should, to be said of the statement. */
        String note;
        private final String source;
        /** Whether {@link #code} is kept, for tokens that start in the first {@code codeLimit} characters. */
        private final boolean keepCode;
        private final int codeLimit;
        /** The code tokens so far, when kept, with their depths as lexing the statement on its own gives them. */
        List<Token> code = new ArrayList<>();
        /** As {@link #code}, the last code token that is part of the span (a {@code ;} that ends nothing is not). */
        Token endToken;
        /**
         * The parenthesis depth of the statement on its own. The split's lexer counts from the last statement
         * boundary, but the tokens it read ahead of a boundary carry the depth of the statement before.
         */
        int ownDepth;

        Statement(String source, boolean keepCode, int codeLimit) {
            this.source = source;
            this.keepCode = keepCode;
            this.codeLimit = codeLimit;
        }

        boolean started() {
            return start >= 0;
        }

        void begin(Token first) {
            start = first.start();
            baseDepth = first.depth();
        }

        /** A {@code ;} that did not end the statement stays out of its span unless code follows it. */
        void add(Token t, boolean semicolon) {
            last = t;
            Token own = keepCode ? withOwnDepth(t) : t;
            if (!semicolon) {
                end = t.end();
                endToken = own;
            }
            if (keepCode && t.start() - start < codeLimit) {
                code.add(own);
            }
            if (head == null && headTokens.size() < BlockHead.MAX_TOKENS) {
                headTokens.add(t);
            }
        }

        /** {@code t} with the depth the lexer gives it when it starts at the statement: see {@link #ownDepth}. */
        private Token withOwnDepth(Token t) {
            int depth = ownDepth;
            if (t.type() == Type.SYMBOL && t.end() - t.start() == 1) {
                char c = source.charAt(t.start());
                if (c == '(') {
                    ownDepth++;
                } else if (c == ')') {
                    ownDepth = Math.max(0, ownDepth - 1);
                    depth = ownDepth;
                }
            }
            return depth == t.depth() ? t : new Token(t.type(), t.start(), t.end(), depth, t.unterminated());
        }

        void decide(String text, boolean complete) {
            if (head != null) {
                return;
            }
            head = BlockHead.classify(text, headTokens, complete || headTokens.size() >= BlockHead.MAX_TOKENS);
            if (head != null && head.kind() == Kind.DECLARE) {
                bodyOpened = true;
            }
        }

        /** {@code ALTER PROCEDURE p COMPILE} and the like count as blocks only when they have a body. */
        boolean isBlock(String text) {
            return head.kind().isBlock() && (bodyOpened || !headTokens.get(0).isWord(text, "ALTER"));
        }

        boolean endsAtSemicolon(Token semicolon) {
            if (head.kind() == Kind.RULE) {
                return semicolon.depth() <= baseDepth;
            }
            return !head.kind().isBlock() || !bodyOpened || (beginSeen && level == 0);
        }

        void reset() {
            start = -1;
            end = 0;
            headTokens.clear();
            head = null;
            level = 0;
            beginSeen = false;
            bodyOpened = false;
            packageOpened = false;
            statementSeen = false;
            triggerClauseSeen = false;
            last = null;
            copyFromStdin = false;
            note = null;
            code.clear();
            endToken = null;
            ownDepth = 0;
        }
    }
}
