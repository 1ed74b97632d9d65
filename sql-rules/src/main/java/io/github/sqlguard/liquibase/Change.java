package io.github.sqlguard.liquibase;

import io.github.sqlguard.core.Position;
import java.util.List;
import java.util.Map;

/**
 * One change of a change set as every format reads it.
 *
 * @param type       the change's name, e.g. {@code dropTable}
 * @param at         where the change starts in the changelog
 * @param end        one past where it ends: its end tag, or the map that holds its attributes
 * @param attributes its text-valued attributes, by name
 * @param columns    names of its nested columns, in order
 * @param where      its {@code where} text, or null
 */
record Change(String type, Position at, Position end, Map<String, String> attributes, List<String> columns, String where) {

    String attribute(String name) {
        String value = attributes.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
