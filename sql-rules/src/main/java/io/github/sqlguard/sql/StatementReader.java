package io.github.sqlguard.sql;

import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.sql.Token.Type;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Turns pieces into statements: splits scripts, extracts the statements inside procedural blocks, reads facts from
 * tokens, and parses DELETE and UPDATE with JSqlParser.
 */
public final class StatementReader {

    /**
     * Parse trees kept per piece, in characters of SQL: about 50 bytes of tree each. Past it, statements keep their
     * facts but not their trees, so a script of a million UPDATEs does not hold a million trees; the rules then read
     * those statements' WHERE from its tokens, as they do for statements that do not parse.
     */
    static final int MAX_TREE_CHARS = 250_000;

    /**
     * A statement's facts come from the tokens in its first this many characters. A longer one (a generated
     * multi-row INSERT) is still lexed to its end, so an unterminated string is found, but its tokens are not all
     * kept; a DELETE or UPDATE that long is reported as read in part.
     */
    static final int MAX_READ_CHARS = 1_000_000;

    private final SqlParser parser;

    public StatementReader(SqlParser parser) {
        this.parser = parser;
    }

    /** The statements of one piece, and how many characters of parse trees they keep. */
    private static final class Batch {
        final List<SqlStatement> statements = new ArrayList<>();
        long treeChars;
        /** Literals outside blocks assigned to variables that the script executes, in order of offset. */
        List<int[]> executedLiterals = List.of();
    }

    public List<SqlStatement> read(SqlPiece piece) {
        String text = piece.text();
        Batch batch = new Batch();
        if (piece.has(PieceFact.SINGLE_STATEMENT)) {
            List<Token> code = SqlLexer.code(text, 0, text.length());
            if (!code.isEmpty()) {
                int start = code.get(0).start();
                int end = code.get(code.size() - 1).end();
                if (code.get(code.size() - 1).isSymbol(text, ';') && code.size() > 1) {
                    end = code.get(code.size() - 2).end();
                }
                add(piece, new Span(start, end, false), false, batch);
            }
            return batch.statements;
        }
        if (ExecutedVariables.mayHold(text)) {
            batch.executedLiterals = ExecutedVariables.literals(text, SqlLexer.code(text, 0, text.length()));
        }
        StatementSplitter.forEach(text, MAX_READ_CHARS, read -> add(piece, read, batch));
        return batch.statements;
    }

    /** Adds a statement of the script, with the tokens the split read in it. */
    private void add(SqlPiece piece, StatementSplitter.Read read, Batch batch) {
        Span span = read.span();
        add(piece, span, false, read.code(), read.last(), read.note(), batch);
        if (!span.block()) {
            for (int[] literal : batch.executedLiterals) {
                if (literal[0] >= span.start() && literal[1] <= span.end()) {
                    for (Span s : StatementSplitter.split(piece.text(), literal[0], literal[1])) {
                        add(piece, s, true, batch);
                    }
                }
            }
        }
    }

    private void add(SqlPiece piece, Span span, boolean inner, Batch batch) {
        List<Token> code = new ArrayList<>();
        Token last = lex(piece.text(), span.start(), span.end(), code);
        add(piece, span, inner, code, last, null, batch);
    }

    private void add(SqlPiece piece, Span span, boolean inner, List<Token> code, Token last, String note,
            Batch batch) {
        String text = piece.text();
        boolean fragment = inner && (continuesAtRunTime(text, span.start(), span.end())
                || continuedFromBefore(text, span.start()));
        Token open = last != null && last.unterminated() && !fragment ? last : null;
        boolean cut = span.end() - span.start() > MAX_READ_CHARS;
        StatementFacts facts = TokenFacts.analyze(text, code);
        if (fragment) {
            facts = facts.withFilter(facts.hasWhere(), facts.joinFiltered(), !facts.hasWhere(), facts.whereStart(),
                    facts.whereEnd());
        }
        if (span.block() && facts.verb() != Verb.BLOCK) {
            facts = StatementFacts.of(Verb.BLOCK, facts.objectType(), List.of(), false, facts.nestingDepth());
        }
        ParseOutcome outcome = ParseOutcome.NOT_ATTEMPTED;
        if (note != null) {
            outcome = new ParseOutcome(null, note);
        } else if (open != null) {
            outcome = new ParseOutcome(null, "a " + kind(open) + " opened here is never closed, so the rest of the"
                    + " text was read as part of it");
        } else if (cut && facts.verb().isDml()) {
            outcome = new ParseOutcome(null, "longer than " + MAX_READ_CHARS + " characters; only its first "
                    + MAX_READ_CHARS + " were read");
        } else if (facts.verb().isDml() && !facts.whereUnknown() && !PlainFilter.filters(text, code, facts)
                && !PlainFilter.plainlyUnfiltered(text, code, facts)) {
            String sql = normalize(text, code);
            outcome = parser.parse(sql, facts.nestingDepth());
            if (outcome.parsed()) {
                facts = refine(facts, outcome.ast());
                batch.treeChars += sql.length();
                if (batch.treeChars > MAX_TREE_CHARS) {
                    outcome = ParseOutcome.NOT_ATTEMPTED;
                }
            }
        }
        batch.statements.add(new SqlStatement(piece, span.start(), span.end(), inner, facts, outcome));
        for (Span embedded : EmbeddedStatements.of(text, code)) {
            add(piece, embedded, true, batch);
        }
        if (facts.verb() == Verb.BLOCK) {
            for (Span innerSpan : StatementSplitter.inner(text, span)) {
                if (innerSpan.start() >= span.start() && innerSpan.end() <= span.end()
                        && innerSpan.end() > innerSpan.start()
                        && !(innerSpan.start() == span.start() && innerSpan.end() == span.end())) {
                    add(piece, innerSpan, true, batch);
                }
            }
        }
    }

    /**
     * Adds the code tokens (no comments) between {@code start} and {@code end} that start in the first
     * {@link #MAX_READ_CHARS} characters to {@code code}, and returns the last token, or null when there is none. An
     * unterminated token runs to {@code end}, so only the last one can be.
     */
    static Token lex(String text, int start, int end, List<Token> code) {
        SqlLexer lexer = SqlLexer.stream(text, start, end);
        Token last = null;
        Token t;
        while ((t = lexer.next()) != null) {
            if (t.type() != Type.COMMENT && t.start() - start < MAX_READ_CHARS) {
                code.add(t);
            }
            last = t;
        }
        return last;
    }

    /**
     * True when a statement taken from a dynamic SQL literal goes on in code: {@code 'DELETE FROM t' || ' WHERE ...'},
     * {@code 'DELETE FROM t' + @where} and {@code CONCAT('DELETE FROM ', t, ' WHERE ...')} are only known at run time,
     * so the WHERE may be in the part that follows, and a quote opened in the literal may be closed there. The literal
     * that {@code format('DELETE FROM %I', t)} fills in is the whole statement.
     */
    private static boolean continuesAtRunTime(String text, int start, int end) {
        int i = skipSpace(text, end);
        if (i < text.length() && text.charAt(i) == '\'') {
            i++;
        } else if (i < text.length() && text.charAt(i) == '$') {
            int close = text.indexOf('$', i + 1);
            if (close < 0) {
                return false;
            }
            i = close + 1;
        } else {
            return false;
        }
        i = skipSpace(text, i);
        if (text.startsWith("||", i) || (i < text.length() && text.charAt(i) == '+')) {
            return true;
        }
        return i < text.length() && text.charAt(i) == ',' && !formatArgument(text, start);
    }

    /** Whether the literal holding {@code start} is the first argument of {@code format(}. */
    private static boolean formatArgument(String text, int start) {
        int i = before(text, literalStart(text, start));
        if (i < 0 || text.charAt(i) != '(') {
            return false;
        }
        i = before(text, i);
        return i >= 5 && text.regionMatches(true, i - 5, "format", 0, 6);
    }

    /** True for the literal in {@code 'DELETE FROM ' || t || ' WHERE ...'} after {@code ||}, {@code +} or {@code ,}. */
    private static boolean continuedFromBefore(String text, int start) {
        int i = before(text, literalStart(text, start));
        return i >= 0 && (text.charAt(i) == ',' || text.charAt(i) == '+'
                || (text.charAt(i) == '|' && i > 0 && text.charAt(i - 1) == '|'));
    }

    /** The offset of the opening quote (or dollar tag) of the literal holding {@code offset}. */
    private static int literalStart(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) != '\'' && text.charAt(i) != '$') {
            i--;
        }
        if (i > 0 && text.charAt(i) == '$') {
            i = text.lastIndexOf('$', i - 1);
        }
        if (i > 0 && (text.charAt(i - 1) == 'N' || text.charAt(i - 1) == 'n')) {
            i--;
        }
        return i;
    }

    /** The offset of the last character before {@code offset} that is not white space, or -1. */
    private static int before(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String kind(Token t) {
        return switch (t.type()) {
            case COMMENT -> "comment";
            case QUOTED_NAME -> "quoted name";
            default -> "string";
        };
    }

    /** The tokens on one line, comments dropped, placeholders as {@code ?} and run-time fragments as a name. */
    static String normalize(String text, List<Token> code) {
        StringBuilder sb = new StringBuilder();
        int previousEnd = -1;
        for (Token t : code) {
            if (previousEnd >= 0 && t.start() > previousEnd) {
                sb.append(' ');
            }
            if (t.type() == Type.PLACEHOLDER) {
                sb.append(text.startsWith("${", t.start()) ? io.github.sqlguard.core.SqlPiece.UNKNOWN_FRAGMENT : "?");
            } else {
                sb.append(text, t.start(), t.end());
            }
            previousEnd = t.end();
        }
        int last = sb.length() - 1;
        while (last >= 0 && (sb.charAt(last) == ';' || sb.charAt(last) == ' ')) {
            sb.setLength(last--);
        }
        return sb.toString();
    }

    private static StatementFacts refine(StatementFacts lexical, Statement ast) {
        List<String> tables = lexical.tables();
        Expression where = null;
        List<Join> joins = null;
        if (ast instanceof Delete delete) {
            if (delete.getTable() != null) {
                tables = List.of(TokenFacts.unquote(delete.getTable().getFullyQualifiedName()));
            }
            where = delete.getWhere();
            joins = delete.getJoins();
        } else if (ast instanceof Update update) {
            if (update.getTable() != null) {
                tables = List.of(TokenFacts.unquote(update.getTable().getFullyQualifiedName()));
            }
            where = update.getWhere();
            joins = update.getStartJoins() != null ? update.getStartJoins() : update.getJoins();
        } else {
            return lexical;
        }
        boolean joinFiltered = joins != null && joins.stream().anyMatch(StatementReader::filters);
        tables = tables.stream().map(StatementReader::stripQuotes).toList();
        return lexical.withTables(tables).withFilter(where != null, joinFiltered || lexical.joinFiltered(),
                lexical.whereUnknown() && where == null, lexical.whereStart(), lexical.whereEnd());
    }

    private static boolean filters(Join join) {
        boolean outer = join.isLeft() || join.isRight() || join.isFull() || join.isOuter() || join.isCross()
                || join.isNatural();
        return !outer && join.getOnExpressions() != null && !join.getOnExpressions().isEmpty();
    }

    private static String stripQuotes(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("\\.", -1)) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(TokenFacts.unquote(part));
        }
        return sb.toString();
    }
}
