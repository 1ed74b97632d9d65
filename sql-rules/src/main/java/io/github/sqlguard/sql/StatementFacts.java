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

    /** DELETE/UPDATE: nothing limits the rows (no WHERE, no filtering join, no run-time part that could hold one). */
    public boolean unfiltered() {
        return !hasWhere && !joinFiltered && !whereUnknown;
    }

    public String firstTable() {
        return tables.isEmpty() ? "?" : tables.get(0);
    }
}
