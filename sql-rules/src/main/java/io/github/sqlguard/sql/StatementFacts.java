package io.github.sqlguard.sql;

import java.util.List;

/**
 * What the rules need to know about a statement, read from its tokens, and for DELETE and UPDATE refined from the
 * JSqlParser tree when it parses.
 *
 * @param verb           what the statement does
 * @param objectType     for DROP, CREATE and ALTER: the object type in upper case ({@code TABLE}, {@code DATABASE},
 *                       {@code SCHEMA}, {@code VIEW}...), else empty
 * @param tables         the tables it targets, as written without quotes
 * @param temporary      a temporary table ({@code CREATE TEMP TABLE}, {@code DROP TEMPORARY TABLE}, {@code #t})
 * @param hasWhere       DELETE/UPDATE: a WHERE at the statement's top level
 * @param joinFiltered   DELETE/UPDATE: an inner join with an ON condition limits the rows
 * @param whereUnknown   DELETE/UPDATE: a fragment only known at run time stands where a WHERE could be
 * @param whereStart     offset of the first token after WHERE, or -1
 * @param whereEnd       offset one past the WHERE condition, or -1
 * @param droppedColumns ALTER TABLE: the columns it drops
 * @param nestingDepth   deepest parenthesis nesting
 */
public record StatementFacts(
        Verb verb,
        String objectType,
        List<String> tables,
        boolean temporary,
        boolean hasWhere,
        boolean joinFiltered,
        boolean whereUnknown,
        int whereStart,
        int whereEnd,
        List<String> droppedColumns,
        int nestingDepth) {

    /** A statement known by its verb alone. */
    public static StatementFacts of(Verb verb, int nestingDepth) {
        return of(verb, "", List.of(), false, nestingDepth);
    }

    /** A statement on named objects ({@code DROP TABLE a, b}), with nothing known about a WHERE. */
    public static StatementFacts of(Verb verb, String objectType, List<String> tables, boolean temporary,
            int nestingDepth) {
        return new StatementFacts(verb, objectType, tables, temporary, false, false, false, -1, -1,
                List.of(), nestingDepth);
    }

    public StatementFacts withTables(List<String> newTables) {
        return new StatementFacts(verb, objectType, newTables, temporary, hasWhere, joinFiltered,
                whereUnknown, whereStart, whereEnd, droppedColumns, nestingDepth);
    }

    /** DELETE/UPDATE: what limits the rows, and where the WHERE condition stands (-1 when there is none). */
    public StatementFacts withFilter(boolean where, boolean join, boolean unknown, int conditionStart,
            int conditionEnd) {
        return new StatementFacts(verb, objectType, tables, temporary, where, join, unknown, conditionStart,
                conditionEnd, droppedColumns, nestingDepth);
    }

    public StatementFacts withDroppedColumns(List<String> columns) {
        return new StatementFacts(verb, objectType, tables, temporary, hasWhere, joinFiltered, whereUnknown,
                whereStart, whereEnd, columns, nestingDepth);
    }

    /** DELETE/UPDATE: nothing limits the rows (no WHERE, no filtering join, no run-time part that could hold one). */
    public boolean unfiltered() {
        return !hasWhere && !joinFiltered && !whereUnknown;
    }

    public String firstTable() {
        return tables.isEmpty() ? "?" : tables.get(0);
    }
}
