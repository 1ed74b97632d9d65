package io.github.sqlguard.sql;

import java.util.List;

/** The statements of one file, in order, for rules that look beyond one statement. */
public final class Script {

    private final List<SqlStatement> statements;

    public Script(List<SqlStatement> statements) {
        this.statements = List.copyOf(statements);
    }

    public List<SqlStatement> statements() {
        return statements;
    }

    /**
     * True if a statement before {@code statement} creates {@code table} as a new table: a temporary table, or a
     * plain CREATE TABLE. {@code CREATE TABLE IF NOT EXISTS} does not count: the table may be an old one, rows and all.
     */
    public boolean createdBefore(SqlStatement statement, String table) {
        for (SqlStatement s : statements) {
            if (s == statement) {
                return false;
            }
            if (creates(s, table) && (s.facts().temporary()
                    || !LexicalAnalyzer.createsIfNotExists(s.piece().text(), s.startOffset(), s.endOffset()))) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code table} is created by a statement after {@code statement}. */
    public boolean createdAfter(SqlStatement statement, String table) {
        boolean after = false;
        for (SqlStatement s : statements) {
            if (after && creates(s, table)) {
                return true;
            }
            after = after || s == statement;
        }
        return false;
    }

    /** True if the first statement after {@code statement} that creates {@code table} makes it a temporary table. */
    public boolean temporaryAfter(SqlStatement statement, String table) {
        boolean after = false;
        for (SqlStatement s : statements) {
            if (after && creates(s, table)) {
                return s.facts().temporary();
            }
            after = after || s == statement;
        }
        return false;
    }

    /** True if a statement before {@code statement} creates {@code table} as a temporary table. */
    public boolean temporaryBefore(SqlStatement statement, String table) {
        for (SqlStatement s : statements) {
            if (s == statement) {
                return false;
            }
            if (creates(s, table) && s.facts().temporary()) {
                return true;
            }
        }
        return false;
    }

    private static boolean creates(SqlStatement s, String table) {
        StatementFacts f = s.facts();
        return f.verb() == Verb.CREATE && f.objectType().equals("TABLE")
                && f.tables().stream().anyMatch(t -> LexicalAnalyzer.sameTable(t, table));
    }
}
