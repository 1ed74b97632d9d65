package io.github.sqlguard.java;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The methods of one Java file that return text ({@code String}, {@code StringBuilder}, {@code StringBuffer},
 * {@code CharSequence}), read from its tokens: where each stands in the file, how it is called (name, arity, static)
 * and what is needed to parse it again on its own, inside a copy of its type that holds the file's imports and the
 * type's fields ({@link Shell}). Only offsets are kept, not text: a method is parsed only when a sink's value calls
 * it, and the file is read again then.
 */
final class TextMethods {

    static final Set<String> TEXT_TYPES = Set.of("String", "StringBuilder", "StringBuffer", "CharSequence");
    /** Names the folding already knows as calls on a value ({@code sb.toString()}); never followed as methods. */
    private static final Set<String> NOT_FOLLOWED = Set.of("toString");
    private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum", "record");
    private static final Pattern LITERAL_WORD = JavaSource.LITERAL_WORD;

    /**
     * A type as a method is parsed in: its kind and name, the file's {@code package} and imports (up to
     * {@code headerEnd}), a record's components and the type's field declarations as offset ranges.
     */
    record Shell(String file, String kind, String name, int[] components, List<int[]> fields, int headerEnd) {
    }

    /**
     * A method that returns text: {@code start} to {@code end} is its declaration from its first annotation or
     * modifier to its closing brace or semicolon. {@code loud}: a literal of its body holds a destructive word;
     * {@code names}: the identifiers of its body, for a method that is not loud; {@code hash}: of its text and its
     * shell's, for the index's digest.
     */
    record TextMethod(Shell shell, String name, int arity, boolean varargs, boolean isStatic, boolean isPrivate,
            boolean hasBody, boolean emptyBody, int start, int end, boolean loud, Set<String> names, int hash) {

        String owner() {
            return shell.name();
        }

        String file() {
            return shell.file();
        }

        /** True if a call with {@code args} arguments can be to this method. */
        boolean takes(int args) {
            return varargs ? args >= arity - 1 : args == arity;
        }

        @Override
        public String toString() {
            return owner() + "." + name + "/" + arity + (varargs ? "+" : "") + "#" + hash;
        }
    }

    private final String file;
    private final String src;
    private final JavaTokens t;
    private final List<TextMethod> out = new ArrayList<>();
    private int headerEnd;

    private TextMethods(String file, String src) {
        this.file = file;
        this.src = src;
        this.t = JavaTokens.of(src, LITERAL_WORD);
    }

    /**
     * False only for a file that can declare no method returning text: nowhere does one of the text types stand
     * before a name and a {@code (}, white space between.
     */
    static boolean mayDeclare(String text) {
        for (String type : List.of("String", "CharSequence")) {
            if (type.equals("CharSequence") && !Keywords.any(text, Keywords.CHAR_SEQUENCE)) {
                continue;
            }
            for (int at = text.indexOf(type); at >= 0; at = text.indexOf(type, at + type.length())) {
                if (declarationAt(text, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if the word at {@code at} is a text type followed by a name and a {@code (}. */
    private static boolean declarationAt(String text, int at) {
        if (at > 0 && JavaLexer.isIdentifierPart(text.charAt(at - 1))) {
            return false;
        }
        int i = at + (text.startsWith("CharSequence", at) ? 12 : 6);
        if (text.startsWith("Builder", i)) {
            i += 7;
        } else if (text.startsWith("Buffer", i)) {
            i += 6;
        }
        int name = skipSpace(text, i);
        if (name == i || name >= text.length() || !JavaLexer.isIdentifierStart(text.charAt(name))) {
            return false;
        }
        int nameEnd = name;
        while (nameEnd < text.length() && JavaLexer.isIdentifierPart(text.charAt(nameEnd))) {
            nameEnd++;
        }
        int open = skipSpace(text, nameEnd);
        return open < text.length() && text.charAt(open) == '(';
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The text methods of a file; text that is not Java gives what its tokens look like, or nothing. */
    static List<TextMethod> read(String file, String text) {
        TextMethods reader = new TextMethods(file, text);
        reader.readFile();
        List<TextMethod> methods = new ArrayList<>(reader.out.size());
        for (TextMethod m : reader.out) {
            methods.add(new TextMethod(m.shell(), m.name(), m.arity(), m.varargs(), m.isStatic(), m.isPrivate(),
                    m.hasBody(), m.emptyBody(), m.start(), m.end(), m.loud(), m.names(), reader.hash(m)));
        }
        return methods;
    }

    private void readFile() {
        int i = 0;
        while (i < t.size() && (t.isWord(i, "package") || t.isWord(i, "import"))) {
            i = statementEnd(i);
            headerEnd = i < t.size() ? t.end(i) : src.length();
            i++;
        }
        while (i < t.size()) {
            if (isTypeKeyword(i)) {
                i = type(i);
            } else {
                i++;
            }
        }
    }

    private boolean isTypeKeyword(int i) {
        return t.kind(i) == JavaTokens.IDENT && TYPE_KEYWORDS.contains(t.text(i)) && !t.is(i - 1, '.')
                && !t.is(i - 1, '@') && i + 1 < t.size() && t.kind(i + 1) == JavaTokens.IDENT;
    }

    /** Reads the type declared by the keyword at {@code keyword}; returns the index after its body. */
    private int type(int keyword) {
        String kind = t.text(keyword);
        String name = t.text(keyword + 1);
        int i = keyword + 2;
        int[] components = null;
        while (i < t.size() && !t.is(i, '{') && !t.is(i, ';')) {
            if (t.is(i, '(')) {
                int close = matching(i, '(', ')');
                if (kind.equals("record") && components == null) {
                    components = new int[] {t.end(i), close < t.size() ? t.start(close) : src.length()};
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        if (i >= t.size() || !t.is(i, '{')) {
            return i + 1;
        }
        List<int[]> fields = new ArrayList<>();
        Shell shell = new Shell(file, kind, name, components, fields, headerEnd);
        return body(i, shell, fields);
    }

    /** Reads the members of a type body opening at {@code open}; returns the index after its closing brace. */
    private int body(int open, Shell shell, List<int[]> fields) {
        int i = open + 1;
        if (shell.kind().equals("enum")) {
            while (i < t.size() && !t.is(i, ';') && !t.is(i, '}')) {
                i = t.is(i, '(') ? matching(i, '(', ')') + 1 : t.is(i, '{') ? matching(i, '{', '}') + 1 : i + 1;
            }
            if (t.is(i, ';')) {
                i++;
            }
        }
        int member = i;
        while (i < t.size() && !t.is(i, '}')) {
            if (isTypeKeyword(i)) {
                i = type(i);
                member = i;
            } else if (t.is(i, '(')) {
                i = matching(i, '(', ')') + 1;
            } else if (t.is(i, '=')) {
                int end = statementEnd(i);
                fields.add(range(member, end));
                i = end + 1;
                member = i;
            } else if (t.is(i, ';')) {
                if (!method(member, i, -1, shell)) {
                    fields.add(range(member, i));
                }
                i++;
                member = i;
            } else if (t.is(i, '{')) {
                int close = matching(i, '{', '}');
                method(member, i, close, shell);
                i = close + 1;
                member = i;
            } else {
                i++;
            }
        }
        return i + 1;
    }

    private int[] range(int from, int to) {
        return new int[] {t.start(from), to < t.size() ? t.end(to) : src.length()};
    }

    /**
     * Records the member from {@code from} to {@code bodyOrEnd} (its body's brace or its semicolon) if it is a
     * method that returns text; {@code close}: the body's closing brace, or -1 for a method without a body. True if
     * the member is a method or constructor, of whatever type.
     */
    private boolean method(int from, int bodyOrEnd, int close, Shell shell) {
        boolean isStatic = false;
        boolean isPrivate = false;
        int i = from;
        while (i < bodyOrEnd) {
            if (t.is(i, '@') && !t.isWord(i + 1, "interface")) {
                i += 2;
                while (t.is(i, '.')) {
                    i += 2;
                }
                if (t.is(i, '(')) {
                    i = matching(i, '(', ')') + 1;
                }
            } else if (t.is(i, '<')) {
                i = matching(i, '<', '>') + 1;
            } else if (t.is(i, '(')) {
                return true;
            } else if (t.kind(i) == JavaTokens.IDENT && t.kind(i + 1) == JavaTokens.IDENT && t.is(i + 2, '(')) {
                break;
            } else {
                isStatic |= t.isWord(i, "static");
                isPrivate |= t.isWord(i, "private");
                i++;
            }
        }
        if (i >= bodyOrEnd) {
            return false;
        }
        String methodName = t.text(i + 1);
        if (!TEXT_TYPES.contains(t.text(i)) || NOT_FOLLOWED.contains(methodName)) {
            return true;
        }
        int open = i + 2;
        int closeParen = matching(open, '(', ')');
        int arity = closeParen > open + 1 ? 1 : 0;
        boolean varargs = false;
        int depth = 0;
        for (int k = open + 1; k < closeParen; k++) {
            if (t.is(k, '(') || t.is(k, '<') || t.is(k, '[') || t.is(k, '{')) {
                depth++;
            } else if (t.is(k, ')') || t.is(k, '>') || t.is(k, ']') || t.is(k, '}')) {
                depth--;
            } else if (depth == 0 && t.is(k, ',')) {
                arity++;
            } else if (t.is(k, '.') && t.is(k + 1, '.') && t.is(k + 2, '.')) {
                varargs = true;
            }
        }
        boolean loud = false;
        Set<String> names = new HashSet<>();
        int last = close >= 0 ? close : bodyOrEnd;
        for (int k = bodyOrEnd + 1; k < last && !loud; k++) {
            loud = t.kind(k) == JavaTokens.LITERAL && t.loud(k);
            if (t.kind(k) == JavaTokens.IDENT) {
                names.add(t.text(k));
            }
        }
        int end = last < t.size() ? t.end(last) : src.length();
        out.add(new TextMethod(shell, methodName, arity, varargs, isStatic, isPrivate, close >= 0,
                close == bodyOrEnd + 1, t.start(from), end, loud, loud ? Set.of() : Set.copyOf(names), 0));
        return true;
    }

    /** The hash of a method's text and of the parts of its file it is parsed with. */
    private int hash(TextMethod m) {
        Shell shell = m.shell();
        int h = hash(0, 0, shell.headerEnd());
        h = 31 * h + shell.kind().hashCode();
        h = 31 * h + shell.name().hashCode();
        if (shell.components() != null) {
            h = hash(h, shell.components()[0], shell.components()[1]);
        }
        for (int[] field : shell.fields()) {
            h = hash(h, field[0], field[1]);
        }
        return hash(h, m.start(), m.end());
    }

    private int hash(int seed, int from, int to) {
        int h = seed;
        for (int i = from; i < to; i++) {
            h = 31 * h + src.charAt(i);
        }
        return h;
    }

    /** The index of the {@code ;} that ends the statement or declaration at {@code from}, braces balanced. */
    private int statementEnd(int from) {
        int depth = 0;
        for (int i = from; i < t.size(); i++) {
            if (t.is(i, '(') || t.is(i, '{') || t.is(i, '[')) {
                depth++;
            } else if (t.is(i, ')') || t.is(i, '}') || t.is(i, ']')) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (depth == 0 && t.is(i, ';')) {
                return i;
            }
        }
        return t.size();
    }

    /** The index of the token closing the group that {@code open} opens, or the last index. */
    private int matching(int from, char open, char close) {
        int depth = 0;
        for (int i = from; i < t.size(); i++) {
            if (t.is(i, open)) {
                depth++;
            } else if (t.is(i, close) && --depth == 0) {
                return i;
            } else if (open == '<' && (t.is(i, ';') || t.is(i, '{') || t.is(i, '('))) {
                return i - 1;
            }
        }
        return t.size() - 1;
    }
}
