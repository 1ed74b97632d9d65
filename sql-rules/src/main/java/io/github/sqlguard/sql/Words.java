package io.github.sqlguard.sql;

import io.github.sqlguard.sql.Token.Type;
import java.util.Locale;
import java.util.Set;

/** Keyword sets shared by the splitter and the block scanner, in upper case. */
final class Words {

    private Words() {
    }

    /** After {@code BEGIN}, these make it a transaction statement rather than a block. */
    static final Set<String> TRANSACTION_AFTER_BEGIN = Set.of(
            "TRANSACTION", "TRAN", "WORK", "DISTRIBUTED", "ISOLATION", "READ", "DEFERRABLE", "NOT",
            "DEFERRED", "IMMEDIATE", "EXCLUSIVE", "DIALOG", "CONVERSATION");

    /** Between {@code CREATE [OR REPLACE]} and the kind of object. */
    static final Set<String> CREATE_MODIFIERS = Set.of(
            "EDITIONABLE", "NONEDITIONABLE", "EDITIONING", "AGGREGATE", "CONSTRAINT");

    /** {@code END} followed by one of these closes a statement that did not open a level. */
    static final Set<String> END_WITHOUT_LEVEL = Set.of("IF", "LOOP", "WHILE", "REPEAT", "FOR");

    /** T-SQL control flow that may stand outside a routine, followed by the statements it runs. */
    static final Set<String> CONTROL_HEADS = Set.of("IF", "ELSE", "WHILE");

    /** Words that start a data or schema statement in a routine body. */
    static final Set<String> VERBS = Set.of(
            "DELETE", "UPDATE", "INSERT", "MERGE", "SELECT", "WITH", "DROP", "TRUNCATE", "ALTER", "CREATE");

    /** Statements that change rows; PL/pgSQL's {@code FOR r IN UPDATE ... LOOP} runs one. */
    static final Set<String> CHANGES = Set.of("DELETE", "UPDATE", "INSERT", "MERGE");

    /** Statements a MySQL routine body can consist of without {@code BEGIN}. */
    static final Set<String> SINGLE_STATEMENT_BODY = Set.of(
            "DELETE", "UPDATE", "INSERT", "MERGE", "SELECT", "REPLACE", "CALL", "DROP", "TRUNCATE", "ALTER",
            "CREATE");

    /** After one of these, the next word is the first of a statement. */
    static final Set<String> CONTROL_OPENERS = Set.of(
            "BEGIN", "THEN", "ELSE", "LOOP", "DO", "EXCEPTION", "REPEAT");

    /**
     * Words that start a statement in T-SQL, where statements need no {@code ;}: seen at parenthesis depth 0
     * after a complete expression, they end the statement before them.
     */
    static final Set<String> BOUNDARIES = Set.of(
            "DELETE", "UPDATE", "INSERT", "MERGE", "TRUNCATE", "DROP", "ALTER", "CREATE", "SELECT", "WITH",
            "EXEC", "EXECUTE", "SET", "IF", "WHILE", "DECLARE", "RETURN", "PRINT", "RAISERROR", "THROW",
            "COMMIT", "ROLLBACK", "GOTO", "BREAK", "CONTINUE", "WAITFOR", "OPEN", "CLOSE", "DEALLOCATE",
            "BEGIN", "END", "ELSE", "USE", "GRANT", "REVOKE", "DENY");

    /** After one of these words a statement always goes on, so a following statement word belongs to it. */
    static final Set<String> EXPECTING_MORE = Set.of(
            "AND", "OR", "NOT", "WHERE", "SET", "THEN", "WHEN", "SELECT", "IN", "BY", "ON", "FROM", "JOIN",
            "INTO", "IS", "LIKE", "BETWEEN", "AS", "FOR", "KEY", "DO", "UNION", "ALL", "EXCEPT", "INTERSECT",
            "MINUS", "GRANT", "REVOKE", "DENY", "OF", "BEFORE", "AFTER", "INSTEAD", "DISTINCT", "TOP", "VALUES",
            "CASE", "EXISTS", "WITH", "HAVING", "TABLE", "TO", "USING", "MATCHED", "DELETE", "UPDATE", "INSERT",
            "MERGE", "TRUNCATE", "DROP", "ALTER", "CREATE", "EXEC", "EXECUTE", "IF", "WHILE", "DECLARE",
            "IMMEDIATE");

    /** After {@code ALTER TABLE t DROP}, these make the DROP a statement of its own. */
    static final Set<String> DROPPABLE_OBJECTS = Set.of(
            "TABLE", "VIEW", "PROCEDURE", "PROC", "FUNCTION", "DATABASE", "SCHEMA", "SEQUENCE", "SYNONYM", "TYPE",
            "USER", "LOGIN", "ROLE");

    /** Words that may stand between {@code EXECUTE} and the string it runs. */
    static final Set<String> BEFORE_DYNAMIC_SQL = Set.of(
            "IMMEDIATE", "FORMAT", "SP_EXECUTESQL", "SYS", "DBO", "@STMT");

    /** The upper-case word, or an empty string when the token is not a word. */
    static String upper(String text, Token t) {
        return t == null || t.type() != Type.WORD ? "" : text.substring(t.start(), t.end()).toUpperCase(Locale.ROOT);
    }

    static boolean any(String text, Token t, Set<String> words) {
        if (t == null || t.type() != Type.WORD || t.end() - t.start() > 16) {
            return false;
        }
        return words.contains(upper(text, t));
    }
}
