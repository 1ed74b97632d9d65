package io.github.sqlguard.sql;

import java.util.List;

/** Decides where statements start and end in a script. */
public final class StatementSplitter {

    private StatementSplitter() {
    }

    /** The statements of a script, in order. Empty and comment-only statements are left out. */
    public static List<Span> split(String text) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The statements inside a procedural block: the body of a dollar-quoted function or {@code DO} block, or the
     * statements between {@code BEGIN} and {@code END}; each span starts at the statement's own verb, so
     * {@code IF x THEN DELETE FROM t; END IF;} gives the span of {@code DELETE FROM t}.
     */
    public static List<Span> inner(String text, Span block) {
        throw new UnsupportedOperationException("not yet");
    }
}
