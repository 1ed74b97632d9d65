package io.github.sqlguard.liquibase;

import io.github.sqlguard.core.PositionMap;
import io.github.sqlguard.core.SqlPiece;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase changelog properties ({@code ${schema}}) are replaced at run time; here each one becomes
 * {@link SqlPiece#UNKNOWN_FRAGMENT} so that the SQL still parses and nothing is assumed about its value.
 */
final class Placeholders {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{[^}\\r\\n]*}");

    private Placeholders() {
    }

    record Mapped(String text, PositionMap positions) {
    }

    static String replace(String text) {
        return PROPERTY.matcher(text).replaceAll(Matcher.quoteReplacement(SqlPiece.UNKNOWN_FRAGMENT));
    }

    /** Replaces the properties of text mapped by {@code positions}; each replacement maps to its {@code $}. */
    static Mapped replace(String text, PositionMap positions) {
        Matcher m = PROPERTY.matcher(text);
        if (!m.find()) {
            return new Mapped(text, positions);
        }
        StringBuilder out = new StringBuilder(text.length());
        PositionMap.Segments map = PositionMap.segments();
        int last = 0;
        do {
            if (m.start() > last) {
                out.append(text, last, m.start());
                map.add(m.start() - last, shifted(positions, last));
            }
            out.append(SqlPiece.UNKNOWN_FRAGMENT);
            map.add(SqlPiece.UNKNOWN_FRAGMENT.length(), PositionMap.fixed(positions.at(m.start())));
            last = m.end();
        } while (m.find());
        if (last < text.length()) {
            out.append(text, last, text.length());
            map.add(text.length() - last, shifted(positions, last));
        }
        return new Mapped(out.toString(), map);
    }

    private static PositionMap shifted(PositionMap positions, int base) {
        return offset -> positions.at(base + offset);
    }
}
