package io.github.sqlguard.java;

import io.github.sqlguard.core.SqlPiece;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A library call that runs a DELETE or UPDATE on every row of a table when its arguments say so (an ORM's
 * {@code deleteAll()}, a MyBatis-Plus wrapper with no condition): a line of kind {@code every-row} in
 * {@code sinks.txt}. Public so that the bytecode detector reads the same lines as the source scanner.
 *
 * @param types    simple names of the receiver's type, each with the index of its type argument that is the entity
 * @param members  method names; one ending in {@code *} stands for every name it starts
 * @param maxArity {@link Integer#MAX_VALUE} when open
 * @param advice   the safe alternative, as the message says it; empty for a call that never touches every row
 */
public record EveryRowSink(String family, List<String> packages, Map<String, Integer> types, List<String> members,
        int minArity, int maxArity, When when, String verb, String advice) {

    static final String KIND = "every-row";

    /** What decides whether a call touches every row. */
    public enum Condition {
        /** Every call does. */
        ALWAYS,
        /** No call does: it filters by its arguments; it is read so that the statement it runs is known. */
        NEVER,
        /** The argument is {@code null}. */
        NULL,
        /** The argument is {@code null} or a query wrapper built with no condition. */
        UNFILTERED,
        /** The argument is a class literal: every row of that entity's table. */
        ENTITY
    }

    /** A condition and the index of the argument it looks at (-1 for {@code always} and {@code never}). */
    public record When(Condition condition, int argument) {
    }

    public boolean takes(int arity) {
        return arity >= minArity && arity <= maxArity;
    }

    /** True if {@code method} is one of {@link #members}, or starts with one that ends in {@code *}. */
    public boolean names(String method) {
        for (String m : members) {
            boolean prefix = m.endsWith("*");
            if (prefix ? method.startsWith(m.substring(0, m.length() - 1)) : method.equals(m)) {
                return true;
            }
        }
        return false;
    }

    /** True if the type {@code qualifiedName} ({@code a.b.Type}) is one of this sink's types, in its packages. */
    public boolean isType(String qualifiedName) {
        if (qualifiedName == null) {
            return false;
        }
        String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        return types.containsKey(simple) && packages.stream().anyMatch(p -> qualifiedName.startsWith(p + "."));
    }

    /** The index of the type argument of {@code simpleName} that is the entity, or -1. */
    public int entityArgument(String simpleName) {
        return types.getOrDefault(simpleName, -1);
    }

    /**
     * The statement the call runs on {@code table} (a name from Java, quoted): with no WHERE when it touches every
     * row, else with a WHERE known only at run time.
     */
    public String sql(String table, boolean everyRow) {
        String quoted = "\"" + table.replace("\"", "") + "\"";
        String statement = verb.equals("DELETE") ? "DELETE FROM " + quoted
                : "UPDATE " + quoted + " SET " + SqlPiece.UNKNOWN_FRAGMENT + " = ?";
        return everyRow ? statement : statement + " WHERE " + SqlPiece.UNKNOWN_FRAGMENT;
    }

    /**
     * Parses the columns of one catalog line after its kind: family, packages, types, members, arity, when, verb and,
     * as the rest of the line, the advice.
     */
    static EveryRowSink parse(String line) {
        String[] c = line.strip().split("\\s+", 9);
        if (c.length < 8) {
            throw new IllegalArgumentException("expected at least 8 columns for every-row (kind family packages"
                    + " types members arity when verb advice), found " + c.length);
        }
        List<String> packages = names(c[2], false);
        if (packages.isEmpty()) {
            throw new IllegalArgumentException("every-row needs packages: a type is matched by its package");
        }
        Map<String, Integer> types = new LinkedHashMap<>();
        for (String type : names(c[3], true)) {
            int colon = type.indexOf(':');
            types.put(colon < 0 ? type : type.substring(0, colon),
                    colon < 0 ? 0 : number(type.substring(colon + 1), "entity argument"));
        }
        List<String> members = names(c[4], true);
        int[] arity = arity(c[5]);
        When when = when(c[6]);
        if (when.argument() >= arity[1]) {
            throw new IllegalArgumentException("when " + c[6] + " is past the arity " + c[5]);
        }
        String verb = c[7].toUpperCase(Locale.ROOT);
        if (!verb.equals("DELETE") && !verb.equals("UPDATE")) {
            throw new IllegalArgumentException("verb '" + c[7] + "' is neither DELETE nor UPDATE");
        }
        String advice = c.length == 9 && !c[8].equals("-") ? c[8].strip() : "";
        if (advice.isEmpty() != (when.condition() == Condition.NEVER)) {
            throw new IllegalArgumentException("advice is - exactly when the call never touches every row");
        }
        return new EveryRowSink(c[1], packages, Map.copyOf(types), members, arity[0], arity[1], when, verb, advice);
    }

    private static List<String> names(String column, boolean required) {
        if (column.equals("-")) {
            if (required) {
                throw new IllegalArgumentException("types and members must not be empty");
            }
            return List.of();
        }
        List<String> items = Arrays.stream(column.split(",")).map(String::strip).toList();
        for (String item : items) {
            if (!item.matches("[\\w$.]+(?::\\d+|\\*)?")) {
                throw new IllegalArgumentException("'" + item + "' in '" + column + "' is not a name");
            }
        }
        return items;
    }

    private static int[] arity(String arity) {
        int dots = arity.indexOf("..");
        int min = number(dots < 0 ? arity : arity.substring(0, dots), "arity");
        String upper = dots < 0 ? arity : arity.substring(dots + 2);
        int max = upper.equals("*") ? Integer.MAX_VALUE : number(upper, "arity");
        if (max < min) {
            throw new IllegalArgumentException("arity " + arity + " is empty");
        }
        return new int[] {min, max};
    }

    private static When when(String column) {
        int colon = column.indexOf(':');
        String name = colon < 0 ? column : column.substring(0, colon);
        Condition condition;
        try {
            condition = Condition.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown when '" + column
                    + "' (always, never, null:N, unfiltered:N or entity:N)");
        }
        boolean takesArgument = condition != Condition.ALWAYS && condition != Condition.NEVER;
        if (takesArgument != (colon >= 0)) {
            throw new IllegalArgumentException("when '" + column + "': " + name
                    + (takesArgument ? " names an argument (" + name + ":N)" : " takes no argument"));
        }
        return new When(condition, takesArgument ? number(column.substring(colon + 1), "when") : -1);
    }

    private static int number(String text, String column) {
        try {
            int n = Integer.parseInt(text);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a number");
        }
    }
}
