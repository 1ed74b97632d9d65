package io.github.sqlguard.java;

import io.github.sqlguard.core.LibraryCall;
import io.github.sqlguard.core.SqlPiece;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the query-builder chains of one family look like, read from a {@code chain} line of the catalog: the calls
 * that start a statement, the terminal calls that run it, the calls that limit its rows and the calls known not to.
 * Public so that the bytecode detector follows the same chains as the source scanner.
 */
public final class ChainShape {

    /** The start written for a constructor of the line's types. */
    public static final String CONSTRUCTOR = "new";

    /** Which rows a chain's DELETE or UPDATE touches, as far as its calls tell. */
    public enum Rows {
        EVERY,
        /** a filter call limits them */
        FILTERED,
        /** the builder was handed to code not seen here, which may add a filter */
        UNKNOWN
    }

    /** What a chain runs. */
    public enum Statement {
        DELETE, UPDATE, TRUNCATE, DROP, DROP_IF_EXISTS;

        /**
         * The statement as SQL, for the rules to judge: a filter stands as a WHERE of unknown condition, an unknown
         * builder as a run-time fragment where a WHERE could be.
         */
        public String sql(String table, String column, Rows rows) {
            String statement = switch (this) {
                case DELETE -> "DELETE FROM " + table;
                case UPDATE -> "UPDATE " + table + " SET " + quoted(column) + " = ?";
                case TRUNCATE -> "TRUNCATE TABLE " + table;
                case DROP -> "DROP TABLE " + table;
                case DROP_IF_EXISTS -> "DROP TABLE IF EXISTS " + table;
            };
            if (!touchesRows() || rows == Rows.EVERY) {
                return statement;
            }
            return statement + (rows == Rows.FILTERED ? " WHERE " : " ") + SqlPiece.UNKNOWN_FRAGMENT;
        }

        /**
         * A column as the parser reads it whatever word it is ({@code set(or, ...)}): quoted, but for a constant's
         * name ({@code ORDERS.STATUS}) and a run-time fragment.
         */
        private static String quoted(String column) {
            return column.equals(SqlPiece.UNKNOWN_FRAGMENT) || column.matches("[A-Z][A-Z0-9_]*") ? column
                    : '"' + column + '"';
        }

        /** DELETE and UPDATE: a finding speaks of the call; TRUNCATE and DROP keep their SQL messages. */
        public boolean touchesRows() {
            return this == DELETE || this == UPDATE;
        }

        static Statement of(String word) {
            try {
                return valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown statement '" + word
                        + "' (delete, update, truncate, drop or drop-if-exists)");
            }
        }
    }

    /**
     * A call that starts a chain.
     *
     * @param name      the method, or {@link #CONSTRUCTOR}
     * @param statement what it starts, or null when the terminal call names it ({@code find} ... {@code delete()})
     */
    public record Start(String name, int minArity, int maxArity, Statement statement) {

        public boolean takes(int arity) {
            return arity >= minArity && arity <= maxArity;
        }

        public boolean constructor() {
            return name.equals(CONSTRUCTOR);
        }
    }

    private final List<Start> starts;
    private final Map<String, Statement> terminalStatements;
    private final Names filters;
    private final boolean everyOtherCallFilters;
    private final Names steps;
    private final Set<String> carriers;

    private ChainShape(List<Start> starts, Map<String, Statement> terminalStatements, Names filters,
            boolean everyOtherCallFilters, Names steps, Set<String> carriers) {
        this.starts = List.copyOf(starts);
        this.terminalStatements = Map.copyOf(terminalStatements);
        this.filters = filters;
        this.everyOtherCallFilters = everyOtherCallFilters;
        this.steps = steps;
        this.carriers = Set.copyOf(carriers);
    }

    public List<Start> starts() {
        return starts;
    }

    /** The method start called {@code name} with {@code arity} arguments, or null. */
    public Start start(String name, int arity) {
        for (Start s : starts) {
            if (!s.constructor() && s.name().equals(name) && s.takes(arity)) {
                return s;
            }
        }
        return null;
    }

    /** The constructor start with {@code arity} arguments, or null. */
    public Start constructor(int arity) {
        return start(CONSTRUCTOR, arity, true);
    }

    private Start start(String name, int arity, boolean constructor) {
        for (Start s : starts) {
            if (s.constructor() == constructor && s.name().equals(name) && s.takes(arity)) {
                return s;
            }
        }
        return null;
    }

    /** The statement a chain from {@code start} to {@code terminal} runs, or null when neither names one. */
    public Statement statement(Start start, String terminal) {
        Statement named = terminalStatements.get(terminal);
        return named != null ? named : start.statement();
    }

    /**
     * True if a call on the builder between start and terminal limits the rows, or may: a filter, or, when the
     * family's condition methods are too many to list, every call that is not a known step.
     */
    public boolean filters(String call) {
        if (filters.contains(call)) {
            return true;
        }
        return everyOtherCallFilters && !steps.contains(call) && !carriers.contains(call);
    }

    /** True if {@code call} takes the builder as an argument and returns what runs it ({@code em.createQuery(cd)}). */
    public boolean carries(String call) {
        return carriers.contains(call);
    }

    /**
     * The call a chain's DELETE or UPDATE stands for in a finding: {@code written} as the code writes it, and what it
     * touches, {@code table} (its name, or {@code its table} when only known at run time).
     */
    public LibraryCall libraryCall(String written, String table) {
        return new LibraryCall(written, table.contains(SqlPiece.UNKNOWN_FRAGMENT) ? "its table" : table, advice());
    }

    /** What the user should add, for a finding's message. */
    public String advice() {
        if (everyOtherCallFilters) {
            return "add a condition (eq(...), in(...)) that selects the rows";
        }
        return "add a " + filters.first() + "(...) that selects the rows";
    }

    /** The names of the method starts. */
    Set<String> startNames() {
        Set<String> names = new HashSet<>();
        for (Start s : starts) {
            if (!s.constructor()) {
                names.add(s.name());
            }
        }
        return names;
    }

    Set<String> carriers() {
        return carriers;
    }

    boolean hasConstructorStart() {
        return starts.stream().anyMatch(Start::constructor);
    }

    /**
     * Reads the chain columns of a catalog line. {@code members}: terminal calls, {@code name} or
     * {@code name=statement}; {@code starts}: {@code name[/arity][=statement]}, {@code new} for a constructor;
     * {@code filters}: names and {@code prefix*}, or {@code *}; {@code steps}: names, {@code prefix*} and carriers
     * {@code name(_)}, or {@code -}.
     */
    static ChainShape parse(List<String> members, String startColumn, String filterColumn, String stepColumn) {
        Map<String, Statement> terminals = new HashMap<>();
        for (String m : members) {
            int eq = m.indexOf('=');
            if (eq >= 0) {
                terminals.put(name(m.substring(0, eq), "terminal"), Statement.of(m.substring(eq + 1)));
            }
        }
        List<Start> starts = new ArrayList<>();
        for (String s : items(startColumn, "starts")) {
            starts.add(start(s));
        }
        boolean everyOther = filterColumn.equals("*");
        Names filters = everyOther ? Names.NONE : Names.of(items(filterColumn, "filters"), "filters");
        List<String> stepItems = new ArrayList<>();
        Set<String> carriers = new HashSet<>();
        if (!stepColumn.equals("-")) {
            for (String s : items(stepColumn, "steps")) {
                if (s.endsWith("(_)")) {
                    carriers.add(name(s.substring(0, s.length() - 3), "carrier"));
                } else {
                    stepItems.add(s);
                }
            }
        }
        return new ChainShape(starts, terminals, filters, everyOther, Names.of(stepItems, "steps"), carriers);
    }

    /** Splits a chain line's {@code members} column into terminal names, dropping the statements they name. */
    static List<String> terminalNames(List<String> members) {
        return members.stream().map(m -> m.indexOf('=') < 0 ? m : m.substring(0, m.indexOf('='))).toList();
    }

    private static Start start(String item) {
        String rest = item;
        Statement statement = null;
        int eq = rest.indexOf('=');
        if (eq >= 0) {
            statement = Statement.of(rest.substring(eq + 1));
            rest = rest.substring(0, eq);
        }
        int min = 0;
        int max = Integer.MAX_VALUE;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            String arity = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
            int dots = arity.indexOf("..");
            min = number(dots < 0 ? arity : arity.substring(0, dots));
            max = dots < 0 ? min : number(arity.substring(dots + 2));
            if (max < min) {
                throw new IllegalArgumentException("start arity " + arity + " is empty");
            }
        }
        return new Start(name(rest, "start"), min, max, statement);
    }

    private static List<String> items(String column, String what) {
        if (column.equals("-")) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return List.of(column.split(","));
    }

    private static String name(String text, String what) {
        if (text.isEmpty() || !text.chars().allMatch(Character::isJavaIdentifierPart)) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a name");
        }
        return text;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("start arity '" + text + "' is not a number");
        }
    }

    /** Method names and name prefixes ({@code where*}). */
    private record Names(List<String> names, List<String> prefixes, String first) {

        static final Names NONE = new Names(List.of(), List.of(), null);

        static Names of(List<String> items, String what) {
            List<String> names = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            for (String item : items) {
                if (item.endsWith("*")) {
                    prefixes.add(name(item.substring(0, item.length() - 1), what));
                } else {
                    names.add(name(item, what));
                }
            }
            String first = items.isEmpty() ? null : items.get(0).replace("*", "");
            return new Names(names, prefixes, first);
        }

        boolean contains(String call) {
            return names.contains(call) || prefixes.stream().anyMatch(call::startsWith);
        }
    }
}
