package io.github.sqlguard.audit;

import io.github.sqlguard.sql.Verb;

/**
 * A kind of destructive statement the audit looks for, and the verb (and for DROP the object type) the engine gives
 * such a statement.
 */
public enum Family {
    DROP_TABLE("DROP TABLE", Verb.DROP, "TABLE"),
    DROP_DATABASE("DROP DATABASE", Verb.DROP, "DATABASE"),
    DROP_SCHEMA("DROP SCHEMA", Verb.DROP, "SCHEMA"),
    TRUNCATE("TRUNCATE", Verb.TRUNCATE, null),
    DELETE("DELETE", Verb.DELETE, null),
    UPDATE("UPDATE", Verb.UPDATE, null),
    DROP_COLUMN("DROP COLUMN", Verb.ALTER, null);

    private final String label;
    private final Verb verb;
    private final String objectType;

    Family(String label, Verb verb, String objectType) {
        this.label = label;
        this.verb = verb;
        this.objectType = objectType;
    }

    /** True if a statement the engine read with this verb and object type is one of this family. */
    boolean matches(Verb statementVerb, String statementObjectType) {
        return verb == statementVerb && (objectType == null || objectType.equals(statementObjectType));
    }

    public String label() {
        return label;
    }

    public Verb verb() {
        return verb;
    }
}
