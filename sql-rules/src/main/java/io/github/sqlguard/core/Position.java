package io.github.sqlguard.core;

/** A place in a file the user opens: 1-based line and 1-based column in UTF-16 code units (SARIF's default). */
public record Position(int line, int column) implements Comparable<Position> {

    public static final Position START = new Position(1, 1);

    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }
}
