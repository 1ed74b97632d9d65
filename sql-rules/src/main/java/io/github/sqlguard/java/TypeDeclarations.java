package io.github.sqlguard.java;

import io.github.sqlguard.java.TypeHierarchy.Ref;
import io.github.sqlguard.java.TypeHierarchy.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the type declarations of one file from its tokens: package, imports, each class, interface, enum and record
 * (nested ones too, not local or anonymous ones) with its type parameters, the types after {@code extends} and
 * {@code implements}, and the declared types of its fields. Method bodies and initializers are skipped whole. Text
 * that is not Java gives what it gives, never an error past the end of the tokens.
 */
final class TypeDeclarations {

    private static final Set<String> TYPE_WORDS = Set.of("class", "interface", "enum", "record");
    /** Deepest nesting of types read; the body of a type nested deeper is skipped. */
    private static final int MAX_NESTING = 32;
    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float",
            "double", "void", "var");

    /** A declaration as read, its names not resolved yet: the file's imports are known only at its end. */
    private record Raw(String qualified, List<String> parameters, List<Written> supertypes,
            Map<String, Written> fields, Set<String> methods) {
    }

    /** A type as written: its name and the simple names of its type arguments. */
    private record Written(String name, List<String> arguments) {
    }

    private final JavaTokens t;
    private final int n;
    private String pkg = "";
    private final Map<String, String> imports = new HashMap<>();
    private final List<String> wildcards = new ArrayList<>();
    private final Map<String, String> declared = new HashMap<>();
    private final List<Raw> raw = new ArrayList<>();
    private int nesting;

    TypeDeclarations(JavaTokens tokens) {
        this.t = tokens;
        this.n = tokens.size();
    }

    List<Type> read() {
        int i = 0;
        while (i < n) {
            if (t.isWord(i, "package")) {
                StringBuilder name = new StringBuilder();
                i = dotted(i + 1, name);
                pkg = name.toString();
            } else if (t.isWord(i, "import")) {
                i = importDeclaration(i + 1);
            } else if (t.is(i, '}')) {
                i++;
            } else {
                i = member(i, pkg, null, new HashSet<>());
            }
        }
        TypeNames names = new TypeNames(pkg, imports, wildcards, declared);
        List<Type> out = new ArrayList<>();
        for (Raw r : raw) {
            List<Ref> supertypes = r.supertypes().stream().map(w -> ref(w, names)).toList();
            Map<String, Ref> fields = new LinkedHashMap<>();
            r.fields().forEach((name, w) -> fields.put(name, ref(w, names)));
            // sorted, not Set.copyOf: the digest of the project's types keys the result cache, and an immutable
            // set's order changes from one JVM to the next
            out.add(new Type(r.qualified(), r.parameters(), supertypes, Collections.unmodifiableMap(fields),
                    Collections.unmodifiableSortedSet(new TreeSet<>(r.methods()))));
        }
        return out;
    }

    private static Ref ref(Written w, TypeNames names) {
        return new Ref(w.name(), names.candidates(w.name()), w.arguments());
    }

    private int importDeclaration(int from) {
        int i = from;
        boolean isStatic = t.isWord(i, "static");
        StringBuilder name = new StringBuilder();
        i = dotted(isStatic ? i + 1 : i, name);
        boolean wildcard = t.is(i, '.') && t.is(i + 1, '*');
        String dotted = name.toString();
        if (!isStatic && wildcard) {
            wildcards.add(dotted);
        } else if (!isStatic && !dotted.isEmpty()) {
            imports.put(dotted.substring(dotted.lastIndexOf('.') + 1), dotted);
        }
        while (i < n && !t.is(i, ';')) {
            i++;
        }
        return i + 1;
    }

    /** Reads {@code a.b.c} from {@code from} into {@code name}; returns the index after it. */
    private int dotted(int from, StringBuilder name) {
        int i = from;
        while (i < n && t.kind(i) == JavaTokens.IDENT) {
            name.append(t.text(i));
            if (t.is(i + 1, '.') && i + 2 < n && t.kind(i + 2) == JavaTokens.IDENT) {
                name.append('.');
                i += 2;
            } else {
                return i + 1;
            }
        }
        return i;
    }

    /**
     * One member of a type body (or one top-level declaration): a type, a field, a method or an initializer. Returns
     * the index after it, or the index of the {@code }} that closes the body.
     */
    private int member(int from, String outer, Map<String, Written> fields, Set<String> methods) {
        int i = skipModifiers(from);
        if (i >= n || t.is(i, '}')) {
            return i;
        }
        if (t.is(i, ';')) {
            return i + 1;
        }
        if (t.is(i, '{')) {
            return skipBalanced(i);
        }
        if (t.is(i, '@') && t.isWord(i + 1, "interface")) {
            return skipToBody(i + 2);
        }
        if (t.kind(i) == JavaTokens.IDENT && TYPE_WORDS.contains(t.text(i)) && i + 1 < n
                && t.kind(i + 1) == JavaTokens.IDENT) {
            return typeDeclaration(i, outer);
        }
        return fieldOrMethod(i, fields, methods);
    }

    private int skipModifiers(int from) {
        int i = from;
        while (i < n) {
            if (t.is(i, '@') && !t.isWord(i + 1, "interface")) {
                i = dotted(i + 1, new StringBuilder());
                if (t.is(i, '(')) {
                    i = skipBalanced(i);
                }
            } else if (t.isWord(i, "non") && t.is(i + 1, '-') && t.isWord(i + 2, "sealed")) {
                i += 3;
            } else if (t.kind(i) == JavaTokens.IDENT && isModifier(i)) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    private boolean isModifier(int i) {
        return switch (t.text(i)) {
            case "public", "protected", "private", "static", "final", "abstract", "transient", "volatile",
                    "default", "sealed", "strictfp", "synchronized", "native" -> true;
            default -> false;
        };
    }

    private int typeDeclaration(int keyword, String outer) {
        boolean isEnum = t.isWord(keyword, "enum");
        String name = t.text(keyword + 1);
        String qualified = outer.isEmpty() ? name : outer + "." + name;
        declared.putIfAbsent(name, qualified);
        int i = keyword + 2;
        List<String> parameters = new ArrayList<>();
        if (t.is(i, '<')) {
            i = typeParameters(i, parameters);
        }
        if (t.isWord(keyword, "record") && t.is(i, '(')) {
            i = skipBalanced(i);
        }
        List<Written> supertypes = new ArrayList<>();
        while (i < n && !t.is(i, '{') && !t.is(i, ';')) {
            if (t.isWord(i, "extends") || t.isWord(i, "implements")) {
                i = typeList(i + 1, supertypes);
            } else {
                i++;
            }
        }
        Map<String, Written> fields = new LinkedHashMap<>();
        Set<String> methods = new HashSet<>();
        raw.add(new Raw(qualified, List.copyOf(parameters), supertypes, fields, methods));
        if (!t.is(i, '{')) {
            return i + 1;
        }
        if (nesting == MAX_NESTING) {
            return skipBalanced(i);
        }
        i++;
        if (isEnum) {
            i = skipEnumConstants(i);
        }
        nesting++;
        while (i < n && !t.is(i, '}')) {
            i = member(i, qualified, fields, methods);
        }
        nesting--;
        return i + 1;
    }

    private int typeParameters(int open, List<String> names) {
        int depth = 0;
        boolean expectName = true;
        int i = open;
        while (i < n) {
            if (t.is(i, '<')) {
                depth++;
                expectName = depth == 1;
            } else if (t.is(i, '>')) {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (t.is(i, ',') && depth == 1) {
                expectName = true;
            } else if (expectName && t.kind(i) == JavaTokens.IDENT && depth == 1) {
                names.add(t.text(i));
                expectName = false;
            } else if (t.is(i, '{') || t.is(i, ';')) {
                return i;
            }
            i++;
        }
        return i;
    }

    private int typeList(int from, List<Written> out) {
        int i = from;
        while (i < n) {
            i = skipModifiers(i);
            if (i >= n || t.kind(i) != JavaTokens.IDENT || isTypeListEnd(i)) {
                return i;
            }
            StringBuilder name = new StringBuilder();
            i = dotted(i, name);
            List<String> arguments = new ArrayList<>();
            if (t.is(i, '<')) {
                i = typeArguments(i, arguments);
            }
            out.add(new Written(name.toString(), List.copyOf(arguments)));
            if (!t.is(i, ',')) {
                return i;
            }
            i++;
        }
        return i;
    }

    private boolean isTypeListEnd(int i) {
        return t.isWord(i, "implements") || t.isWord(i, "extends") || t.isWord(i, "permits");
    }

    /** Reads {@code <A, b.B<C>, ?>} into the simple names of its top-level arguments; returns the index after it. */
    private int typeArguments(int open, List<String> out) {
        int depth = 0;
        boolean expect = true;
        int i = open;
        while (i < n) {
            if (t.is(i, '<')) {
                depth++;
                expect = depth == 1;
            } else if (t.is(i, '>')) {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (depth == 1 && t.is(i, ',')) {
                expect = true;
            } else if (depth == 1 && expect && t.is(i, '?')) {
                out.add("?");
                expect = false;
            } else if (depth == 1 && expect && t.kind(i) == JavaTokens.IDENT) {
                StringBuilder name = new StringBuilder();
                i = dotted(i, name) - 1;
                String dotted = name.toString();
                out.add(dotted.substring(dotted.lastIndexOf('.') + 1));
                expect = false;
            } else if (t.is(i, '{') || t.is(i, ';') || t.is(i, '(')) {
                return i;
            }
            i++;
        }
        return i;
    }

    private int skipEnumConstants(int from) {
        int i = from;
        while (i < n && !t.is(i, ';') && !t.is(i, '}')) {
            i = t.is(i, '(') || t.is(i, '{') ? skipBalanced(i) : i + 1;
        }
        return t.is(i, ';') ? i + 1 : i;
    }

    /**
     * A field (its declared type recorded for each name it declares) or a method (skipped with its body). Stops at
     * the first {@code (}, {@code =}, {@code ;} or {@code ,} outside angle brackets.
     */
    private int fieldOrMethod(int from, Map<String, Written> fields, Set<String> methods) {
        int i = from;
        int angles = 0;
        while (i < n) {
            if (t.is(i, '<')) {
                angles++;
            } else if (t.is(i, '>')) {
                angles = Math.max(0, angles - 1);
            } else if (angles == 0 && t.is(i, '(')) {
                if (i > from && t.kind(i - 1) == JavaTokens.IDENT) {
                    methods.add(t.text(i - 1) + "/" + parameterCount(i));
                }
                return skipToBodyEnd(skipBalanced(i));
            } else if (angles == 0 && (t.is(i, '=') || t.is(i, ';') || t.is(i, ','))) {
                return field(from, i, fields);
            } else if (t.is(i, '{') || t.is(i, '}')) {
                return t.is(i, '{') ? skipBalanced(i) : i;
            }
            i++;
        }
        return i;
    }

    private int field(int typeStart, int afterName, Map<String, Written> fields) {
        int nameAt = afterName - 1;
        Written type = null;
        if (nameAt > typeStart && t.kind(nameAt) == JavaTokens.IDENT && t.kind(typeStart) == JavaTokens.IDENT
                && !PRIMITIVES.contains(t.text(typeStart))) {
            StringBuilder name = new StringBuilder();
            int i = dotted(typeStart, name);
            List<String> arguments = new ArrayList<>();
            if (t.is(i, '<')) {
                i = typeArguments(i, arguments);
            }
            while (t.is(i, '[') && t.is(i + 1, ']')) {
                i += 2;
            }
            if (i == nameAt && !t.is(i - 1, ']')) {
                type = new Written(name.toString(), List.copyOf(arguments));
            }
        }
        int i = afterName;
        int angles = 0;
        String fieldName = t.kind(nameAt) == JavaTokens.IDENT ? t.text(nameAt) : null;
        while (i < n) {
            if (type != null && fieldName != null && fields != null) {
                fields.putIfAbsent(fieldName, type);
                fieldName = null;
            }
            if (t.is(i, ';')) {
                return i + 1;
            }
            if (t.is(i, '}')) {
                return i;
            }
            if (t.is(i, '<') || t.is(i, '>')) {
                angles += t.is(i, '<') ? 1 : -1;
                i++;
            } else if (angles <= 0 && t.is(i, ',') && i + 1 < n && t.kind(i + 1) == JavaTokens.IDENT) {
                fieldName = t.text(i + 1);
                i += 2;
            } else if (t.is(i, '(') || t.is(i, '{') || t.is(i, '[')) {
                i = skipBalanced(i);
            } else {
                i++;
            }
        }
        return i;
    }

    /**
     * The number of parameters between the parentheses opening at {@code open}, followed by {@code +} when the last
     * is a varargs parameter: {@code 2}, {@code 1+}.
     */
    private String parameterCount(int open) {
        int parens = 0;
        int angles = 0;
        int count = 0;
        boolean varargs = false;
        for (int i = open; i < n; i++) {
            if (t.is(i, '(')) {
                parens++;
            } else if (t.is(i, ')') && --parens == 0) {
                return (varargs ? count - 1 : count) + (varargs ? "+" : "");
            } else if (parens == 1 && (t.is(i, '<') || t.is(i, '>'))) {
                angles += t.is(i, '<') ? 1 : -1;
            } else if (parens == 1 && angles == 0 && t.is(i, ',')) {
                count++;
            } else if (parens == 1 && t.is(i, '.') && t.is(i + 1, '.') && t.is(i + 2, '.')) {
                varargs = true;
            }
            if (count == 0 && parens == 1 && i > open && !t.is(i, ')')) {
                count = 1;
            }
        }
        return "0";
    }

    /** After a method's parameters: past its body, or past the {@code ;} of an abstract method. */
    private int skipToBodyEnd(int from) {
        int i = from;
        while (i < n && !t.is(i, '{') && !t.is(i, ';') && !t.is(i, '}')) {
            i++;
        }
        if (t.is(i, '{')) {
            return skipBalanced(i);
        }
        return t.is(i, ';') ? i + 1 : i;
    }

    private int skipToBody(int from) {
        int i = from;
        while (i < n && !t.is(i, '{')) {
            i++;
        }
        return i < n ? skipBalanced(i) : i;
    }

    /** From an opening {@code (}, {@code [} or {@code {}: the index after the bracket that closes it. */
    private int skipBalanced(int open) {
        int depth = 0;
        int i = open;
        while (i < n) {
            if (t.is(i, '(') || t.is(i, '[') || t.is(i, '{')) {
                depth++;
            } else if (t.is(i, ')') || t.is(i, ']') || t.is(i, '}')) {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return i;
    }
}
