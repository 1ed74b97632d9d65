package io.github.sqlguard.core;

import java.util.EnumSet;
import java.util.Optional;
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

    public SqlPiece(String text, SourceFile source, PositionMap positions, Set<PieceFact> facts) {
        this(text, source, positions, facts, Set.of());
    }

    /**
     * A piece whose findings for {@code suppressedRules} are dropped, because the code around it says so (a Java
     * {@code @SuppressWarnings("sqlguard:<rule>")} on the enclosing method, field or class).
     */
    public SqlPiece(String text, SourceFile source, PositionMap positions, Set<PieceFact> facts,
            Set<String> suppressedRules) {
        this(text, source, positions, facts, suppressedRules, null);
    }

    private SqlPiece(String text, SourceFile source, PositionMap positions, Set<PieceFact> facts,
            Set<String> suppressedRules, LibraryCall call) {
        this.text = text;
        this.source = source;
        this.positions = positions;
        this.facts = facts.isEmpty() ? EnumSet.noneOf(PieceFact.class) : EnumSet.copyOf(facts);
        this.suppressedRules = Set.copyOf(suppressedRules);
        this.call = call;
    }

    /** This piece as the SQL that {@code libraryCall} runs: findings on it speak of the call. */
    public SqlPiece ranBy(LibraryCall libraryCall) {
        return new SqlPiece(text, source, positions, facts, suppressedRules, libraryCall);
    }

    /** The library call this piece's SQL stands for, if it was not written as SQL. */
    public Optional<LibraryCall> call() {
        return Optional.ofNullable(call);
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
