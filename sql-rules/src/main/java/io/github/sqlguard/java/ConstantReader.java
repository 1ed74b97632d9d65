package io.github.sqlguard.java;

import io.github.sqlguard.java.JavaLexer.Kind;
import io.github.sqlguard.java.JavaLexer.Tok;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code static final String} constants of one Java file (and the implicit constants of interfaces) from
 * its {@link JavaLexer} tokens, each as the parts its initializer concatenates, and the names the file passes to a
 * sink or uses in a constant.
 */
final class ConstantReader {

    private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum", "record");

    sealed interface Part {
    }

    record Literal(String text) implements Part {
    }

    record Reference(String name) implements Part {
    }

    record Unknown() implements Part {
    }

    /** A constant as written: {@code owner} is the simple name of the innermost type declaring it. */
    record Definition(String file, String owner, String name, List<Part> parts) {
    }

    /** What one file defines and references. */
    record Constants(List<Definition> definitions, Set<String> references) {
    }

    private ConstantReader() {
    }

    /** Reads the constants and sink references of one file. */
    static Constants read(String file, String text, SinkCatalog catalog) {
        List<Tok> t = JavaLexer.tokens(text);
        Set<String> references = new HashSet<>();
        List<Definition> definitions = definitions(file, t, references);
        sinkReferences(t, catalog, references);
        return new Constants(definitions, references);
    }

    private record Frame(String type, boolean constantsImplicit) {
    }

    private static List<Definition> definitions(String file, List<Tok> t, Set<String> references) {
        List<Definition> out = new ArrayList<>();
        Deque<Frame> frames = new ArrayDeque<>();
        String pendingType = null;
        boolean pendingInterface = false;
        int memberStart = 0;
        int paren = 0;
        for (int i = 0; i < t.size(); i++) {
            Tok k = t.get(i);
            if (k.kind() == Kind.IDENT && TYPE_KEYWORDS.contains(k.text()) && !(i > 0 && t.get(i - 1).is("."))
                    && i + 1 < t.size() && t.get(i + 1).kind() == Kind.IDENT) {
                pendingType = t.get(i + 1).text();
                pendingInterface = k.text().equals("interface");
            } else if (k.is("(")) {
                paren++;
            } else if (k.is(")")) {
                paren = Math.max(0, paren - 1);
            } else if (k.is("{") && paren == 0) {
                frames.push(new Frame(pendingType, pendingInterface));
                pendingType = null;
                memberStart = i + 1;
            } else if (k.is("}") && paren == 0) {
                frames.poll();
                pendingType = null;
                memberStart = i + 1;
            } else if (k.is(";") && paren == 0) {
                memberStart = i + 1;
            } else if (k.is("=") && paren == 0 && !frames.isEmpty() && frames.peek().type() != null
                    && constantHead(t, memberStart, i, frames.peek().constantsImplicit())) {
                Frame frame = frames.peek();
                int end = initializer(file, frame.type(), t.get(i - 1).text(), t, i + 1, out, references);
                while (end + 2 < t.size() && t.get(end).is(",") && t.get(end + 1).kind() == Kind.IDENT
                        && t.get(end + 2).is("=")) {
                    end = initializer(file, frame.type(), t.get(end + 1).text(), t, end + 3, out, references);
                }
                i = end;
                memberStart = end + 1;
            }
        }
        return out;
    }

    private static boolean constantHead(List<Tok> t, int start, int equals, boolean implicit) {
        if (equals - 2 < start || t.get(equals - 1).kind() != Kind.IDENT || !t.get(equals - 2).is("String")) {
            return false;
        }
        boolean isStatic = false;
        boolean isFinal = false;
        for (int i = start; i < equals - 2; i++) {
            isStatic |= t.get(i).is("static");
            isFinal |= t.get(i).is("final");
        }
        return implicit || (isStatic && isFinal);
    }

    /** Reads one initializer starting at {@code from}; returns the index of the {@code ,} or {@code ;} after it. */
    private static int initializer(String file, String owner, String name, List<Tok> t, int from,
            List<Definition> out, Set<String> references) {
        int depth = 0;
        int end = from;
        while (end < t.size()) {
            Tok k = t.get(end);
            if (k.is("(") || k.is("[") || k.is("{")) {
                depth++;
            } else if (k.is(")") || k.is("]") || k.is("}")) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (k.is(",") || k.is(";"))) {
                break;
            }
            end++;
        }
        List<Part> parts = parts(t, from, end);
        for (Part p : parts) {
            if (p instanceof Reference r) {
                references.add(lastTwo(r.name()));
            }
        }
        out.add(new Definition(file, owner, name, parts));
        return end;
    }

    /** The operands of a {@code +} chain of literals and names; any other operand is an unknown part. */
    private static List<Part> parts(List<Tok> t, int from, int to) {
        List<Part> parts = new ArrayList<>();
        List<Tok> operand = new ArrayList<>();
        boolean opaque = false;
        int groups = 0;
        for (int i = from; i < to; i++) {
            Tok k = t.get(i);
            if (k.is("(") && operand.isEmpty() && !opaque) {
                groups++;
            } else if (k.is("(")) {
                int depth = 0;
                while (i < to) {
                    depth += t.get(i).is("(") ? 1 : t.get(i).is(")") ? -1 : 0;
                    if (depth == 0) {
                        break;
                    }
                    i++;
                }
                opaque = true;
            } else if (k.is(")") && groups > 0) {
                groups--;
            } else if (k.is("+")) {
                parts.add(opaque ? new Unknown() : operand(operand));
                operand.clear();
                opaque = false;
            } else if (k.is("?") || k.is(":")) {
                return List.of(new Unknown());
            } else {
                operand.add(k);
            }
        }
        parts.add(opaque ? new Unknown() : operand(operand));
        return parts;
    }

    private static Part operand(List<Tok> tokens) {
        if (tokens.size() == 1) {
            Tok k = tokens.get(0);
            switch (k.kind()) {
                case STRING, CHAR, NUMBER -> {
                    return new Literal(k.text());
                }
                case IDENT -> {
                    return k.text().equals("null") ? new Unknown() : new Reference(k.text());
                }
                default -> {
                    return new Unknown();
                }
            }
        }
        if (tokens.size() >= 3 && tokens.size() % 2 == 1) {
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < tokens.size(); i++) {
                Tok k = tokens.get(i);
                boolean ok = i % 2 == 0 ? k.kind() == Kind.IDENT : k.is(".");
                if (!ok) {
                    return new Unknown();
                }
                name.append(k.text());
            }
            return new Reference(name.toString());
        }
        return new Unknown();
    }

    private static void sinkReferences(List<Tok> t, SinkCatalog catalog, Set<String> references) {
        Set<String> methods = catalog.methodNames();
        Set<String> annotations = new HashSet<>();
        for (SinkCatalog.Sink s : catalog.of(SinkCatalog.Kind.ANNOTATION)) {
            annotations.addAll(s.types());
        }
        Deque<Boolean> calls = new ArrayDeque<>();
        int sinkDepth = 0;
        for (int i = 0; i < t.size(); i++) {
            Tok k = t.get(i);
            if (k.is("(")) {
                boolean sink = i >= 2 && t.get(i - 1).kind() == Kind.IDENT
                        && ((t.get(i - 2).is(".") && methods.contains(t.get(i - 1).text()))
                        || (t.get(i - 2).is("@") && annotations.contains(t.get(i - 1).text())));
                calls.push(sink);
                sinkDepth += sink ? 1 : 0;
            } else if (k.is(")")) {
                if (!calls.isEmpty() && calls.pop()) {
                    sinkDepth--;
                }
            } else if (sinkDepth > 0 && k.kind() == Kind.IDENT
                    && !(i + 1 < t.size() && (t.get(i + 1).is("(") || t.get(i + 1).is(".")))) {
                boolean qualified = i >= 2 && t.get(i - 1).is(".") && t.get(i - 2).kind() == Kind.IDENT;
                references.add(qualified ? t.get(i - 2).text() + "." + k.text() : k.text());
            }
        }
    }

    /** The last two parts of a dotted name: {@code Queries.PURGE} for {@code app.db.Queries.PURGE}. */
    static String lastTwo(String dotted) {
        int last = dotted.lastIndexOf('.');
        if (last < 0) {
            return dotted;
        }
        int before = dotted.lastIndexOf('.', last - 1);
        return before < 0 ? dotted : dotted.substring(before + 1);
    }

}
