package io.github.sqlguard.audit;

import io.github.sqlguard.audit.AuditReading.Token;
import java.util.List;

/**
 * The occurrences that need no judging, each with its reason; the only place such a list is kept. Occurrences in
 * comments and string literals are not exempt: the audit's reading does not see them at all (so SQL built in a
 * string and run with {@code EXECUTE} is outside the audit, as it is outside the engine).
 */
public enum Exemption {

    /**
     * {@code EXPLAIN DELETE ...} only plans the statement; the engine reads it as a query. {@code EXPLAIN ANALYZE}
     * runs it, so it is not exempt.
     */
    EXPLAIN_ONLY("EXPLAIN without ANALYZE plans the statement and does not run it") {
        @Override
        boolean applies(List<Token> tokens, int at) {
            for (int i = at - 1; i >= 0 && i >= at - 8; i--) {
                Token t = tokens.get(i);
                if (t.isSymbol(';') || t.isWord("ANALYZE")) {
                    return false;
                }
                if (t.isWord("EXPLAIN")) {
                    return true;
                }
            }
            return false;
        }
    };

    private final String reason;

    Exemption(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** True if the occurrence whose first keyword is {@code tokens.get(at)} is exempt for this reason. */
    abstract boolean applies(List<Token> tokens, int at);

    static Exemption of(List<Token> tokens, int at) {
        for (Exemption e : values()) {
            if (e.applies(tokens, at)) {
                return e;
            }
        }
        return null;
    }
}
