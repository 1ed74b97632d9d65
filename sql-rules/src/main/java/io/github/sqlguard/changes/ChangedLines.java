package io.github.sqlguard.changes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lines of a git work tree added or changed since a ref, and the files added since: what a pull request's
 * reviewer sees. Files are looked up by their path on disk, so that any display path can be mapped to them.
 */
public final class ChangedLines {

    private final Path top;
    private final String ref;
    private final String base;
    private final boolean mergeBase;
    private final Map<String, FileChange> files = new LinkedHashMap<>();
    private final Map<Path, String> repoPaths = new ConcurrentHashMap<>();

    /**
     * @param top       the top folder of the work tree
     * @param ref       the ref as the user named it, for messages
     * @param base      the commit the work tree was compared with
     * @param mergeBase {@code base} is the merge base of {@code HEAD} and the ref; false when the clone is too
     *                  shallow to hold one and {@code base} is the ref's own commit
     * @param files     the changed files, by path from {@code top}
     */
    public ChangedLines(Path top, String ref, String base, boolean mergeBase, Collection<FileChange> files) {
        this.top = real(top);
        this.ref = ref;
        this.base = base;
        this.mergeBase = mergeBase;
        for (FileChange f : files) {
            this.files.put(f.path(), f);
        }
    }

    public String ref() {
        return ref;
    }

    public String base() {
        return base;
    }

    /**
     * False when no merge base was found (a shallow clone without the fork point): then changes made on the ref's
     * branch since the fork count as changes too, and a warning should say how to fetch more history.
     */
    public boolean mergeBase() {
        return mergeBase;
    }

    /** The warning for a missing merge base, or null when there is one. */
    public String warning() {
        return mergeBase ? null : "no merge base of HEAD and " + ref + " in this clone (too shallow?): comparing with "
                + ref + " itself, so its changes since the fork count too; fetch more history, e.g. git fetch"
                + " --deepen=100";
    }

    public Path top() {
        return top;
    }

    /** The changed files by path from the top of the work tree, in diff order. */
    public Map<String, FileChange> files() {
        return Map.copyOf(files);
    }

    /**
     * True if the file was added since the ref, or one of the lines {@code first} to {@code last} (1-based,
     * inclusive) was added or changed. Files outside the work tree have not changed.
     */
    public boolean touches(Path file, int first, int last) {
        String path = repoPath(file);
        FileChange change = path == null ? null : files.get(path);
        return change != null && change.touches(first, last);
    }

    /** True if the file did not exist at the base commit. */
    public boolean isAdded(Path file) {
        String path = repoPath(file);
        FileChange change = path == null ? null : files.get(path);
        return change != null && change.added();
    }

    /** The path from the top of the work tree with {@code /}, or null when the file is outside it. */
    String repoPath(Path file) {
        Path real = real(file);
        String cached = repoPaths.get(real);
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        String path = real.startsWith(top) && !real.equals(top)
                ? top.relativize(real).toString().replace('\\', '/') : "";
        repoPaths.put(real, path);
        return path.isEmpty() ? null : path;
    }

    /** The path with links resolved, as git reports the top folder; as given when it does not exist. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException | SecurityException e) {
            return abs;
        }
    }
}
