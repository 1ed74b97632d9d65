package io.github.sqlguard.liquibase;

import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.PositionMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads the {@code databaseChangeLog} of a YAML or JSON changelog, both having the same shape. */
final class TreeChangelog {

    private final Collector out;

    private TreeChangelog(Collector out) {
        this.out = out;
    }

    /** Reads a document; false when it has no top-level {@code databaseChangeLog}. */
    static boolean read(Tree document, Collector out) {
        if (!(document instanceof Tree.MapNode root) || root.entry("databaseChangeLog") == null) {
            return false;
        }
        Tree.Entry log = root.entry("databaseChangeLog");
        if (!(log.value() instanceof Tree.ListNode items)) {
            out.problem(log.keyAt().line(), "databaseChangeLog must be a list, not " + log.value().describe());
            return true;
        }
        new TreeChangelog(out).readLog(items);
        return true;
    }

    private void readLog(Tree.ListNode items) {
        for (Tree item : items.items) {
            if (item instanceof Tree.MapNode map && map.get("property") instanceof Tree.MapNode property) {
                out.property(property.text("name"), property.text("value"));
            }
        }
        for (Tree item : items.items) {
            if (!(item instanceof Tree.MapNode map)) {
                out.problem(item.at().line(), "databaseChangeLog entry must be a map, not " + item.describe());
                continue;
            }
            for (Tree.Entry entry : map.entries) {
                switch (entry.key() == null ? "" : entry.key()) {
                    case "changeSet" -> changeSet(entry);
                    case "include" -> withMap(entry, m -> out.include(
                            m.text("file"), isTrue(m.text("relativeToChangelogFile")), entry.keyAt().line()));
                    case "includeAll" -> withMap(entry, m -> out.includeAll(
                            m.text("path"), isTrue(m.text("relativeToChangelogFile")), entry.keyAt().line()));
                    default -> {
                    }
                }
            }
        }
    }

    private void changeSet(Tree.Entry entry) {
        withMap(entry, set -> {
            Tree.Entry changes = set.entry("changes");
            if (changes == null || changes.value() instanceof Tree.Scalar s && s.value() == null) {
                return;
            }
            if (!(changes.value() instanceof Tree.ListNode list)) {
                out.problem(changes.keyAt().line(), "changes must be a list, not " + changes.value().describe());
                return;
            }
            for (Tree item : list.items) {
                if (!(item instanceof Tree.MapNode map)) {
                    out.problem(item.at().line(), "a change must be a map, not " + item.describe());
                    continue;
                }
                for (Tree.Entry change : map.entries) {
                    if (change.key() != null) {
                        change(change);
                    }
                }
            }
        });
    }

    private void change(Tree.Entry entry) {
        String type = entry.key();
        if (type.equals("sql")) {
            sql(entry);
        } else if (type.equals("sqlFile")) {
            withMap(entry, m -> out.sqlFile(
                    m.text("path"), isTrue(m.text("relativeToChangelogFile")), entry.keyAt().line()));
        } else if (Changes.SYNTHESIZED.contains(type)) {
            withMap(entry, m -> {
                if (m.complete) {
                    Position end = m.end != null && m.end.compareTo(entry.keyAt()) > 0 ? m.end
                            : new Position(entry.keyAt().line(), entry.keyAt().column() + 1);
                    Changes.emit(new Change(type, entry.keyAt(), end, attributes(m), columns(m), m.text("where")),
                            out);
                }
            });
        }
    }

    private void sql(Tree.Entry entry) {
        Tree body = entry.value();
        if (body instanceof Tree.MapNode m) {
            if (!m.complete) {
                return;
            }
            body = m.get("sql");
        }
        if (body == null || body instanceof Tree.Scalar s && s.value() == null) {
            return;
        }
        if (!(body instanceof Tree.Scalar text)) {
            out.problem(body.at().line(), "sql must be text, not " + body.describe());
            return;
        }
        PositionMap exact = text.exact() == null ? null : text.exact().get();
        out.script(text.value(), exact != null ? exact : PositionMap.fixed(entry.keyAt()));
    }

    private void withMap(Tree.Entry entry, Consumer<Tree.MapNode> action) {
        if (entry.value() instanceof Tree.MapNode m) {
            action.accept(m);
        } else if (!(entry.value() instanceof Tree.Scalar s && s.value() == null)) {
            out.problem(entry.keyAt().line(), entry.key() + " must be a map, not " + entry.value().describe());
        }
    }

    private static Map<String, String> attributes(Tree.MapNode m) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Tree.Entry e : m.entries) {
            if (e.key() != null && e.value() instanceof Tree.Scalar s && s.value() != null) {
                attributes.put(e.key(), s.value());
            }
        }
        return attributes;
    }

    /** Column names of {@code columns: [{column: {name: ...}}]}, also accepting items without the column key. */
    private static List<String> columns(Tree.MapNode m) {
        List<String> names = new ArrayList<>();
        if (m.get("columns") instanceof Tree.ListNode list) {
            for (Tree item : list.items) {
                if (item instanceof Tree.MapNode itemMap) {
                    Tree column = itemMap.get("column");
                    String name = column instanceof Tree.MapNode columnMap ? columnMap.text("name") : itemMap.text("name");
                    if (name != null && !name.isBlank()) {
                        names.add(name.strip());
                    }
                }
            }
        }
        return names;
    }

    private static boolean isTrue(String text) {
        return "true".equalsIgnoreCase(text == null ? null : text.strip());
    }
}
