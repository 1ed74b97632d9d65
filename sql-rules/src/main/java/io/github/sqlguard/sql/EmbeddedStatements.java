package io.github.sqlguard.sql;

import io.github.sqlguard.sql.Token.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Statements that a plain statement carries and runs: PostgreSQL's data-modifying common table expressions
 * ({@code WITH gone AS (DELETE FROM t RETURNING *) SELECT ...}, also when the expression is itself a {@code WITH}
 * statement) and {@code COPY (DELETE ... RETURNING *) TO ...}.
 * The outer statement keeps its own verb; each carried statement is checked as one of its own.
 */
final class EmbeddedStatements {

    private EmbeddedStatements() {
    }

    private static final Set<String> CARRIED = Set.of("DELETE", "UPDATE", "INSERT", "MERGE", "WITH");

    /** The spans of the carried statements, from their verb to the token before the closing parenthesis. */
    static List<Span> of(String text, List<Token> code) {
        if (code.size() < 4 || !(code.get(0).isWord(text, "WITH") || code.get(0).isWord(text, "COPY"))) {
            return List.of();
        }
        boolean copy = code.get(0).isWord(text, "COPY");
        List<Span> spans = new ArrayList<>();
        for (int i = 1; i + 1 < code.size(); i++) {
            Token open = code.get(i);
            Token verb = code.get(i + 1);
            if (!open.isSymbol(text, '(') || !Words.any(text, verb, CARRIED)) {
                continue;
            }
            if (copy ? i != 1 : !afterAs(text, code, i)) {
                continue;
            }
            int close = i + 2;
            while (close < code.size() && !(code.get(close).depth() == open.depth()
                    && code.get(close).isSymbol(text, ')'))) {
                close++;
            }
            spans.add(new Span(verb.start(), code.get(close - 1).end(), false));
            if (copy) {
                break;
            }
        }
        return spans;
    }

    /** {@code name AS (}, {@code AS MATERIALIZED (}, {@code AS NOT MATERIALIZED (}. */
    private static boolean afterAs(String text, List<Token> code, int open) {
        int j = open - 1;
        if (code.get(j).isWord(text, "MATERIALIZED")) {
            j--;
            if (j > 0 && code.get(j).isWord(text, "NOT")) {
                j--;
            }
        }
        return j > 0 && code.get(j).type() == Type.WORD && code.get(j).isWord(text, "AS");
    }
}
