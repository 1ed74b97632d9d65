package io.github.sqlguard.audit;

import io.github.sqlguard.audit.AuditReading.Kind;
import io.github.sqlguard.audit.AuditReading.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the destructive keyword sequences in the code of a text, as {@link AuditReading} reads it:
 *
 * <ul>
 *   <li>{@code DROP TABLE}, {@code DROP TEMPORARY TABLE}, {@code DROP DATABASE}, {@code DROP SCHEMA};</li>
 *   <li>{@code DROP COLUMN} (of an {@code ALTER TABLE}), and an ALTER TABLE's {@code DROP c} or {@code DROP (a, b)}
 *       without the word COLUMN;</li>
 *   <li>{@code TRUNCATE} followed by a name ({@code TRUNCATE TABLE t}, {@code TRUNCATE t}; not the MySQL function
 *       {@code TRUNCATE(x, 2)});</li>
 *   <li>{@code DELETE FROM}, and {@code DELETE} followed by a name where a statement starts: first in the text, after
 *       {@code ;}, {@code )}, a block keyword ({@code BEGIN}, {@code THEN}, {@code ELSE}, {@code AS}...), or first on
 *       its line;</li>
 *   <li>{@code UPDATE name SET}, the name qualified or quoted, with an optional {@code [AS] alias}.</li>
 * </ul>
 *
 * A DELETE, UPDATE or TRUNCATE right after a word that makes it an event or a privilege ({@code ON DELETE CASCADE},
 * {@code AFTER UPDATE ON}, {@code FOR UPDATE}, {@code GRANT ... , DELETE}, {@code ON COMMIT DELETE ROWS}) is none.
 */
final class DestructiveSequences {

    /** Words after which DELETE, UPDATE and TRUNCATE name an event, a privilege or a constraint action. */
    private static final Set<String> NOT_A_STATEMENT_AFTER = Set.of("ON", "OR", "OF", "FOR", "BEFORE", "AFTER",
            "GRANT", "REVOKE", "DENY", "AUDIT", "COMMIT");

    /** Words after which a statement starts. */
    private static final Set<String> STATEMENT_AFTER = Set.of("BEGIN", "THEN", "ELSE", "LOOP", "DO", "AS", "IS",
            "GO", "END");

    /** Words that follow DELETE where it is not a statement on a table. */
    private static final Set<String> NOT_A_TARGET = Set.of("ON", "ROWS", "CASCADE", "RESTRICT", "SET", "NO", "TO",
            "WHERE", "WHEN", "AND", "OR", "THEN", "END", "OUTPUT", "AS");

    /** How far an ALTER TABLE is read for its drops, so that one without {@code ;} is not read to the end. */
    private static final int MAX_ALTER_TOKENS = 10_000;

    private static final Set<String> ALTER_TABLE_OPTIONS = Set.of("IF", "EXISTS", "ONLY", "ONLINE", "IGNORE");

    /** Words after an ALTER TABLE's DROP that name something other than a column ({@code COLUMN} is found apart). */
    private static final Set<String> NOT_A_COLUMN = Set.of("COLUMN", "CONSTRAINT", "INDEX", "KEY", "PRIMARY",
            "FOREIGN", "UNIQUE", "CHECK", "PARTITION", "SUBPARTITION", "DEFAULT", "NOT", "IDENTITY", "TRIGGER",
            "PERIOD", "SYSTEM", "EXPRESSION", "STATISTICS", "SUPPLEMENTAL", "CLUSTERING", "STORAGE", "ROW",
            "SEARCH", "PROJECTION", "LIFECYCLE", "TTL", "FULLTEXT", "SPATIAL");

    private DestructiveSequences() {
    }

    static List<Occurrence> find(String text) {
        List<Token> tokens = AuditReading.read(text);
        int[] lineStarts = lineStarts(text);
        List<Occurrence> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.WORD) {
                continue;
            }
            Family family = null;
            String words = null;
            switch (t.text()) {
                case "DROP" -> {
                    String next = word(tokens, i + 1);
                    if (next.equals("TEMPORARY") && word(tokens, i + 2).equals("TABLE")) {
                        family = Family.DROP_TABLE;
                        words = "DROP TEMPORARY TABLE";
                    } else {
                        family = switch (next) {
                            case "TABLE" -> Family.DROP_TABLE;
                            case "DATABASE" -> word(tokens, i + 2).equals("LINK") ? null : Family.DROP_DATABASE;
                            case "SCHEMA" -> Family.DROP_SCHEMA;
                            case "COLUMN" -> Family.DROP_COLUMN;
                            default -> null;
                        };
                        words = family == Family.DROP_COLUMN ? "ALTER TABLE ... DROP COLUMN" : "DROP " + next;
                    }
                }
                case "TRUNCATE" -> {
                    if (statementWord(tokens, i) && name(tokens, i + 1) && !word(tokens, i + 1).equals("ON")) {
                        family = Family.TRUNCATE;
                        words = word(tokens, i + 1).equals("TABLE") ? "TRUNCATE TABLE" : "TRUNCATE";
                    }
                }
                case "DELETE" -> {
                    if (!statementWord(tokens, i)) {
                        break;
                    }
                    if (word(tokens, i + 1).equals("FROM")) {
                        family = Family.DELETE;
                        words = "DELETE FROM";
                    } else if (name(tokens, i + 1) && !NOT_A_TARGET.contains(word(tokens, i + 1))
                            && statementStart(text, tokens, i)) {
                        family = Family.DELETE;
                        words = "DELETE";
                    }
                }
                case "UPDATE" -> {
                    if (statementWord(tokens, i) && updateSet(tokens, i)) {
                        family = Family.UPDATE;
                        words = "UPDATE ... SET";
                    }
                }
                case "ALTER" -> {
                    if (word(tokens, i + 1).equals("TABLE")) {
                        dropsWithoutColumn(tokens, i + 2, lineStarts, found);
                    }
                }
                default -> {
                }
            }
            if (family != null) {
                found.add(new Occurrence(family, words, t.start(), line(lineStarts, t.start()),
                        Exemption.of(tokens, i)));
            }
        }
        found.sort(Comparator.comparingInt(Occurrence::offset));
        return found;
    }

    /**
     * The column drops of an ALTER TABLE that do not say COLUMN ({@code DROP c}, Oracle's {@code DROP (a, b)}): a
     * DROP at the start of an action (after the table's name or a top-level comma, up to the end of the ALTER) that
     * is followed by a column's name or a parenthesis. Added ahead of the scan, so the caller sorts.
     */
    private static void dropsWithoutColumn(List<Token> tokens, int from, int[] lineStarts, List<Occurrence> found) {
        int i = from;
        while (ALTER_TABLE_OPTIONS.contains(word(tokens, i))) {
            i++;
        }
        if (!name(tokens, i)) {
            return;
        }
        i++;
        while (i + 1 < tokens.size() && tokens.get(i).isSymbol('.') && name(tokens, i + 1)) {
            i += 2;
        }
        int depth = 0;
        boolean actionStart = true;
        int end = Math.min(tokens.size(), i + MAX_ALTER_TOKENS);
        for (; i < end && !endsAlter(tokens, i, depth); i++) {
            Token t = tokens.get(i);
            if (actionStart && t.isWord("DROP") && i + 1 < tokens.size()
                    && (name(tokens, i + 1) && !NOT_A_COLUMN.contains(word(tokens, i + 1))
                            || tokens.get(i + 1).isSymbol('('))) {
                found.add(new Occurrence(Family.DROP_COLUMN, "ALTER TABLE ... DROP", t.start(),
                        line(lineStarts, t.start()), null));
            }
            depth += t.isSymbol('(') ? 1 : t.isSymbol(')') ? -1 : 0;
            actionStart = depth == 0 && t.isSymbol(',');
        }
    }

    /** True at a top-level {@code ;}, a {@code GO} or the next {@code ALTER TABLE}. */
    private static boolean endsAlter(List<Token> tokens, int i, int depth) {
        Token t = tokens.get(i);
        return depth == 0 && t.isSymbol(';') || t.isWord("GO") || t.isWord("ALTER") && word(tokens, i + 1).equals(
                "TABLE");
    }

    /** {@code UPDATE name[.name...] [[AS] alias] SET} from {@code at}. */
    private static boolean updateSet(List<Token> tokens, int at) {
        int j = at + 1;
        if (!name(tokens, j) || word(tokens, j).equals("SET")) {
            return false;
        }
        j++;
        while (j + 1 < tokens.size() && tokens.get(j).isSymbol('.') && name(tokens, j + 1)) {
            j += 2;
        }
        if (word(tokens, j).equals("AS")) {
            j++;
        }
        if (name(tokens, j) && !word(tokens, j).equals("SET")) {
            j++;
        }
        return word(tokens, j).equals("SET");
    }

    /** False right after a word that makes the keyword at {@code at} an event, a privilege or an action. */
    private static boolean statementWord(List<Token> tokens, int at) {
        if (at == 0) {
            return true;
        }
        Token previous = tokens.get(at - 1);
        return !previous.isSymbol(',') && !(previous.kind() == Kind.WORD
                && NOT_A_STATEMENT_AFTER.contains(previous.text()));
    }

    private static boolean statementStart(String text, List<Token> tokens, int at) {
        if (at == 0) {
            return true;
        }
        Token previous = tokens.get(at - 1);
        if (previous.isSymbol(';') || previous.isSymbol(')') || previous.isSymbol('/')
                || previous.kind() == Kind.WORD && STATEMENT_AFTER.contains(previous.text())) {
            return true;
        }
        for (int k = previous.end(); k < tokens.get(at).start(); k++) {
            if (text.charAt(k) == '\n' || text.charAt(k) == '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean name(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).isName();
    }

    private static String word(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).kind() == Kind.WORD ? tokens.get(i).text() : "";
    }

    /** Where each line starts; a line ends at {@code \n}, {@code \r\n} or a lone {@code \r}. */
    static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    static int line(int[] lineStarts, int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        return (idx >= 0 ? idx : -idx - 2) + 1;
    }
}
