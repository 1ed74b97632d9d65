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
        boolean applies(List<Token> tokens, int start, int at) {
            if (!tokens.get(start).isWord("EXPLAIN")) {
                return false;
            }
            for (int i = start + 1; i < at; i++) {
                if (tokens.get(i).isWord("ANALYZE") && !switchedOff(tokens, i + 1)) {
                    return false;
                }
            }
            return true;
        }
    },

    /** {@code MERGE ... WHEN MATCHED THEN DELETE}: the action touches only the rows the ON condition matches. */
    MERGE_ACTION("a MERGE action changes only the rows its ON condition matches") {
        @Override
        boolean applies(List<Token> tokens, int start, int at) {
            if (at == 0 || !tokens.get(at - 1).isWord("THEN")) {
                return false;
            }
            for (int i = start; i < at; i++) {
                if (tokens.get(i).isWord("MERGE")) {
                    return true;
                }
            }
            return false;
        }
    },

    /**
     * {@code ALTER EXTENSION e DROP TABLE t}, {@code ALTER PUBLICATION p DROP TABLE t}: the table leaves the
     * extension or publication and keeps its rows. {@code ALTER FOREIGN TABLE t DROP COLUMN c} changes a definition
     * whose rows live on another server.
     */
    MEMBER_OR_DEFINITION("the statement changes a definition and removes no rows") {
        @Override
        boolean applies(List<Token> tokens, int start, int at) {
            if (start + 1 >= at || !tokens.get(start).isWord("ALTER")) {
                return false;
            }
            Token what = tokens.get(start + 1);
            return what.isWord("EXTENSION") || what.isWord("PUBLICATION") || what.isWord("FOREIGN");
        }
    },

    /** {@code VACUUM (TRUNCATE false)}: an option of VACUUM, not a statement. */
    VACUUM_OPTION("TRUNCATE is an option of VACUUM here") {
        @Override
        boolean applies(List<Token> tokens, int start, int at) {
            return tokens.get(start).isWord("VACUUM");
        }
    };

    /** How far back a statement's first token is looked for, so that text without {@code ;} stays linear. */
    private static final int MAX_STATEMENT_TOKENS = 1_000;

    /**
     * The index of the first token of the statement holding {@code at}: after the last {@code ;} before it, at most
     * {@link #MAX_STATEMENT_TOKENS} back.
     */
    private static int statementStart(List<Token> tokens, int at) {
        int i = at;
        while (i > 0 && at - i < MAX_STATEMENT_TOKENS && !tokens.get(i - 1).isSymbol(';')) {
            i--;
        }
        return i;
    }

    /** {@code EXPLAIN (ANALYZE false)} or {@code (ANALYZE off)} only plans, too. */
    private static boolean switchedOff(List<Token> tokens, int i) {
        return i < tokens.size() && (tokens.get(i).isWord("FALSE") || tokens.get(i).isWord("OFF"));
    }

    private final String reason;

    Exemption(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /**
     * True if the occurrence whose first keyword is {@code tokens.get(at)}, in the statement starting at
     * {@code start}, is exempt for this reason.
     */
    abstract boolean applies(List<Token> tokens, int start, int at);

    static Exemption of(List<Token> tokens, int at) {
        int start = statementStart(tokens, at);
        for (Exemption e : values()) {
            if (e.applies(tokens, start, at)) {
                return e;
            }
        }
        return null;
    }
}
