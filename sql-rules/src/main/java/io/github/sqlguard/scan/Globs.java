package io.github.sqlguard.scan;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The globs of {@code includes}, {@code excludes}, {@code test-paths} and {@code migration-paths}, matched against
 * paths relative to the scanned directory. A leading {@code **}{@code /} also matches at the top, as users expect of
 * {@code **}{@code /legacy/**}.
 */
final class Globs {

    private final List<PathMatcher> matchers;

    private Globs(List<PathMatcher> matchers) {
        this.matchers = matchers;
    }

    static Globs of(List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
            if (pattern.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)));
            }
        }
        return new Globs(List.copyOf(matchers));
    }

    boolean isEmpty() {
        return matchers.isEmpty();
    }

    boolean matches(Path relative) {
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(relative)) {
                return true;
            }
        }
        return false;
    }
}
