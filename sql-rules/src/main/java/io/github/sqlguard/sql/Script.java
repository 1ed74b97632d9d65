package io.github.sqlguard.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The statements of one file, in order, for rules that look beyond one statement. The CREATE TABLE statements are
 * indexed by table name once, so that asking about the tables of every DROP in a script of many thousand statements
 * does not walk the script each time.
 */
public final class Script {

    private final List<SqlStatement> statements;
    private final Map<SqlStatement, Integer> positions = new IdentityHashMap<>();
    /** The positions of the statements that create a table, by the table's unqualified name in lower case. */
    private final Map<String, List<Integer>> creates = new HashMap<>();

    public Script(List<SqlStatement> statements) {
        this.statements = List.copyOf(statements);
        for (int i = 0; i < this.statements.size(); i++) {
            SqlStatement s = this.statements.get(i);
            positions.putIfAbsent(s, i);
            StatementFacts f = s.facts();
            if (f.verb() == Verb.CREATE && f.objectType().equals("TABLE")) {
                for (String table : f.tables()) {
                    List<Integer> at = creates.computeIfAbsent(key(table), k -> new ArrayList<>());
                    if (at.isEmpty() || at.get(at.size() - 1) != i) {
                        at.add(i);
                    }
                }
            }
        }
    }

    public List<SqlStatement> statements() {
        return statements;
    }

    /**
     * True if a statement before {@code statement} creates {@code table} as a new table: a temporary table, or a
     * plain CREATE TABLE. {@code CREATE TABLE IF NOT EXISTS} does not count: the table may be an old one, rows and all.
     */
    public boolean createdBefore(SqlStatement statement, String table) {
        int position = position(statement);
        for (int i : creators(table)) {
            if (i >= position) {
                return false;
            }
            SqlStatement s = statements.get(i);
            if (creates(s, table) && (s.facts().temporary()
                    || !TokenFacts.createsIfNotExists(s.piece().text(), s.startOffset(), s.endOffset()))) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code table} is created by a statement after {@code statement}. */
    public boolean createdAfter(SqlStatement statement, String table) {
        return firstCreatorAfter(statement, table) != null;
    }

    /** True if the first statement after {@code statement} that creates {@code table} makes it a temporary table. */
    public boolean temporaryAfter(SqlStatement statement, String table) {
        SqlStatement creator = firstCreatorAfter(statement, table);
        return creator != null && creator.facts().temporary();
    }

    private SqlStatement firstCreatorAfter(SqlStatement statement, String table) {
        Integer position = positions.get(statement);
        if (position == null) {
            return null;
        }
        for (int i : creators(table)) {
            if (i > position && creates(statements.get(i), table)) {
                return statements.get(i);
            }
        }
        return null;
    }

    /** The statement's place in the script; past the end for a statement that is not in it. */
    private int position(SqlStatement statement) {
        Integer position = positions.get(statement);
        return position == null ? statements.size() : position;
    }

    private List<Integer> creators(String table) {
        return creates.getOrDefault(key(table), List.of());
    }

    private static String key(String table) {
        String lower = table.toLowerCase(Locale.ROOT);
        return lower.substring(lower.lastIndexOf('.') + 1);
    }

    private static boolean creates(SqlStatement s, String table) {
        StatementFacts f = s.facts();
        return f.verb() == Verb.CREATE && f.objectType().equals("TABLE")
                && f.tables().stream().anyMatch(t -> TokenFacts.sameTable(t, table));
    }
}
