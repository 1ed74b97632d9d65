package io.github.sqlguard.liquibase;

import io.github.sqlguard.core.PositionMap;

/**
 * Exact position maps for single-line quoted strings of JSON and YAML: runs of plain characters map verbatim, an
 * escape maps to its backslash. Each map is checked against the value the parser produced; null when they differ.
 */
final class QuotedText {

    private QuotedText() {
    }

    /** A {@code "..."} string whose opening quote is at {@code quote}. */
    static PositionMap doubleQuoted(LineIndex lines, int quote, String expected) {
        String s = lines.text();
        if (expected == null || quote < 0 || quote >= s.length() || s.charAt(quote) != '"') {
            return null;
        }
        StringBuilder value = new StringBuilder(expected.length());
        PositionMap.Segments map = PositionMap.segments();
        int i = quote + 1;
        while (true) {
            if (i >= s.length()) {
                return null;
            }
            char c = s.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\n' || c == '\r') {
                return null;
            }
            if (c == '\\') {
                if (i + 1 >= s.length()) {
                    return null;
                }
                char e = s.charAt(i + 1);
                int length = 2;
                String decoded;
                switch (e) {
                    case 'n' -> decoded = "\n";
                    case 't' -> decoded = "\t";
                    case 'r' -> decoded = "\r";
                    case 'b' -> decoded = "\b";
                    case 'f' -> decoded = "\f";
                    case '"', '\\', '/' -> decoded = String.valueOf(e);
                    case 'u' -> {
                        if (i + 6 > s.length()) {
                            return null;
                        }
                        try {
                            decoded = String.valueOf((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                        } catch (NumberFormatException ex) {
                            return null;
                        }
                        length = 6;
                    }
                    default -> {
                        return null;
                    }
                }
                value.append(decoded);
                map.add(decoded.length(), PositionMap.fixed(lines.position(i)));
                i += length;
                continue;
            }
            int end = i;
            while (end < s.length() && "\"\\\n\r".indexOf(s.charAt(end)) < 0) {
                end++;
            }
            String run = s.substring(i, end);
            value.append(run);
            map.add(run.length(), PositionMap.verbatim(run, lines.position(i)));
            i = end;
        }
        return value.toString().equals(expected) ? map : null;
    }

    /** A YAML {@code '...'} string whose opening quote is at {@code quote}; {@code ''} stands for one quote. */
    static PositionMap singleQuoted(LineIndex lines, int quote, String expected) {
        String s = lines.text();
        if (expected == null || quote < 0 || quote >= s.length() || s.charAt(quote) != '\'') {
            return null;
        }
        StringBuilder value = new StringBuilder(expected.length());
        PositionMap.Segments map = PositionMap.segments();
        int i = quote + 1;
        while (true) {
            if (i >= s.length()) {
                return null;
            }
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return null;
            }
            if (c == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    value.append('\'');
                    map.add(1, PositionMap.fixed(lines.position(i)));
                    i += 2;
                    continue;
                }
                break;
            }
            int end = i;
            while (end < s.length() && "'\n\r".indexOf(s.charAt(end)) < 0) {
                end++;
            }
            String run = s.substring(i, end);
            value.append(run);
            map.add(run.length(), PositionMap.verbatim(run, lines.position(i)));
            i = end;
        }
        return value.toString().equals(expected) ? map : null;
    }
}
