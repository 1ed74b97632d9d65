package io.github.sqlguard.java;

import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.sql.SqlLexer;
import io.github.sqlguard.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SQL text assembled from Java code: known text, {@link SqlPiece#UNKNOWN_FRAGMENT} where a value is only known at run
 * time, and the ranges that are only there when a run-time condition holds.
 */
final class Folded {

    private static final Pattern ALWAYS_TRUE = Pattern.compile(
            "(?i)\\(?\\s*(?:1\\s*=\\s*1|0\\s*=\\s*0|true|'(\\w*)'\\s*=\\s*'\\1')\\s*\\)?");

    private final StringBuilder text = new StringBuilder();
    private final List<int[]> optional = new ArrayList<>();

    static Folded of(String value) {
        return new Folded().appendText(value);
    }

    static Folded unknown() {
        return new Folded().appendUnknown();
    }

    Folded appendText(String value) {
        setApart(value);
        text.append(value);
        return this;
    }

    /** Appends the fragment name, set apart by spaces so that it never glues onto a neighbouring word. */
    Folded appendUnknown() {
        if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.append(' ');
        }
        text.append(SqlPiece.UNKNOWN_FRAGMENT).append(' ');
        return this;
    }

    /** Appends {@code other}; when {@code conditional}, all of it is present only when a condition holds. */
    Folded append(Folded other, boolean conditional) {
        setApart(other.text);
        int base = text.length();
        text.append(other.text);
        for (int[] r : other.optional) {
            optional.add(new int[] {r[0] + base, r[1] + base});
        }
        if (conditional && other.text.length() > 0) {
            optional.add(new int[] {base, text.length()});
        }
        return this;
    }

    /** Puts a space before a fragment that would otherwise glue onto the word before it. */
    private void setApart(CharSequence next) {
        if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))
                && next.toString().startsWith(SqlPiece.UNKNOWN_FRAGMENT)) {
            text.append(' ');
        }
    }

    Folded append(Folded other) {
        return append(other, false);
    }

    Folded copy() {
        return new Folded().append(this);
    }

    String text() {
        return text.toString();
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    /** True if some text is known, not only run-time fragments and white space. */
    boolean hasKnownText() {
        return !text.toString().replace(SqlPiece.UNKNOWN_FRAGMENT, "").isBlank();
    }

    /** True if no part is only known at run time. */
    boolean fullyKnown() {
        return text.indexOf(SqlPiece.UNKNOWN_FRAGMENT) < 0;
    }

    /** True if a WHERE stands at the top level of this text (a part of a statement), conditional or not. */
    boolean anyWhere() {
        return whereOffsets().size() > 0;
    }

    /** True if a WHERE stands at the top level of this text outside every conditional range. */
    boolean mandatoryWhere() {
        for (int offset : whereOffsets()) {
            if (!conditional(offset)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the statement's first top-level WHERE is there only when a run-time condition holds, or filters only
     * by what run-time conditions add to an always-true start ({@code WHERE 1=1} and optional {@code AND}s).
     */
    boolean whereConditional() {
        List<Integer> offsets = whereOffsets();
        if (offsets.isEmpty()) {
            return false;
        }
        int where = offsets.get(0);
        if (conditional(where)) {
            return true;
        }
        StringBuilder fixed = new StringBuilder();
        boolean optionalAfter = false;
        for (int i = where + "WHERE".length(); i < text.length(); i++) {
            if (conditional(i)) {
                optionalAfter = true;
            } else {
                fixed.append(text.charAt(i));
            }
        }
        return optionalAfter && ALWAYS_TRUE.matcher(fixed.toString().strip()).matches();
    }

    private boolean conditional(int offset) {
        for (int[] r : optional) {
            if (offset >= r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> whereOffsets() {
        String s = text.toString();
        List<Token> tokens = SqlLexer.code(s, 0, s.length());
        List<Integer> out = new ArrayList<>();
        int base = Integer.MAX_VALUE;
        for (Token t : tokens) {
            base = Math.min(base, t.depth());
        }
        for (Token t : tokens) {
            if (t.depth() == base && t.isWord(s, "WHERE")) {
                out.add(t.start());
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
