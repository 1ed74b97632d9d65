package io.github.sqlguard.sql;

import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.sql.Token.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@link StatementFacts} from tokens alone. It decides DDL (whose shape is simple and whose dialect options
 * JSqlParser does not all know) and is the fallback verdict for DELETE and UPDATE that JSqlParser cannot parse.
 */
public final class TokenFacts {

    private static final Set<String> DELETE_MODIFIERS = Set.of("LOW_PRIORITY", "QUICK", "IGNORE", "FROM", "ONLY");
    private static final Set<String> UPDATE_MODIFIERS = Set.of("LOW_PRIORITY", "IGNORE", "ONLY");
    private static final Set<String> DROP_OPTIONS = Set.of("IF", "EXISTS", "CASCADE", "RESTRICT", "PURGE",
            "CONSTRAINTS", "FORCE");
    private static final Set<String> TRUNCATE_OPTIONS = Set.of("TABLE", "ONLY", "IF", "EXISTS", "RESTART",
            "CONTINUE", "IDENTITY", "CASCADE", "RESTRICT", "REUSE", "DROP", "STORAGE", "PRESERVE", "PURGE",
            "MATERIALIZED", "VIEW", "LOG", "IMMEDIATE");
    private static final Set<String> NOT_A_COLUMN = Set.of("CONSTRAINT", "INDEX", "KEY", "PRIMARY", "FOREIGN",
            "UNIQUE", "CHECK", "DEFAULT", "NOT", "IDENTITY", "EXPRESSION", "PARTITION", "SUBPARTITION", "PERIOD",
            "SYSTEM", "TRIGGER", "ROW", "SUPPLEMENTAL", "STORAGE", "FULLTEXT", "SPATIAL");
    /** Words after which a run-time fragment is a name or a value, not a clause that could be a WHERE. */
    private static final Set<String> VALUE_POSITION = Set.of("FROM", "UPDATE", "INTO", "SET", "WHERE", "AND",
            "OR", "NOT", "JOIN", "ON", "TABLE", "USING", "IN", "BY", "AS", "IS", "LIKE", "BETWEEN", "DELETE",
            "ONLY", "THEN", "ELSE", "WHEN", "CASE");
    private static final Set<String> CREATE_MODIFIERS = Set.of("GLOBAL", "LOCAL", "PRIVATE", "TEMPORARY", "TEMP",
            "UNLOGGED", "VOLATILE", "TRANSIENT", "CACHED", "MEMORY", "DEFINER", "EDITIONABLE", "NONEDITIONABLE",
            "ALGORITHM", "SQL", "SECURITY");
    private static final Set<String> BLOCK_STARTS = Set.of("PROCEDURE", "FUNCTION", "TRIGGER", "PACKAGE", "TYPE",
            "EVENT");

    private final String text;
    private final List<Token> tokens;
    /** Each token's word in upper case, made when first asked for: the analysis asks for most of them often. */
    private final String[] words;

    private TokenFacts(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.words = new String[tokens.size()];
    }

    /** Facts of the statement between {@code start} and {@code end} of {@code text}. */
    public static StatementFacts analyze(String text, int start, int end) {
        return analyze(text, SqlLexer.code(text, start, end));
    }

    /** Facts from code tokens (comments removed). */
    public static StatementFacts analyze(String text, List<Token> codeTokens) {
        return new TokenFacts(text, codeTokens).facts();
    }

    private StatementFacts facts() {
        int depth = 0;
        int base = tokens.isEmpty() ? 0 : tokens.get(0).depth();
        for (Token t : tokens) {
            depth = Math.max(depth, t.depth() - base + (t.isSymbol(text, '(') ? 1 : 0));
        }
        if (tokens.isEmpty()) {
            return other(Verb.OTHER, depth);
        }
        String first = word(0);
        return switch (first) {
            case "DELETE" -> dml(Verb.DELETE, 0, depth);
            case "UPDATE" -> dml(Verb.UPDATE, 0, depth);
            case "WITH" -> withStatement(depth);
            case "DROP" -> drop(depth);
            case "TRUNCATE" -> truncate(depth);
            case "ALTER" -> alter(depth);
            case "CREATE" -> create(depth);
            case "INSERT", "REPLACE", "UPSERT" -> other(Verb.INSERT, depth);
            case "MERGE" -> other(Verb.MERGE, depth);
            case "SELECT", "VALUES", "TABLE", "SHOW", "EXPLAIN", "DESCRIBE" -> other(Verb.SELECT, depth);
            case "DECLARE" -> declaresTemporaryTable() ? create(depth) : other(Verb.BLOCK, depth);
            case "DO" -> other(Verb.BLOCK, depth);
            case "BEGIN" -> isTransactionStart() ? other(Verb.OTHER, depth) : other(Verb.BLOCK, depth);
            default -> other(Verb.OTHER, depth);
        };
    }

    private boolean isTransactionStart() {
        String next = word(1);
        return tokens.size() == 1 || Set.of("TRANSACTION", "TRAN", "WORK", "DISTRIBUTED", "ISOLATION", "READ")
                .contains(next);
    }

    private StatementFacts other(Verb verb, int depth) {
        return StatementFacts.of(verb, depth);
    }

    private StatementFacts withStatement(int depth) {
        int base = tokens.get(0).depth();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.depth() == base && i > 0 && tokens.get(i - 1).isSymbol(text, ')')) {
                switch (word(i)) {
                    case "DELETE":
                        return dml(Verb.DELETE, i, depth);
                    case "UPDATE":
                        return dml(Verb.UPDATE, i, depth);
                    case "INSERT":
                        return other(Verb.INSERT, depth);
                    case "MERGE":
                        return other(Verb.MERGE, depth);
                    case "SELECT":
                        return other(Verb.SELECT, depth);
                    default:
                        break;
                }
            }
        }
        return other(Verb.SELECT, depth);
    }

    private StatementFacts dml(Verb verb, int verbIndex, int depth) {
        int base = tokens.get(verbIndex).depth();
        int i = verbIndex + 1;
        Set<String> modifiers = verb == Verb.DELETE ? DELETE_MODIFIERS : UPDATE_MODIFIERS;
        if (word(i).equals("TOP")) {
            i = skipParenthesized(i + 1);
        }
        while (i < tokens.size() && modifiers.contains(word(i))) {
            i++;
        }
        List<String> tables = new ArrayList<>();
        int[] nameEnd = new int[1];
        String table = name(i, nameEnd);
        tables.add(table != null ? table : SqlPiece.UNKNOWN_FRAGMENT);
        boolean hasWhere = false;
        boolean join = false;
        boolean on = false;
        boolean unknown = false;
        int whereStart = -1;
        int whereEnd = -1;
        for (int k = Math.max(nameEnd[0], i); k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.depth() != base) {
                continue;
            }
            String w = word(k);
            if (w.equals("WHERE") && !hasWhere) {
                hasWhere = true;
                whereStart = k + 1 < tokens.size() ? tokens.get(k + 1).start() : t.end();
                whereEnd = whereEnd(k + 1, base);
            } else if (w.equals("JOIN")) {
                String before = word(k - 1);
                join = join || !(before.equals("LEFT") || before.equals("RIGHT") || before.equals("FULL")
                        || before.equals("OUTER") || before.equals("CROSS"));
            } else if (w.equals("ON") && join) {
                on = true;
            } else if (isFragment(t) && inClausePosition(k)) {
                unknown = true;
            }
        }
        return StatementFacts.of(verb, "", tables, false, depth)
                .withFilter(hasWhere, join && on, unknown && !hasWhere, whereStart, whereEnd);
    }

    private int whereEnd(int from, int base) {
        int end = -1;
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.depth() == base && Set.of("RETURNING", "ORDER", "LIMIT", "OUTPUT", "OPTION").contains(word(k))) {
                break;
            }
            end = t.end();
        }
        return end;
    }

    private boolean isFragment(Token t) {
        return (t.type() == Type.WORD && t.text(text).equalsIgnoreCase(SqlPiece.UNKNOWN_FRAGMENT))
                || (t.type() == Type.PLACEHOLDER && text.startsWith("${", t.start()));
    }

    private boolean inClausePosition(int k) {
        if (k == 0) {
            return false;
        }
        Token before = tokens.get(k - 1);
        return switch (before.type()) {
            case WORD -> !VALUE_POSITION.contains(word(k - 1));
            case QUOTED_NAME, STRING, NUMBER, PLACEHOLDER -> true;
            case SYMBOL -> before.isSymbol(text, ')');
            default -> false;
        };
    }

    private StatementFacts drop(int depth) {
        int i = 1;
        boolean temporary = false;
        if (word(i).equals("TEMPORARY") || word(i).equals("TEMP")) {
            temporary = true;
            i++;
        }
        String type = word(i);
        if (type.equals("PUBLIC")) {
            type = "PUBLIC " + word(++i);
        }
        if (type.endsWith("DATABASE") && word(i + 1).equals("LINK")) {
            type = type + " " + word(++i);
        } else if (type.equals("MATERIALIZED") || type.equals("FOREIGN")) {
            type = type + " " + word(++i);
        } else if (type.equals("EXTERNAL")) {
            i += word(i + 1).equals("WEB") ? 2 : 1;
            type = "EXTERNAL " + word(i);
        }
        if (type.equals("ALL") && word(i + 1).equals("OBJECTS")) {
            return StatementFacts.of(Verb.DROP, "ALL OBJECTS", List.of(), false, depth);
        }
        List<String> names = names(i + 1, DROP_OPTIONS);
        temporary = temporary || names.stream().allMatch(n -> n.startsWith("#"));
        return StatementFacts.of(Verb.DROP, type, names, temporary, depth);
    }

    private StatementFacts truncate(int depth) {
        List<String> names = names(1, TRUNCATE_OPTIONS);
        boolean temporary = names.stream().allMatch(n -> n.startsWith("#"));
        return StatementFacts.of(Verb.TRUNCATE, "TABLE", names, temporary, depth);
    }

    /**
     * The comma-separated names from token {@code i} on, skipping {@code options} words and PostgreSQL's
     * {@code name *}; a run-time fragment when there is none, so that a DROP of an unknown table is still a DROP.
     */
    private List<String> names(int from, Set<String> options) {
        List<String> names = new ArrayList<>();
        int i = from;
        while (i < tokens.size()) {
            if (options.contains(word(i))) {
                i++;
                continue;
            }
            int[] end = new int[1];
            String n = name(i, end);
            if (n == null) {
                break;
            }
            names.add(n);
            i = end[0];
            if (i < tokens.size() && tokens.get(i).isSymbol(text, '*')) {
                i++;
            }
            if (i < tokens.size() && tokens.get(i).isSymbol(text, ',')) {
                i++;
            } else {
                break;
            }
        }
        if (names.isEmpty()) {
            names.add(SqlPiece.UNKNOWN_FRAGMENT);
        }
        return names;
    }

    private StatementFacts alter(int depth) {
        String type = word(1);
        if (!type.equals("TABLE")) {
            return StatementFacts.of(Verb.ALTER, type, List.of(), false, depth);
        }
        int i = 2;
        while (Set.of("IF", "EXISTS", "ONLY", "ONLINE", "IGNORE").contains(word(i))) {
            i++;
        }
        int[] end = new int[1];
        String table = name(i, end);
        if (table == null) {
            return StatementFacts.of(Verb.ALTER, type, List.of(), false, depth);
        }
        int base = tokens.get(0).depth();
        List<String> dropped = new ArrayList<>();
        boolean inDropColumns = false;
        int k = end[0];
        boolean actionStart = true;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            if (t.depth() == base && t.isSymbol(text, ',')) {
                actionStart = true;
                k++;
                continue;
            }
            if (actionStart && t.depth() == base) {
                actionStart = false;
                String w = word(k);
                if (w.equals("SET") && word(k + 1).equals("UNUSED")) {
                    k = droppedColumns(k + 2, dropped);
                    inDropColumns = !dropped.isEmpty();
                    continue;
                }
                if (w.equals("DROP")) {
                    k = droppedColumns(k + 1, dropped);
                    inDropColumns = dropped.size() > 0 && k > 0;
                    continue;
                }
                if (inDropColumns && (t.type() == Type.WORD || t.type() == Type.QUOTED_NAME)
                        && !isActionKeyword(w)) {
                    int[] e = new int[1];
                    String column = name(k, e);
                    if (column != null) {
                        dropped.add(column);
                        k = e[0];
                        continue;
                    }
                }
                inDropColumns = false;
            }
            k++;
        }
        return StatementFacts.of(Verb.ALTER, type, List.of(table), false, depth)
                .withDroppedColumns(List.copyOf(dropped));
    }

    private static boolean isActionKeyword(String w) {
        return Set.of("ADD", "ALTER", "MODIFY", "CHANGE", "RENAME", "DROP", "SET", "ENABLE", "DISABLE", "OWNER",
                "VALIDATE", "ATTACH", "DETACH", "INHERIT", "NO", "CLUSTER", "REPLICA", "FORCE", "RESET",
                "ALGORITHM", "LOCK", "CONVERT", "ORDER", "PARTITION", "WITH", "NOCHECK", "CHECK").contains(w);
    }

    /** After {@code DROP} in ALTER TABLE: adds the dropped columns; returns the index after them. */
    private int droppedColumns(int i, List<String> dropped) {
        String w = word(i);
        if (NOT_A_COLUMN.contains(w)) {
            return i + 1;
        }
        boolean explicit = w.equals("COLUMN");
        if (explicit) {
            i++;
        }
        if (word(i).equals("IF") && word(i + 1).equals("EXISTS")) {
            i += 2;
        }
        if (i < tokens.size() && tokens.get(i).isSymbol(text, '(')) {
            int depth = tokens.get(i).depth();
            i++;
            while (i < tokens.size() && tokens.get(i).depth() > depth) {
                Token t = tokens.get(i);
                if (t.type() == Type.WORD || t.type() == Type.QUOTED_NAME) {
                    dropped.add(unquote(t.text(text)));
                }
                i++;
            }
            return i + 1;
        }
        int[] end = new int[1];
        String column = name(i, end);
        if (column != null) {
            dropped.add(column);
            return end[0];
        }
        return i;
    }

    /** DB2's {@code DECLARE GLOBAL TEMPORARY TABLE}: a temporary table, declared rather than created. */
    private boolean declaresTemporaryTable() {
        return word(1).equals("GLOBAL") && word(2).equals("TEMPORARY") && word(3).equals("TABLE");
    }

    private StatementFacts create(int depth) {
        int i = typeIndex();
        boolean temporary = false;
        for (int k = 1; k < i; k++) {
            temporary = temporary || word(k).startsWith("TEMP");
        }
        String type = word(i);
        if (BLOCK_STARTS.contains(type)) {
            return StatementFacts.of(Verb.BLOCK, type, List.of(), false, depth);
        }
        i++;
        while (Set.of("IF", "NOT", "EXISTS").contains(word(i))) {
            i++;
        }
        int[] end = new int[1];
        String n = name(i, end);
        List<String> names = n == null ? List.of() : List.of(n);
        temporary = temporary || (n != null && n.startsWith("#"));
        return StatementFacts.of(Verb.CREATE, type, names, temporary, depth);
    }

    /** In a CREATE (or DECLARE), the index of the object type, after modifiers such as {@code GLOBAL TEMPORARY}. */
    private int typeIndex() {
        int i = 1;
        if (word(i).equals("OR") && word(i + 1).equals("REPLACE")) {
            i += 2;
        }
        while (CREATE_MODIFIERS.contains(word(i)) || (i < tokens.size() && tokens.get(i).isSymbol(text, '='))) {
            i++;
        }
        return i;
    }

    /** True if the statement between {@code start} and {@code end} is a {@code CREATE ... IF NOT EXISTS}. */
    public static boolean createsIfNotExists(String text, int start, int end) {
        TokenFacts a = new TokenFacts(text, SqlLexer.code(text, start, end));
        int i = a.typeIndex() + 1;
        return a.word(0).equals("CREATE") && a.word(i).equals("IF") && a.word(i + 1).equals("NOT")
                && a.word(i + 2).equals("EXISTS");
    }

    /** A possibly qualified name starting at token {@code i}, quotes removed; {@code end[0]} gets the next index. */
    private String name(int i, int[] end) {
        if (i >= tokens.size()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        int k = i;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            boolean part = t.type() == Type.WORD || t.type() == Type.QUOTED_NAME
                    || (t.type() == Type.PLACEHOLDER && text.startsWith("${", t.start()));
            boolean bracket = t.isSymbol(text, '[');
            if (bracket) {
                int close = k + 1;
                while (close < tokens.size() && !tokens.get(close).isSymbol(text, ']')) {
                    close++;
                }
                if (close >= tokens.size()) {
                    break;
                }
                sb.append(text, tokens.get(k + 1 < close ? k + 1 : k).start(), tokens.get(close - 1).end());
                k = close + 1;
            } else if (part && (k == i || sb.length() > 0)) {
                sb.append(unquote(t.text(text)));
                k++;
            } else {
                break;
            }
            if (k < tokens.size() && tokens.get(k).isSymbol(text, '.')) {
                sb.append('.');
                k++;
            } else {
                break;
            }
        }
        end[0] = k;
        return sb.length() == 0 ? null : sb.toString();
    }

    private int skipParenthesized(int i) {
        if (i < tokens.size() && tokens.get(i).isSymbol(text, '(')) {
            int depth = tokens.get(i).depth();
            i++;
            while (i < tokens.size() && tokens.get(i).depth() > depth) {
                i++;
            }
            return i + 1;
        }
        return i + 1;
    }

    static String unquote(String name) {
        if (name.length() >= 2) {
            char c = name.charAt(0);
            char last = name.charAt(name.length() - 1);
            if ((c == '"' && last == '"') || (c == '`' && last == '`') || (c == '[' && last == ']')) {
                return name.substring(1, name.length() - 1);
            }
        }
        return name;
    }

    private String word(int i) {
        if (i < 0 || i >= tokens.size()) {
            return "";
        }
        String w = words[i];
        if (w == null) {
            w = tokens.get(i).word(text);
            words[i] = w;
        }
        return w;
    }

    /** Compares table names the way most databases do: case-insensitive, a schema on one side only ignored. */
    public static boolean sameTable(String a, String b) {
        if (a.contains(SqlPiece.UNKNOWN_FRAGMENT) || b.contains(SqlPiece.UNKNOWN_FRAGMENT)) {
            return false;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        boolean xq = x.indexOf('.') >= 0;
        boolean yq = y.indexOf('.') >= 0;
        if (xq == yq) {
            return false;
        }
        return (xq ? x.substring(x.lastIndexOf('.') + 1) : x).equals(yq ? y.substring(y.lastIndexOf('.') + 1) : y);
    }
}
