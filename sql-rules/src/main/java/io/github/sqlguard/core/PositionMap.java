package io.github.sqlguard.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps every offset of a piece of SQL text back to the place in the file it came from. A statement read verbatim
 * from a script maps character by character; a Java string assembled from three literals maps back to three places;
 * SQL synthesized from a Liquibase {@code <delete>} element maps to the element.
 */
@FunctionalInterface
public interface PositionMap {

    Position at(int offset);

    /** Where the text just past the character at {@code offset} is in the file: the end of a region. */
    default Position after(int offset) {
        Position last = at(offset);
        return new Position(last.line(), last.column() + 1);
    }

    /** Text copied verbatim from a file, its first character at {@code base}. */
    static PositionMap verbatim(String text, Position base) {
        return new Verbatim(text, base);
    }

    /** Every offset maps to one place. */
    static PositionMap fixed(Position position) {
        return offset -> position;
    }

    /**
     * SQL that stands for one region of the file, written as code rather than copied from it (a Java string
     * expression, an annotation value, a call): every offset maps to the region's start, and ends at its end.
     */
    static PositionMap region(Position start, Position end) {
        return new Region(start, end);
    }

    /** Builds a map for text assembled from consecutive segments, each with its own map. */
    static Segments segments() {
        return new Segments();
    }

    final class Verbatim implements PositionMap {
        private final String text;
        private final Position base;
        /** Where each line starts; found when a position is first asked for, which most statements never are. */
        private volatile int[] lineStarts;

        Verbatim(String text, Position base) {
            this.text = text;
            this.base = base;
        }

        @Override
        public Position at(int offset) {
            int[] starts = lineStarts();
            int idx = Arrays.binarySearch(starts, offset);
            int line = idx >= 0 ? idx : -idx - 2;
            if (line == 0) {
                return new Position(base.line(), base.column() + offset);
            }
            return new Position(base.line() + line, offset - starts[line] + 1);
        }

        private int[] lineStarts() {
            int[] known = lineStarts;
            if (known != null) {
                return known;
            }
            int[] starts = new int[16];
            int n = 0;
            starts[n++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
                if (lineBreak) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1;
                }
            }
            known = Arrays.copyOf(starts, n);
            lineStarts = known;
            return known;
        }
    }

    record Region(Position start, Position end) implements PositionMap {

        @Override
        public Position at(int offset) {
            return start;
        }

        @Override
        public Position after(int offset) {
            return end;
        }
    }

    final class Segments implements PositionMap {
        private final List<int[]> starts = new ArrayList<>();
        private final List<PositionMap> maps = new ArrayList<>();
        private int length;

        /** Appends a segment of {@code segmentLength} characters mapped by {@code map} from its own offset 0. */
        public Segments add(int segmentLength, PositionMap map) {
            starts.add(new int[] {length});
            maps.add(map);
            length += segmentLength;
            return this;
        }

        public int length() {
            return length;
        }

        @Override
        public Position at(int offset) {
            if (maps.isEmpty()) {
                return Position.START;
            }
            int segment = segmentOf(offset);
            return maps.get(segment).at(offset - starts.get(segment)[0]);
        }

        @Override
        public Position after(int offset) {
            if (maps.isEmpty()) {
                return PositionMap.super.after(offset);
            }
            int segment = segmentOf(offset);
            return maps.get(segment).after(offset - starts.get(segment)[0]);
        }

        private int segmentOf(int offset) {
            int lo = 0;
            int hi = starts.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts.get(mid)[0] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }
    }
}
