package io.github.sqlguard.spotbugs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Method descriptors as the JVM writes them: {@code (Ljava/lang/String;[Ljava/lang/Object;)I}. */
final class Signatures {

    /** The descriptor of {@code String}. */
    static final String STRING = "Ljava/lang/String;";

    /** The descriptors of the text types, {@code String} and {@code CharSequence}. */
    static final Set<String> TEXT_TYPES = Set.of(STRING, "Ljava/lang/CharSequence;");

    private Signatures() {
    }

    /** The parameter types, one descriptor each ({@code I}, {@code Ljava/lang/String;}, {@code [I}). */
    static List<String> parameters(String descriptor) {
        List<String> out = new ArrayList<>();
        int i = descriptor.indexOf('(') + 1;
        int close = descriptor.indexOf(')');
        while (i > 0 && i < close) {
            int start = i;
            while (descriptor.charAt(i) == '[') {
                i++;
            }
            if (descriptor.charAt(i) == 'L') {
                i = descriptor.indexOf(';', i);
            }
            i++;
            out.add(descriptor.substring(start, i));
        }
        return out;
    }

    static boolean returnsVoid(String descriptor) {
        return descriptor.endsWith(")V");
    }
}
