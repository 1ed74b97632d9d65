package io.github.sqlguard.liquibase;

import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.PositionMap;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Gathers the pieces, references and problems of one changelog, and resolves the files it names. */
final class Collector {

    private static final List<String> INCLUDED_EXTENSIONS = List.of(".xml", ".yaml", ".yml", ".json", ".sql");
    private static final int MAX_INCLUDE_ALL_DEPTH = 32;

    private final SourceFile file;
    private final List<SqlPiece> pieces = new ArrayList<>();
    private final Set<Path> references = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();
    private final ChangelogProperties properties = new ChangelogProperties();
    private final ResourceRoots roots;

    Collector(SourceFile file, ResourceRoots roots) {
        this.file = file;
        this.roots = roots;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void problem(int line, String reason) {
        String where = file.displayPath() == null ? String.valueOf(file.path()) : file.displayPath();
        problems.add(where + ":" + Math.max(1, line) + ": " + oneLine(reason));
    }

    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** A statement synthesized from a change, which spans {@code at} to {@code end}. */
    void statement(String sql, Position at, Position end) {
        pieces.add(new SqlPiece(sql, file, PositionMap.region(at, end), Set.of(PieceFact.SINGLE_STATEMENT)));
    }

    /** A script copied from an {@code sql} change. */
    void script(String body, PositionMap positions) {
        if (body.isBlank()) {
            return;
        }
        Placeholders.Mapped mapped = Placeholders.replace(body, positions);
        pieces.add(new SqlPiece(mapped.text(), file, mapped.positions(), Set.of()));
    }

    void property(String name, String value) {
        properties.define(name, value);
    }

    void include(String name, boolean relativeToChangelog, int line) {
        if (name == null || name.isBlank()) {
            problem(line, "include without file");
            return;
        }
        ChangelogProperties.Expansion expansion = expand("include file", name, line);
        for (String path : expansion.paths()) {
            Path found = resolve(path, relativeToChangelog, false);
            if (found == null) {
                notFound(line, "include file", name, path, expansion.undefined());
            } else {
                references.add(found);
            }
        }
    }

    void sqlFile(String name, boolean relativeToChangelog, int line) {
        if (name == null || name.isBlank()) {
            problem(line, "sqlFile without path");
            return;
        }
        ChangelogProperties.Expansion expansion = expand("sqlFile", name, line);
        for (String path : expansion.paths()) {
            Path found = resolve(path, relativeToChangelog, false);
            if (found == null) {
                notFound(line, "sqlFile", name, path, expansion.undefined());
            } else {
                references.add(found);
            }
        }
    }

    void includeAll(String name, boolean relativeToChangelog, int line) {
        if (name == null || name.isBlank()) {
            problem(line, "includeAll without path");
            return;
        }
        ChangelogProperties.Expansion expansion = expand("includeAll directory", name, line);
        for (String path : expansion.paths()) {
            Path dir = resolve(path, relativeToChangelog, true);
            if (dir == null) {
                notFound(line, "includeAll directory", name, path, expansion.undefined());
            } else {
                includeAll(dir, path, line);
            }
        }
    }

    private void includeAll(Path dir, String name, int line) {
        Path self = normalizedAbsolute(file.path());
        try (Stream<Path> walk = Files.walk(dir, MAX_INCLUDE_ALL_DEPTH)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> hasIncludedExtension(p.getFileName().toString()))
                    .filter(p -> self == null || !self.equals(normalizedAbsolute(p)))
                    .sorted(Comparator.comparing(p -> slashed(dir.relativize(p))))
                    .forEach(p -> references.add(p.normalize()));
        } catch (IOException | UncheckedIOException e) {
            problem(line, "includeAll directory '" + name + "' could not be listed: " + e.getMessage());
        }
    }

    private ChangelogProperties.Expansion expand(String kind, String name, int line) {
        ChangelogProperties.Expansion expansion = properties.expand(name);
        if (expansion.truncated()) {
            problemOnce(line, kind + " '" + name + "': only the first " + ChangelogProperties.MAX_EXPANSIONS
                    + " combinations of property values are read");
        }
        return expansion;
    }

    /** A path the changelog names that could not be found, and why, at the line of the entry naming it. */
    private record Missing(int line, String path, String reason) {
    }

    private final List<Missing> missing = new ArrayList<>();

    /**
     * Notes a missing path, once per path. A property left undefined is named, since it is the likely reason. All
     * missing paths of a changelog become one problem (see {@link #result()}): a folder that the build fills in
     * would otherwise give a line for every entry.
     */
    private void notFound(int line, String kind, String name, String path, List<String> undefined) {
        StringBuilder reason = new StringBuilder(kind).append(" '").append(path).append("' not found");
        if (!path.equals(name)) {
            reason.append(" (path '").append(name).append("')");
        }
        if (!undefined.isEmpty()) {
            reason.append(undefined.size() == 1 ? ": property " : ": properties ")
                    .append(String.join(", ", undefined.stream().map(p -> "'" + p + "'").toList()))
                    .append(undefined.size() == 1 ? " is" : " are").append(" not defined in this changelog");
        }
        if (reported.add(reason.toString())) {
            missing.add(new Missing(line, "'" + path + "'", reason.toString()));
        }
    }

    private void problemOnce(int line, String reason) {
        if (reported.add(reason)) {
            problem(line, reason);
        }
    }

    /** The missing paths as one problem: the first in full, then up to three more by path and line. */
    private void reportMissing() {
        if (missing.isEmpty()) {
            return;
        }
        StringBuilder reason = new StringBuilder(missing.get(0).reason());
        int others = missing.size() - 1;
        if (others > 0) {
            reason.append("; ").append(others).append(others == 1 ? " more path" : " more paths").append(" not found: ");
            List<String> listed = new ArrayList<>();
            for (Missing m : missing.subList(1, Math.min(missing.size(), 1 + LISTED_MISSING))) {
                listed.add(m.path() + " (line " + m.line() + ")");
            }
            reason.append(String.join(", ", listed));
            if (others > LISTED_MISSING) {
                reason.append(" and ").append(others - LISTED_MISSING).append(" more");
            }
        }
        problem(missing.get(0).line(), reason.toString());
    }

    private static final int LISTED_MISSING = 3;

    Changelog result() {
        reportMissing();
        return new Changelog(pieces, new ArrayList<>(references), problems);
    }

    private static boolean hasIncludedExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return INCLUDED_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static String slashed(Path p) {
        return p.toString().replace('\\', '/');
    }

    private static Path normalizedAbsolute(Path p) {
        try {
            return p == null ? null : p.toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Liquibase looks a name up relative to the changelog, or on the classpath. The classpath root is taken to be
     * the nearest {@code resources} folder above the changelog; then the changelog's folder and the folders above
     * it are tried, which covers changelogs run from a project's root; then the resource roots of the other modules
     * of the project.
     */
    private Path resolve(String name, boolean relativeToChangelog, boolean directory) {
        String cleaned = name.strip().replace('\\', '/');
        for (String prefix : List.of("classpath*:", "classpath:", "file:")) {
            if (cleaned.regionMatches(true, 0, prefix, 0, prefix.length())) {
                cleaned = cleaned.substring(prefix.length());
                break;
            }
        }
        try {
            Path changelogDir = file.path() == null ? null : file.path().getParent();
            Path base = changelogDir == null ? Path.of("") : changelogDir;
            if (relativeToChangelog) {
                return existing(base.resolve(cleaned), directory);
            }
            Path asGiven = Path.of(cleaned);
            if (asGiven.isAbsolute() && existing(asGiven, directory) != null) {
                return asGiven.normalize();
            }
            String relative = cleaned.replaceFirst("^/+", "");
            if (relative.isEmpty()) {
                return null;
            }
            for (Path dir = changelogDir; dir != null; dir = dir.getParent()) {
                if (dir.getFileName() != null && dir.getFileName().toString().equals("resources")) {
                    Path found = existing(dir.resolve(relative), directory);
                    if (found != null) {
                        return found;
                    }
                    break;
                }
            }
            List<Path> dirs = new ArrayList<>();
            for (Path dir = base; dir != null; dir = dir.getParent()) {
                dirs.add(dir);
            }
            if (!base.isAbsolute() && !base.toString().isEmpty()) {
                dirs.add(Path.of(""));
            }
            dirs.addAll(roots.of(file.path()));
            for (Path dir : dirs) {
                Path found = existing(dir.resolve(relative), directory);
                if (found != null) {
                    return found;
                }
            }
            return null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Path existing(Path p, boolean directory) {
        boolean ok = directory ? Files.isDirectory(p) : Files.isRegularFile(p);
        return ok ? p.normalize() : null;
    }
}
