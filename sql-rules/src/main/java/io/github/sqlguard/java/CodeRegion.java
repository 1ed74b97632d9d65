package io.github.sqlguard.java;

import com.github.javaparser.ast.Node;
import io.github.sqlguard.core.Position;
import java.util.Comparator;
import java.util.function.UnaryOperator;

/**
 * Where a piece of Java code stands in its file, as a finding marks it.
 *
 * @param start its first character
 * @param end   one past its last character
 */
record CodeRegion(Position start, Position end) {

    static final Comparator<CodeRegion> ORDER = Comparator.comparing(CodeRegion::start)
            .thenComparing(CodeRegion::end);

    /** The region of {@code node}, from its first character to its last (JavaParser's end is inclusive). */
    static CodeRegion of(Node node) {
        Position start = node.getBegin().map(p -> new Position(p.line, p.column)).orElse(Position.START);
        Position end = node.getEnd().map(p -> new Position(p.line, p.column + 1)).orElse(start);
        return new CodeRegion(start, end);
    }

    /** This region with both ends moved by {@code where}: from the parsed text to the file. */
    CodeRegion mapped(UnaryOperator<Position> where) {
        return new CodeRegion(where.apply(start), where.apply(end));
    }
}
