package io.github.sqlguard.sql;

import io.github.sqlguard.core.SqlPiece;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Settles a DELETE or UPDATE from its tokens alone, so that the parser need not be asked. It filters its rows when the
 * statement has a top-level WHERE that is well formed as far as tokens tell (balanced parentheses, no empty term, not
 * ending on an operator), has no top-level {@code OR}, no term starting with {@code NOT} and no run-time fragment,
 * and one of its top-level {@code AND} terms compares a plain column with something else ({@code id = ?},
 * {@code status NOT IN (...)}, {@code name LIKE 'a%'}, {@code deleted_at IS NULL}). Such a term can be false, so the
 * statement is neither unfiltered nor always true, whatever else it holds. It plainly touches every row when it is
 * {@code DELETE FROM t} or {@code UPDATE t SET ...} and nothing else ({@link #plainlyUnfiltered}). Most statements
 * of real migrations and application code have one of these shapes; everything else is parsed.
 */
final class PlainFilter {

    private static final Set<String> COMPARISONS = Set.of("=", "<", ">", "<=", ">=", "<>", "!=");
    private static final Set<String> WORD_OPERATORS = Set.of("IN", "LIKE", "ILIKE", "BETWEEN", "IS");
    private static final Set<String> NOT_A_COLUMN = Set.of("NOT", "EXISTS", "TRUE", "FALSE", "NULL", "CASE",
            "CURRENT", "SELECT", "AND", "OR", "IN", "LIKE", "ILIKE", "BETWEEN", "IS");

    private PlainFilter() {
    }

    static boolean filters(String text, List<Token> code, StatementFacts facts) {
        if (!facts.verb().isDml() || !facts.hasWhere() || facts.whereStart() < 0
                || facts.whereEnd() <= facts.whereStart()) {
            return false;
        }
        int from = 0;
        while (from < code.size() && code.get(from).start() < facts.whereStart()) {
            from++;
        }
        int to = from;
        while (to < code.size() && code.get(to).end() <= facts.whereEnd()) {
            to++;
        }
        if (from >= to) {
            return false;
        }
        List<Token> where = code.subList(from, to);
        int base = where.get(0).depth();
        int open = 0;
        for (Token t : where) {
            if (t.depth() < base || isFragment(text, t) || (t.depth() == base && t.isWord(text, "OR"))) {
                return false;
            }
            open += t.isSymbol(text, '(') ? 1 : t.isSymbol(text, ')') ? -1 : 0;
            if (open < 0) {
                return false;
            }
        }
        if (open != 0 || endsUnfinished(text, where.get(where.size() - 1))) {
            return false;
        }
        List<List<Token>> terms = new ArrayList<>();
        int termStart = 0;
        for (int i = 0; i <= where.size(); i++) {
            if (i == where.size() || (where.get(i).depth() == base && where.get(i).isWord(text, "AND"))) {
                if (termStart == i || where.get(termStart).isWord(text, "NOT")) {
                    return false;
                }
                terms.add(where.subList(termStart, i));
                termStart = i + 1;
            }
        }
        return terms.stream().anyMatch(term -> comparesColumn(text, term));
    }

    /** A WHERE whose last token is an operator or a keyword that needs something after it is cut short. */
    private static boolean endsUnfinished(String text, Token last) {
        return (last.type() == Token.Type.SYMBOL && !last.isSymbol(text, ')'))
                || (last.type() == Token.Type.WORD && UNFINISHED.contains(last.word(text)));
    }

    private static final Set<String> UNFINISHED = Set.of("AND", "OR", "NOT", "IN", "LIKE", "ILIKE", "IS",
            "BETWEEN", "ESCAPE");

    /**
     * True for the plainest statement that touches every row: {@code DELETE FROM t} or {@code UPDATE t SET ...}
     * with nothing after the SET list at its top level (no WHERE, FROM, JOIN, USING, LIMIT, RETURNING) and no
     * run-time fragment. Its verdict is certain without the parser.
     */
    static boolean plainlyUnfiltered(String text, List<Token> code, StatementFacts facts) {
        if (!facts.verb().isDml() || facts.hasWhere() || facts.joinFiltered() || code.isEmpty()) {
            return false;
        }
        int end = code.size();
        if (code.get(end - 1).isSymbol(text, ';')) {
            end--;
        }
        if (code.get(0).isWord(text, "DELETE")) {
            return end >= 3 && code.get(1).isWord(text, "FROM") && qualifiedName(text, code, 2) == end
                    && !isFragment(text, code.get(2));
        }
        if (!code.get(0).isWord(text, "UPDATE")) {
            return false;
        }
        int set = qualifiedName(text, code, 1);
        if (set == 1 || set + 1 >= end || !code.get(set).isWord(text, "SET")) {
            return false;
        }
        int base = code.get(0).depth();
        for (int i = 1; i < end; i++) {
            Token t = code.get(i);
            if (t.depth() < base || isFragment(text, t)
                    || (i > set && t.depth() == base && UNFILTERED_STOP.contains(t.word(text)))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> UNFILTERED_STOP = Set.of("WHERE", "FROM", "JOIN", "USING", "ON", "LIMIT",
            "ORDER", "RETURNING", "OUTPUT", "OPTION", "WITH", "CURRENT");

    /** The index after a name such as {@code s.t} starting at {@code from}; {@code from} when there is none. */
    private static int qualifiedName(String text, List<Token> code, int from) {
        int i = from;
        while (i < code.size() && (code.get(i).type() == Token.Type.WORD
                || code.get(i).type() == Token.Type.QUOTED_NAME)) {
            i++;
            if (i + 1 < code.size() && code.get(i).isSymbol(text, '.')) {
                i++;
            } else {
                return i;
            }
        }
        return from;
    }

    /** {@code column op value}: a (qualified) column, a comparison, and a value that is not the same column. */
    private static boolean comparesColumn(String text, List<Token> term) {
        int i = 0;
        Set<String> columnParts = new HashSet<>();
        while (true) {
            if (i >= term.size() || !isName(text, term.get(i))) {
                return false;
            }
            columnParts.add(term.get(i).text(text).toUpperCase(Locale.ROOT));
            i++;
            if (i + 1 < term.size() && term.get(i).isSymbol(text, '.')) {
                i++;
            } else {
                break;
            }
        }
        if (i >= term.size()) {
            return false;
        }
        Token op = term.get(i);
        String operator;
        if (op.type() == Token.Type.WORD) {
            operator = op.word(text);
            if (operator.equals("NOT") && i + 1 < term.size() && !term.get(i + 1).isWord(text, "IS")) {
                operator = term.get(++i).word(text);
            }
            if (!WORD_OPERATORS.contains(operator)) {
                return false;
            }
        } else if (op.type() == Token.Type.SYMBOL) {
            operator = op.text(text);
            Token next = i + 1 < term.size() ? term.get(i + 1) : null;
            if (next != null && next.type() == Token.Type.SYMBOL && next.start() == op.end()
                    && COMPARISONS.contains(operator + next.text(text))) {
                operator += next.text(text);
                i++;
            }
            if (!COMPARISONS.contains(operator)) {
                return false;
            }
        } else {
            return false;
        }
        i++;
        if (i >= term.size()) {
            return false;
        }
        Token value = term.get(i);
        return switch (value.type()) {
            case PLACEHOLDER, NUMBER, STRING -> true;
            case WORD -> operator.equals("IS") ? value.isWord(text, "NULL") || value.isWord(text, "NOT")
                    : !columnParts.contains(value.word(text)) && !NOT_A_COLUMN.contains(value.word(text))
                            && !isConstantWord(text, value);
            case QUOTED_NAME -> false;
            case SYMBOL -> value.isSymbol(text, '(') && !operator.equals("IS");
            default -> false;
        };
    }

    private static boolean isName(String text, Token t) {
        return (t.type() == Token.Type.WORD && !NOT_A_COLUMN.contains(t.word(text))
                && Character.isLetter(text.charAt(t.start()))) || t.type() == Token.Type.QUOTED_NAME;
    }

    private static boolean isConstantWord(String text, Token t) {
        return t.isWord(text, "TRUE") || t.isWord(text, "FALSE");
    }

    private static boolean isFragment(String text, Token t) {
        return (t.type() == Token.Type.WORD
                && t.text(text).equalsIgnoreCase(SqlPiece.UNKNOWN_FRAGMENT))
                || (t.type() == Token.Type.PLACEHOLDER && text.startsWith("${", t.start()));
    }
}
