package io.github.sqlguard.spotbugs;

import java.util.ArrayList;
import java.util.List;

/**
 * Generic signatures as the {@code Signature} attribute writes them: a class's
 * {@code <T:Ljava/lang/Object;>Ljava/lang/Object;Lorg/x/Repo<TT;Ljava/lang/Long;>;} and a field's
 * {@code Lorg/x/Repo<Lcom/a/Order;Ljava/lang/Long;>;}. Text that is not a signature gives nothing.
 */
final class GenericSignatures {

    /** A type argument: a class (internal name), a type variable, or anything else ({@code ?}, an array): unknown. */
    record Argument(String className, String variable) {

        static final Argument UNKNOWN = new Argument(null, null);
    }

    /** A class type with its type arguments: {@code org/x/Repo} and {@code [com/a/Order, java/lang/Long]}. */
    record ClassType(String internalName, List<Argument> arguments) {
    }

    /** A class's type parameters and its superclass and interfaces, in that order. */
    record ClassSignature(List<String> parameters, List<ClassType> supertypes) {
    }

    private final String s;
    private int at;

    private GenericSignatures(String signature) {
        this.s = signature;
    }

    /** A class's signature; null when it is none. */
    static ClassSignature classSignature(String signature) {
        if (signature == null || signature.isEmpty()) {
            return null;
        }
        try {
            GenericSignatures p = new GenericSignatures(signature);
            List<String> parameters = p.parameters();
            List<ClassType> supertypes = new ArrayList<>();
            while (p.at < signature.length() && signature.charAt(p.at) == 'L') {
                supertypes.add(p.classType());
            }
            return new ClassSignature(parameters, supertypes);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A field's or variable's type signature when it is a class type; null otherwise (a type variable, an array). */
    static ClassType fieldType(String signature) {
        if (signature == null || !signature.startsWith("L")) {
            return null;
        }
        try {
            return new GenericSignatures(signature).classType();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The type variable a field's signature names ({@code TM;} gives {@code M}), or null. */
    static String variable(String signature) {
        return signature != null && signature.startsWith("T") && signature.endsWith(";")
                ? signature.substring(1, signature.length() - 1) : null;
    }

    private List<String> parameters() {
        List<String> out = new ArrayList<>();
        if (s.charAt(at) != '<') {
            return out;
        }
        at++;
        while (s.charAt(at) != '>') {
            int colon = s.indexOf(':', at);
            out.add(s.substring(at, colon));
            at = colon;
            while (s.charAt(at) == ':') {
                at++;
                if (s.charAt(at) != ':' && s.charAt(at) != '>') {
                    skipType();
                }
            }
        }
        at++;
        return out;
    }

    private ClassType classType() {
        expect('L');
        StringBuilder name = new StringBuilder();
        List<Argument> arguments = List.of();
        while (true) {
            char c = s.charAt(at);
            if (c == '<') {
                arguments = arguments();
            } else if (c == '.') {
                name.append('$');
                at++;
            } else if (c == ';') {
                at++;
                return new ClassType(name.toString(), arguments);
            } else {
                name.append(c);
                at++;
            }
        }
    }

    private List<Argument> arguments() {
        expect('<');
        List<Argument> out = new ArrayList<>();
        while (s.charAt(at) != '>') {
            char c = s.charAt(at);
            if (c == '*') {
                at++;
                out.add(Argument.UNKNOWN);
            } else if (c == '+' || c == '-') {
                at++;
                skipType();
                out.add(Argument.UNKNOWN);
            } else if (c == 'T') {
                int end = s.indexOf(';', at);
                out.add(new Argument(null, s.substring(at + 1, end)));
                at = end + 1;
            } else if (c == 'L') {
                out.add(new Argument(classType().internalName(), null));
            } else {
                skipType();
                out.add(Argument.UNKNOWN);
            }
        }
        at++;
        return out;
    }

    private void skipType() {
        char c = s.charAt(at);
        if (c == 'L') {
            classType();
        } else if (c == 'T') {
            at = s.indexOf(';', at) + 1;
        } else if (c == '[') {
            at++;
            skipType();
        } else {
            at++;
        }
    }

    private void expect(char c) {
        if (s.charAt(at) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + at + " of " + s);
        }
        at++;
    }
}
