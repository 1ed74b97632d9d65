package io.github.sqlguard.liquibase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The properties a changelog defines ({@code <property name="db" value="mysql" dbms="mysql"/>},
 * {@code - property: {name: db, value: mysql}}) and the paths a name using them expands to. Every definition in the
 * changelog counts, wherever it stands and whatever its {@code dbms}, {@code context}, {@code labels} or
 * {@code global}: a path is checked for each value some run could give it. Properties set by
 * {@code liquibase.properties}, {@code -D}, a property {@code file} or a parent changelog are not known here.
 */
final class ChangelogProperties {

    static final int MAX_EXPANSIONS = 64;

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}\\r\\n]*)}");

    private final Map<String, Set<String>> values = new LinkedHashMap<>();

    void define(String name, String value) {
        if (name != null && !name.isBlank() && value != null) {
            values.computeIfAbsent(name.strip(), k -> new LinkedHashSet<>()).add(value);
        }
    }

    /**
     * What a name expands to.
     *
     * @param paths     each combination of values, without repeats, at most {@link #MAX_EXPANSIONS}; an undefined
     *                  property stays as written, as Liquibase leaves it
     * @param undefined the properties used and not defined, in order of use
     * @param truncated whether combinations were left out to stay within the limit
     */
    record Expansion(List<String> paths, List<String> undefined, boolean truncated) {
    }

    Expansion expand(String name) {
        Matcher m = PROPERTY.matcher(name);
        List<StringBuilder> paths = new ArrayList<>(List.of(new StringBuilder()));
        Set<String> undefined = new LinkedHashSet<>();
        boolean truncated = false;
        int last = 0;
        while (m.find()) {
            append(paths, name.substring(last, m.start()));
            last = m.end();
            Set<String> options = values.get(m.group(1).strip());
            if (options == null) {
                undefined.add(m.group(1).strip());
                append(paths, m.group());
                continue;
            }
            List<StringBuilder> next = new ArrayList<>();
            for (StringBuilder path : paths) {
                for (String value : options) {
                    if (next.size() == MAX_EXPANSIONS) {
                        truncated = true;
                        break;
                    }
                    next.add(new StringBuilder(path).append(value));
                }
            }
            paths = next;
        }
        append(paths, name.substring(last));
        List<String> distinct = paths.stream().map(StringBuilder::toString).distinct().toList();
        return new Expansion(distinct, List.copyOf(undefined), truncated);
    }

    private static void append(List<StringBuilder> paths, String text) {
        for (StringBuilder path : paths) {
            path.append(text);
        }
    }
}
