package io.github.sqlguard.liquibase;

import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.PositionMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A YAML or JSON document as maps, lists and scalars that know where they are in the file. */
sealed interface Tree {

    Position at();

    String describe();

    /**
     * A mapping. It is incomplete when the file broke off inside it, and then is not trusted as a change: a
     * {@code delete} whose {@code where} was lost must not read as a DELETE without WHERE.
     */
    final class MapNode implements Tree {
        private final Position at;
        final List<Entry> entries = new ArrayList<>();
        boolean complete;
        /** One past its last character, once it is complete; null when the reader does not know it. */
        Position end;

        MapNode(Position at) {
            this.at = at;
        }

        @Override
        public Position at() {
            return at;
        }

        @Override
        public String describe() {
            return "a map";
        }

        /** The last entry with the key: YAML duplicate keys overwrite earlier ones. */
        Entry entry(String key) {
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (key.equals(entries.get(i).key())) {
                    return entries.get(i);
                }
            }
            return null;
        }

        Tree get(String key) {
            Entry e = entry(key);
            return e == null ? null : e.value();
        }

        /** The text of a scalar entry, or null when it is missing, null or not a scalar. */
        String text(String key) {
            return get(key) instanceof Scalar s ? s.value() : null;
        }
    }

    final class ListNode implements Tree {
        private final Position at;
        final List<Tree> items = new ArrayList<>();

        ListNode(Position at) {
            this.at = at;
        }

        @Override
        public Position at() {
            return at;
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar; {@code value} is null for a YAML/JSON null. {@code exact} maps the value's offsets to the file, or
     * gives null when the value is not a plain copy of the file's text.
     */
    record Scalar(Position at, String value, Supplier<PositionMap> exact) implements Tree {
        @Override
        public String describe() {
            return value == null ? "null" : "a scalar";
        }
    }

    record Entry(String key, Position keyAt, Tree value) {
    }
}
