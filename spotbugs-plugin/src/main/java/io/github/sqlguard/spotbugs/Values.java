package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.java.FormatStrings;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What the detector knows about a value on the operand stack beyond SpotBugs' own constant tracking, carried as the
 * stack item's user value: assembled text, the state of a {@code StringBuilder}, the elements of an array being
 * filled, a table name, a query wrapper. A query-builder chain is a {@link ChainFollower.Link}.
 */
final class Values {

    /** Longest array whose elements are followed; a varargs array is rarely longer. */
    static final int MAX_ARRAY = 64;

    private static final Pattern NAME = Pattern.compile("[\\w$.]+");

    private Values() {
    }

    /** A string whose text is known, with {@link SqlPiece#UNKNOWN_FRAGMENT} where a part is only known at run time. */
    record Text(String value) {
    }

    /**
     * A {@code StringBuilder} or {@code StringBuffer} and the text appended so far.
     *
     * @param register the local variable it lives in, -1 when none
     */
    record Builder(String value, int register) {
    }

    /** An array being filled element by element; an element is null when unknown. */
    record Elements(String[] values) {
        Elements with(int index, String value) {
            String[] copy = Arrays.copyOf(values, values.length);
            copy[index] = value;
            return new Elements(copy);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Elements e && Arrays.equals(values, e.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }

    /**
     * A MyBatis-Plus query wrapper: {@code empty} while no condition was added to it.
     *
     * @param register the local variable it lives in, -1 when none
     */
    record Wrapper(boolean empty, int register) {
    }

    /** A name a query builder takes: {@code DSL.table("orders")}, {@code DSL.name("orders")}. */
    record Name(String value) {
    }

    /** The known text of a string item: a SpotBugs constant or text this detector assembled; null when unknown. */
    static String text(OpcodeStack.Item item) {
        Object user = item.getUserValue();
        if (user instanceof Text t) {
            return t.value();
        }
        Object constant = item.getConstant();
        return constant instanceof String s ? s : null;
    }

    /**
     * The text a value contributes to a concatenation: its known text, a primitive constant as Java prints it (by the
     * declared type {@code type}, since SpotBugs keeps a {@code char} as an int), or null when only known at run time.
     */
    static String part(OpcodeStack.Item item, String type) {
        String text = text(item);
        if (text != null) {
            return text;
        }
        Object constant = item.getConstant();
        if (constant == null || constant instanceof String) {
            return null;
        }
        switch (type) {
            case "C":
                return constant instanceof Number n ? String.valueOf((char) n.intValue()) : null;
            case "Z":
                return constant instanceof Number n ? String.valueOf(n.intValue() != 0) : String.valueOf(constant);
            case "I", "J", "S", "B":
                return constant instanceof Number n ? String.valueOf(n.longValue()) : null;
            case "F", "D":
                return constant instanceof Number ? String.valueOf(constant) : null;
            default:
                return null;
        }
    }

    /** The name a builder argument stands for: {@code ORDERS} for {@code Tables.ORDERS}, a string's text. */
    static String objectName(OpcodeStack.Item item) {
        Object user = item.getUserValue();
        String name = null;
        if (user instanceof Name n) {
            name = n.value();
        } else if (text(item) != null) {
            name = text(item);
        } else if (item.getXField() != null) {
            name = item.getXField().getName();
        }
        return name != null && NAME.matcher(name).matches() ? name : SqlPiece.UNKNOWN_FRAGMENT;
    }

    /** A name a builder method takes, or null: only plain names count. */
    static String plainName(String text) {
        return text != null && NAME.matcher(text).matches() ? text : null;
    }

    /** True if some text is known, not only run-time fragments and white space. */
    static boolean hasKnownText(String text) {
        return text != null && !text.replace(SqlPiece.UNKNOWN_FRAGMENT, "").isBlank();
    }

    /** Text assembled from known parts and run-time fragments, each fragment set apart by spaces. */
    static final class Concat {
        private final StringBuilder text = new StringBuilder();

        Concat(String start) {
            text.append(start);
        }

        Concat() {
        }

        /** Appends known text, or a fragment when {@code part} is null. */
        Concat add(String part) {
            if (part == null) {
                if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                    text.append(' ');
                }
                text.append(SqlPiece.UNKNOWN_FRAGMENT).append(' ');
            } else {
                if (part.startsWith(SqlPiece.UNKNOWN_FRAGMENT) && text.length() > 0
                        && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                    text.append(' ');
                }
                text.append(part);
            }
            return this;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * {@code String.format} with a known format: plain {@code %s} and {@code %d} take their argument's text when it is
     * known, every other conversion and unknown argument becomes a run-time fragment.
     *
     * @param args the arguments' texts (null elements unknown), or null when the argument array is not known
     */
    static String format(String format, String[] args) {
        Concat out = new Concat();
        for (FormatStrings.Part part : FormatStrings.parts(format, args == null ? 0 : args.length)) {
            if (part instanceof FormatStrings.Literal literal) {
                out.add(literal.text());
            } else if (part instanceof FormatStrings.Argument argument && argument.verbatim()
                    && argument.index() >= 0) {
                out.add(args[argument.index()]);
            } else {
                out.add(null);
            }
        }
        return out.toString();
    }
}
