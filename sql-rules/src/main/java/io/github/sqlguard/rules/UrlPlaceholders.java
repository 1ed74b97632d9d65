package io.github.sqlguard.rules;

import io.github.sqlguard.core.Setting;
import java.util.function.Function;

/**
 * Fills in the {@code ${name}} placeholders of a value from the other keys of its file (a pom's properties, a
 * properties file's keys), or with their defaults ({@code ${name:default}}, {@code ${name:-default}}). A placeholder
 * the file cannot fill in ({@code ${env.DB_URL}}, {@code ${DB_URL}}, a {@code $NAME} of the shell) is set outside the
 * file: the value is not hard-coded.
 */
final class UrlPlaceholders {

    private static final int MAX_DEPTH = 10;

    /**
     * A value with its placeholders filled in.
     *
     * @param value the value
     * @param via   how placeholders were filled in, for a message: {@code through `${db.url}`}, or empty
     */
    record Filled(String value, String via) {
    }

    private UrlPlaceholders() {
    }

    /** The value filled in, or null when a placeholder is set outside the file. */
    static Filled fill(String value, Function<String, String> lookup) {
        StringBuilder via = new StringBuilder();
        String filled = fill(value, lookup, 0, via);
        return filled == null ? null : new Filled(filled, via.toString());
    }

    private static String fill(String value, Function<String, String> lookup, int depth, StringBuilder via) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf('$', i);
            if (start < 0) {
                out.append(value, i, value.length());
                break;
            }
            out.append(value, i, start);
            if (!value.startsWith("${", start)) {
                if (start + 1 < value.length() && (Character.isLetter(value.charAt(start + 1))
                        || value.charAt(start + 1) == '_')) {
                    return null;
                }
                out.append('$');
                i = start + 1;
                continue;
            }
            int end = closing(value, start + 2);
            if (end < 0) {
                return null;
            }
            String replacement = placeholder(value.substring(start + 2, end), lookup, depth, via);
            if (replacement == null) {
                return null;
            }
            out.append(replacement);
            i = end + 1;
        }
        return out.toString();
    }

    private static String placeholder(String inner, Function<String, String> lookup, int depth, StringBuilder via) {
        int colon = separator(inner);
        String name = (colon < 0 ? inner : inner.substring(0, colon)).strip();
        String known = lookup.apply(Setting.canonical(name));
        if (known != null) {
            note(via, "through `${" + name + "}`");
            return fill(known.strip(), lookup, depth + 1, via);
        }
        if (colon < 0) {
            return null;
        }
        String fallback = inner.substring(colon + 1);
        fallback = fallback.startsWith("-") ? fallback.substring(1) : fallback;
        note(via, "the default of `${" + inner + "}`, used whenever " + name + " is not set");
        return fill(fallback.strip(), lookup, depth + 1, via);
    }

    private static void note(StringBuilder via, String how) {
        if (via.length() == 0) {
            via.append(how);
        }
    }

    /** The {@code }} closing a placeholder whose name starts at {@code from}, nested placeholders skipped; -1. */
    private static int closing(String value, int from) {
        int depth = 1;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The {@code :} between a placeholder's name and its default, outside nested placeholders; -1 if none. */
    private static int separator(String inner) {
        int depth = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
