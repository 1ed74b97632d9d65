package io.github.sqlguard.audit;

import io.github.sqlguard.sql.SqlStatement;
import io.github.sqlguard.sql.Verb;

/**
 * A statement the engine read in a file, as much of it as the audit needs.
 *
 * @param verb         what the engine took it to do
 * @param objectType   for DROP, CREATE and ALTER: the object type in upper case, else empty
 * @param start        offset of its first character in the file's text
 * @param end          offset one past its last character
 * @param dropsColumns an ALTER in which the engine found dropped columns
 */
public record Judged(Verb verb, String objectType, int start, int end, boolean dropsColumns) {

    public static Judged of(SqlStatement statement) {
        return new Judged(statement.verb(), statement.facts().objectType(), statement.startOffset(),
                statement.endOffset(), !statement.facts().droppedColumns().isEmpty());
    }
}
