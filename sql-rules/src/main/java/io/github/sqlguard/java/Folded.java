package io.github.sqlguard.java;

import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.sql.SqlLexer;
import io.github.sqlguard.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SQL text assembled from Java code: known text, {@link SqlPiece#UNKNOWN_FRAGMENT} where a value is only known at run
 * time, the ranges that are only there when a run-time condition holds, and why the folding stopped short where it
 * did (a bound it reached, such as a constant chain deeper than the index follows): a fragment that stands for a
 * value sqlguard gave up on, not one that is only known at run time.
 */
final class Folded {

    /** At most this many reasons are kept: the first is the one reported. */
    private static final int MAX_STOPS = 4;
    private static final Set<String> STATEMENT_VERBS = Set.of("DELETE", "UPDATE", "INSERT", "SELECT", "MERGE",
            "DROP", "TRUNCATE", "ALTER", "CREATE", "WITH", "REPLACE", "UPSERT");
    /** How much of the text is read for its first word: white space and comments before it are short. */
    private static final int VERB_PREFIX = 200;

    private static final Pattern ALWAYS_TRUE = Pattern.compile(
            "(?i)\\(?\\s*(?:1\\s*=\\s*1|0\\s*=\\s*0|true|'(\\w*)'\\s*=\\s*'\\1')\\s*\\)?");

    private final StringBuilder text = new StringBuilder();
    private final List<int[]> optional = new ArrayList<>();
    /** Empty and shared until a reason is added. */
    private List<String> stops = List.of();

    static Folded of(String value) {
        return new Folded().appendText(value);
    }

    static Folded unknown() {
        return new Folded().appendUnknown();
    }

    /** A value the folding gave up on, and why, in a few words: {@code "constant chain deeper than 64"}. */
    static Folded stopped(String reason) {
        Folded out = unknown();
        out.stop(reason);
        return out;
    }

    /** An unknown value computed from {@code parts}: it keeps the reasons any of them stopped for. */
    static Folded unknownFrom(Folded... parts) {
        Folded out = unknown();
        for (Folded part : parts) {
            out.stopsOf(part);
        }
        return out;
    }

    /** Why the folding stopped short somewhere in this value, first reason first; empty when it never did. */
    List<String> stops() {
        return List.copyOf(stops);
    }

    /** This text without the reasons it stopped for: for values nothing is reported at. */
    Folded withoutStops() {
        Folded out = copy();
        out.stops = List.of();
        return out;
    }

    private void stop(String reason) {
        if (stops.size() < MAX_STOPS && !stops.contains(reason)) {
            if (stops.isEmpty()) {
                stops = new ArrayList<>(2);
            }
            stops.add(reason);
        }
    }

    /** Adds the reasons {@code other} stopped for. */
    Folded stopsOf(Folded other) {
        for (String reason : other.stops) {
            stop(reason);
        }
        return this;
    }

    Folded appendText(String value) {
        setApart(value);
        text.append(value);
        return this;
    }

    /**
     * Appends the fragment name, set apart by a space from a word before it, except after {@code _}: in
     * {@code "audit_" + suffix} the value is part of the table name.
     */
    Folded appendUnknown() {
        setApart(SqlPiece.UNKNOWN_FRAGMENT);
        text.append(SqlPiece.UNKNOWN_FRAGMENT);
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
        return stopsOf(other);
    }

    /**
     * Puts a space between a fragment and a word or another fragment it would otherwise glue onto (two values only
     * known at run time are two parts, one of which may hold a WHERE); a fragment next to {@code _} stays glued, as
     * a part of one name ({@code "log_" + year}, {@code prefix + "_orders"}).
     */
    private void setApart(CharSequence next) {
        if (text.length() == 0 || next.length() == 0) {
            return;
        }
        char last = text.charAt(text.length() - 1);
        char first = next.charAt(0);
        String fragment = SqlPiece.UNKNOWN_FRAGMENT;
        boolean fragmentNext = next.length() >= fragment.length()
                && fragment.contentEquals(next.subSequence(0, fragment.length()));
        boolean fragmentBefore = text.length() >= fragment.length()
                && text.indexOf(fragment, text.length() - fragment.length()) >= 0;
        if (fragmentNext && (Character.isLetterOrDigit(last) || fragmentBefore)) {
            text.append(' ');
        } else if (fragmentBefore && Character.isLetterOrDigit(first)) {
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

    /** True if both have the same text with the same conditional ranges. */
    boolean sameAs(Folded other) {
        if (!text().equals(other.text()) || optional.size() != other.optional.size()) {
            return false;
        }
        for (int i = 0; i < optional.size(); i++) {
            if (!java.util.Arrays.equals(optional.get(i), other.optional.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A key that two values share only if they are {@link #sameAs the same}, and stopped for the same reasons. */
    String key() {
        StringBuilder out = new StringBuilder(text.length() + 16).append(text);
        for (int[] r : optional) {
            out.append('\0').append(r[0]).append(',').append(r[1]);
        }
        for (String reason : stops) {
            out.append('\1').append(reason);
        }
        return out.toString();
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

    /** The statement verb this text starts with, upper case ({@code DELETE}, {@code INSERT}), or null. */
    String verb() {
        String start = text.substring(0, Math.min(text.length(), VERB_PREFIX));
        List<Token> code = SqlLexer.code(start, 0, start.length());
        String word = code.isEmpty() ? "" : code.get(0).word(start);
        return STATEMENT_VERBS.contains(word) ? word : null;
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
