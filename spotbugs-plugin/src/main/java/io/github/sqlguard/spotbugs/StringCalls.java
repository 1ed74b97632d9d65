package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.spotbugs.Values.Concat;
import io.github.sqlguard.spotbugs.Values.Text;
import java.util.List;
import java.util.Set;

/** The text the methods of {@code String} make of known text: {@code format}, {@code concat}, {@code strip}. */
final class StringCalls {

    private static final Set<String> SAME_TEXT = Set.of("strip", "trim", "intern", "toString", "stripLeading",
            "stripTrailing", "stripIndent");

    private StringCalls() {
    }

    /** A call of {@code String.name} with its arguments on {@code stack}: the text it returns, or null. */
    static Text call(OpcodeStack stack, String name, List<String> params, boolean isStatic) {
        int n = params.size();
        if (isStatic && name.equals("format") && n >= 2 && params.get(n - 2).equals(Signatures.STRING)) {
            String format = Values.text(stack.getStackItem(1));
            if (format != null && !format.contains(SqlPiece.UNKNOWN_FRAGMENT)) {
                return new Text(Values.format(format, StringArrays.elements(stack.getStackItem(0))));
            }
        } else if (!isStatic && name.equals("formatted") && n == 1) {
            String format = Values.text(stack.getStackItem(1));
            if (format != null && !format.contains(SqlPiece.UNKNOWN_FRAGMENT)) {
                return new Text(Values.format(format, StringArrays.elements(stack.getStackItem(0))));
            }
        } else if (!isStatic && name.equals("concat") && n == 1) {
            String left = Values.text(stack.getStackItem(1));
            if (left != null) {
                return new Text(new Concat(left).add(Values.text(stack.getStackItem(0))).toString());
            }
        } else if (!isStatic && n == 0 && SAME_TEXT.contains(name)) {
            String text = Values.text(stack.getStackItem(0));
            if (text != null) {
                return new Text(text);
            }
        } else if (isStatic && name.equals("valueOf") && n == 1 && params.get(0).startsWith("L")) {
            String text = Values.text(stack.getStackItem(0));
            if (text != null) {
                return new Text(text);
            }
        }
        return null;
    }
}
