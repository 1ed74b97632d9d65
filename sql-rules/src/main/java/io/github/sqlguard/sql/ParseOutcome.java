package io.github.sqlguard.sql;

import net.sf.jsqlparser.statement.Statement;

/**
 * What JSqlParser made of a statement.
 *
 * @param ast   the parsed statement, or null
 * @param error why it could not be parsed, or null when parsed or not attempted
 */
public record ParseOutcome(Statement ast, String error) {

    public static final ParseOutcome NOT_ATTEMPTED = new ParseOutcome(null, null);

    public boolean parsed() {
        return ast != null;
    }

    public boolean failed() {
        return error != null;
    }
}
