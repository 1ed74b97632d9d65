package io.github.sqlguard.liquibase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the changes the rules care about into SQL; other change types give nothing. */
final class Changes {

    static final Set<String> SYNTHESIZED = Set.of(
            "dropTable", "dropColumn", "delete", "update", "createTable",
            "dropView", "dropIndex", "renameTable", "renameColumn");

    static final String UNKNOWN_COLUMN = "__sqlguard_column__";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$#]*(\\.[A-Za-z_][A-Za-z0-9_$#]*)*");

    private Changes() {
    }

    static void emit(Change c, Collector out) {
        switch (c.type()) {
            case "dropTable" -> {
                String table = required(c, "tableName", out);
                if (table != null) {
                    boolean cascade = "true".equalsIgnoreCase(c.attribute("cascadeConstraints"));
                    out.statement("DROP TABLE " + qualified(c, table) + (cascade ? " CASCADE" : ""), c.at(), c.end());
                }
            }
            case "dropColumn" -> {
                String table = required(c, "tableName", out);
                if (table == null) {
                    return;
                }
                List<String> columns = new ArrayList<>();
                if (c.attribute("columnName") != null) {
                    columns.add(c.attribute("columnName"));
                }
                columns.addAll(c.columns());
                if (columns.isEmpty()) {
                    out.problem(c.at().line(), "dropColumn has no columnName");
                }
                for (String column : columns) {
                    out.statement("ALTER TABLE " + qualified(c, table) + " DROP COLUMN " + name(column), c.at(), c.end());
                }
            }
            case "delete" -> {
                String table = required(c, "tableName", out);
                if (table != null) {
                    out.statement("DELETE FROM " + qualified(c, table) + where(c), c.at(), c.end());
                }
            }
            case "update" -> {
                String table = required(c, "tableName", out);
                if (table != null) {
                    List<String> sets = new ArrayList<>();
                    for (String column : c.columns()) {
                        sets.add(name(column) + " = ?");
                    }
                    if (sets.isEmpty()) {
                        sets.add(UNKNOWN_COLUMN + " = ?");
                    }
                    out.statement("UPDATE " + qualified(c, table) + " SET " + String.join(", ", sets) + where(c),
                            c.at(), c.end());
                }
            }
            case "createTable" -> {
                String table = required(c, "tableName", out);
                if (table != null) {
                    out.statement("CREATE TABLE " + qualified(c, table) + " (x int)", c.at(), c.end());
                }
            }
            case "dropView" -> {
                String view = required(c, "viewName", out);
                if (view != null) {
                    out.statement("DROP VIEW " + qualified(c, view), c.at(), c.end());
                }
            }
            case "dropIndex" -> {
                String index = required(c, "indexName", out);
                if (index != null) {
                    out.statement("DROP INDEX " + qualified(c, index), c.at(), c.end());
                }
            }
            case "renameTable" -> {
                String oldName = required(c, "oldTableName", out);
                String newName = required(c, "newTableName", out);
                if (oldName != null && newName != null) {
                    out.statement("ALTER TABLE " + qualified(c, oldName) + " RENAME TO " + name(newName), c.at(), c.end());
                }
            }
            case "renameColumn" -> {
                String table = required(c, "tableName", out);
                String oldName = required(c, "oldColumnName", out);
                String newName = required(c, "newColumnName", out);
                if (table != null && oldName != null && newName != null) {
                    out.statement("ALTER TABLE " + qualified(c, table) + " RENAME COLUMN " + name(oldName)
                            + " TO " + name(newName), c.at(), c.end());
                }
            }
            default -> {
            }
        }
    }

    private static String required(Change c, String attribute, Collector out) {
        String value = c.attribute(attribute);
        if (value == null) {
            out.problem(c.at().line(), c.type() + " has no " + attribute);
        }
        return value;
    }

    private static String where(Change c) {
        if (c.where() == null || c.where().isBlank()) {
            return "";
        }
        return " WHERE " + Placeholders.replace(c.where().strip());
    }

    private static String qualified(Change c, String name) {
        String schema = c.attribute("schemaName");
        return schema == null ? name(name) : name(schema) + "." + name(name);
    }

    /** A name as SQL: properties replaced, quoted unless it is a plain (possibly dotted) identifier already. */
    static String name(String raw) {
        String n = Placeholders.replace(raw.strip());
        if (PLAIN_NAME.matcher(n).matches() || n.startsWith("\"") || n.startsWith("`") || n.startsWith("[")) {
            return n;
        }
        return "\"" + n.replace("\"", "\"\"") + "\"";
    }
}
