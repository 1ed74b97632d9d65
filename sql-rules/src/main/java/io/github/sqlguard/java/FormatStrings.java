package io.github.sqlguard.java;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code String.format} pattern prints, for the source scanner and the bytecode detector alike: literal text
 * and the arguments its conversions print. Each caller renders an argument's value, or a run-time fragment, its own
 * way.
 */
public final class FormatStrings {

    private static final Pattern SPECIFIER = Pattern.compile(
            "%(\\d+\\$|<)?([-#+ 0,(]*)?(\\d+)?(\\.\\d+)?([tT])?([a-zA-Z%])");

    private FormatStrings() {
    }

    /** A run of the output: {@link Literal} or {@link Argument}. */
    public sealed interface Part permits Literal, Argument {
    }

    /** Text printed as the pattern spells it, {@code %%} and {@code %n} included. */
    public record Literal(String text) implements Part {
    }

    /**
     * A conversion.
     *
     * @param index    the 0-based argument it prints; -1 when it names none of the arguments there are
     * @param verbatim true if it prints the argument's text unchanged: {@code %s} or {@code %d} without flags, width
     *                 or precision
     */
    public record Argument(int index, boolean verbatim) implements Part {
    }

    /** The parts of {@code format} applied to {@code argumentCount} arguments, adjacent literals joined. */
    public static List<Part> parts(String format, int argumentCount) {
        List<Part> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        Matcher m = SPECIFIER.matcher(format);
        int pos = 0;
        int ordinary = 0;
        int previous = -1;
        while (m.find()) {
            literal.append(format, pos, m.start());
            pos = m.end();
            char conversion = m.group(6).charAt(0);
            if (conversion == '%') {
                literal.append('%');
                continue;
            }
            if (conversion == 'n') {
                literal.append('\n');
                continue;
            }
            String explicit = m.group(1);
            int index;
            if (explicit == null) {
                index = ordinary++;
            } else if (explicit.equals("<")) {
                index = previous;
            } else {
                index = argumentIndex(explicit.substring(0, explicit.length() - 1));
            }
            previous = index;
            boolean verbatim = m.group(2).isEmpty() && m.group(3) == null && m.group(4) == null
                    && m.group(5) == null && (conversion == 's' || conversion == 'd');
            flush(literal, out);
            out.add(new Argument(index < argumentCount ? index : -1, verbatim));
        }
        literal.append(format, pos, format.length());
        flush(literal, out);
        return out;
    }

    private static void flush(StringBuilder literal, List<Part> out) {
        if (literal.length() > 0) {
            out.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    /** The 0-based argument a {@code %n$} names; -1 when {@code n} is 0 or too large to name one. */
    private static int argumentIndex(String digits) {
        try {
            return Integer.parseInt(digits) - 1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
