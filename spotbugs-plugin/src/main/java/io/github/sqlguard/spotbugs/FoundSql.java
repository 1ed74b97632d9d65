package io.github.sqlguard.spotbugs;

import io.github.sqlguard.core.LibraryCall;
import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.suppress.Suppression;
import io.github.sqlguard.suppress.Suppressions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The SQL found in the class being visited, each piece with its place and what is known about how it runs. */
final class FoundSql {

    /**
     * SQL found in the class, with its place and what is known about how it runs.
     *
     * @param call the library call the SQL stands for, or null when the code wrote SQL
     */
    record Found(String sql, Set<PieceFact> facts, Set<String> suppressed, Site site, LibraryCall call) {
    }

    private final List<Found> found = new ArrayList<>();

    void clear() {
        found.clear();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** SQL at {@code site}, kept when some of its text is known. */
    void add(String sql, Set<PieceFact> facts, Site site, LibraryCall call) {
        if (!Values.hasKnownText(sql)) {
            return;
        }
        Set<PieceFact> all = EnumSet.copyOf(facts);
        if (site.inErrorHandler()) {
            all.add(PieceFact.IN_ERROR_HANDLER);
        }
        Set<String> suppressed = new HashSet<>();
        for (Suppression s : Suppressions.parse(sql).list()) {
            suppressed.addAll(s.rules());
        }
        found.add(new Found(sql, all, suppressed, site, call));
    }

    /**
     * The SQL found, one piece per call, in line order. javac copies a {@code finally} block into every exit of its
     * {@code try}: copies of one call (same method, line and SQL) become one piece that runs on an error path when any
     * copy does.
     */
    List<Found> merged() {
        Map<List<Object>, Found> byCall = new LinkedHashMap<>();
        for (Found f : found) {
            List<Object> key = List.of(String.valueOf(f.site().method()), f.site().line(), f.sql());
            Found earlier = byCall.get(key);
            if (earlier == null) {
                byCall.put(key, f);
            } else if (f.facts().contains(PieceFact.IN_ERROR_HANDLER)
                    && !earlier.facts().contains(PieceFact.IN_ERROR_HANDLER)) {
                byCall.put(key, new Found(earlier.sql(), f.facts(), earlier.suppressed(), f.site(), earlier.call()));
            }
        }
        List<Found> out = new ArrayList<>(byCall.values());
        out.sort(Comparator.comparingInt((Found f) -> f.site().line()).thenComparingInt(f -> f.site().pc()));
        return out;
    }
}
