package io.github.sqlguard.changes;

import java.util.BitSet;
import java.util.List;

/**
 * What changed in one file since the base commit, in the file's current line numbers.
 */
public final class FileChange {

    private final String path;
    private final boolean added;
    private final BitSet lines;

    /**
     * @param path  path from the top of the repository, with {@code /}
     * @param added the file did not exist at the base commit (a renamed file is not added)
     * @param lines the current lines that were added or changed, or that border on removed ones
     */
    public FileChange(String path, boolean added, BitSet lines) {
        this.path = path;
        this.added = added;
        this.lines = (BitSet) lines.clone();
    }

    public String path() {
        return path;
    }

    public boolean added() {
        return added;
    }

    /** The changed lines, ascending. */
    public List<Integer> lines() {
        return lines.stream().boxed().toList();
    }

    /** True if the file is new, or a line from {@code first} to {@code last} (1-based, inclusive) changed. */
    public boolean touches(int first, int last) {
        if (added) {
            return true;
        }
        int from = Math.max(1, Math.min(first, last));
        int to = Math.max(first, last);
        int next = lines.nextSetBit(from);
        return next >= 0 && next <= to;
    }

    @Override
    public String toString() {
        return path + (added ? " (added)" : " " + lines);
    }
}
