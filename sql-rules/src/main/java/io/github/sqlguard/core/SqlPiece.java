package io.github.sqlguard.core;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * SQL text with its origin: the file, the context and a map from every offset back to the file. Sources turn files
 * into pieces; the statement stage splits and parses them.
 */
public final class SqlPiece {

    /**
     * Stands for a part of the SQL that is only known at run time (a variable concatenated in Java, a MyBatis
     * {@code ${}} substitution). It parses as an identifier. A statement whose WHERE could hide in such a fragment is
     * not reported as missing one.
     */
    public static final String UNKNOWN_FRAGMENT = "__sqlguard_fragment__";

    private final String text;
    private final SourceFile source;
    private final PositionMap positions;
    private final Set<PieceFact> facts;
    private final Set<String> suppressedRules;
    private final LibraryCall call;
    private final String followingStopped;
    /** 0 when the piece is not written inside code that starts before it. */
    private final int codeLine;

    public SqlPiece(String text, SourceFile source, PositionMap positions, Set<PieceFact> facts) {
        this(text, source, positions, facts, Set.of());
    }

    /**
     * A piece whose findings for {@code suppressedRules} are dropped, because the code around it says so (a Java
     * {@code @SuppressWarnings("sqlguard:<rule>")} on the enclosing method, field or class).
     */
    public SqlPiece(String text, SourceFile source, PositionMap positions, Set<PieceFact> facts,
            Set<String> suppressedRules) {
        this(text, source, positions, facts, suppressedRules, null, null, 0);
    }

    private SqlPiece(String text, SourceFile source, PositionMap positions, Set<PieceFact> facts,
            Set<String> suppressedRules, LibraryCall call, String followingStopped, int codeLine) {
        this.text = text;
        this.source = source;
        this.positions = positions;
        this.facts = facts.isEmpty() ? EnumSet.noneOf(PieceFact.class) : EnumSet.copyOf(facts);
        this.suppressedRules = Set.copyOf(suppressedRules);
        this.call = call;
        this.followingStopped = followingStopped;
        this.codeLine = codeLine;
    }

    /** This piece as the SQL that {@code libraryCall} runs: findings on it speak of the call. */
    public SqlPiece ranBy(LibraryCall libraryCall) {
        return new SqlPiece(text, source, positions, facts, suppressedRules, libraryCall, followingStopped, codeLine);
    }

    /** The library call this piece's SQL stands for, if it was not written as SQL. */
    public Optional<LibraryCall> call() {
        return Optional.ofNullable(call);
    }

    /**
     * This piece as SQL whose source stopped following a value that makes part of it, for {@code reason} (a bound
     * it reached, in a few words: {@code "a constant chain deeper than 64"}). The part stands as an
     * {@link #UNKNOWN_FRAGMENT}; the piece may be nothing else.
     */
    public SqlPiece followingStopped(String reason) {
        return new SqlPiece(text, source, positions, facts, suppressedRules, call, reason, codeLine);
    }

    /** Why the source stopped following a part of this SQL, if it did: see {@link #followingStopped(String)}. */
    public Optional<String> followingStopped() {
        return Optional.ofNullable(followingStopped);
    }

    /**
     * This piece as SQL written inside code that starts on {@code line} (a Java statement whose SQL argument starts
     * on a later line): a suppression comment above that line covers the piece's findings too.
     */
    public SqlPiece inCodeFrom(int line) {
        return new SqlPiece(text, source, positions, facts, suppressedRules, call, followingStopped, line);
    }

    /** The line the code holding this piece starts on, if it was given: see {@link #inCodeFrom(int)}. */
    public OptionalInt codeLine() {
        return codeLine > 0 ? OptionalInt.of(codeLine) : OptionalInt.empty();
    }

    /** A whole file's text, read verbatim. */
    public static SqlPiece ofFile(String text, SourceFile source) {
        return new SqlPiece(text, source, PositionMap.verbatim(text, Position.START), Set.of());
    }

    public String text() {
        return text;
    }

    public SourceFile source() {
        return source;
    }

    public SourceContext context() {
        return source.context();
    }

    public PositionMap positions() {
        return positions;
    }

    public boolean has(PieceFact fact) {
        return facts.contains(fact);
    }

    public Set<PieceFact> facts() {
        return Set.copyOf(facts);
    }

    /** Rule ids whose findings on this piece are not reported. */
    public Set<String> suppressedRules() {
        return suppressedRules;
    }
}
