package io.github.sqlguard.sql;

import java.util.List;
import java.util.Set;

/**
 * Decides from tokens alone that a DELETE or UPDATE filters its rows, so that the parser need not be asked: the
 * statement has a top-level WHERE, the WHERE has no top-level {@code OR}, no term starting with {@code NOT} and no
 * run-time fragment, and one of its top-level {@code AND} terms compares a plain column with something else
 * ({@code id = ?}, {@code status NOT IN (...)}, {@code name LIKE 'a%'}, {@code deleted_at IS NULL}). Such a term can
 * be false, so the statement is neither unfiltered nor always true, whatever else it holds. Most statements of real
 * migrations and application code have this shape; everything else is parsed.
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
        for (Token t : where) {
            if (t.depth() < base || isFragment(text, t) || (t.depth() == base && t.isWord(text, "OR"))) {
                return false;
            }
        }
        int termStart = 0;
        for (int i = 0; i <= where.size(); i++) {
            boolean end = i == where.size() || (where.get(i).depth() == base && where.get(i).isWord(text, "AND"));
            if (end) {
                if (termStart < i && where.get(termStart).isWord(text, "NOT")) {
                    return false;
                }
                if (comparesColumn(text, where.subList(termStart, i))) {
                    return true;
                }
                termStart = i + 1;
            }
        }
        return false;
    }

    /** {@code column op value}: a (qualified) column, a comparison, and a value that is not the same column. */
    private static boolean comparesColumn(String text, List<Token> term) {
        int i = 0;
        Set<String> columnParts = new java.util.HashSet<>();
        while (true) {
            if (i >= term.size() || !isName(text, term.get(i))) {
                return false;
            }
            columnParts.add(term.get(i).text(text).toUpperCase(java.util.Locale.ROOT));
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
                && t.text(text).equalsIgnoreCase(io.github.sqlguard.core.SqlPiece.UNKNOWN_FRAGMENT))
                || (t.type() == Token.Type.PLACEHOLDER && text.startsWith("${", t.start()));
    }
}
