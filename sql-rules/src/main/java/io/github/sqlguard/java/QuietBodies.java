package io.github.sqlguard.java;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Blanks the bodies of methods, constructors and initializers that cannot take part in a finding, before the file is
 * parsed: most of a file that reaches the parser is code that never touches SQL, and JavaParser's time grows with
 * the code it reads. A body is quiet when none of its string literals holds a destructive SQL word and none of its
 * identifiers is {@code relevant} (a sink or query-builder method, a constant holding a destructive word), names a
 * variable of the file that holds one, or declares a local type. A quiet body is emptied but for its line breaks,
 * so the positions of everything kept are unchanged and the result still parses: a body {@code { ... }} becomes
 * {@code { }}. When the declaration before the body (annotations, signature) is quiet too, and the member is not in
 * an enum, the whole member goes: nothing of the analysis looks at the signatures of other methods.
 *
 * <p>Blanking removes assignments too, and the analysis treats a field that is never assigned as a constant, so the
 * names a quiet body assigns are returned with the text ({@link Result#assigned}). Text that is not well-formed is
 * returned unchanged past the point where it stops being so.
 */
final class QuietBodies {

    /**
     * The text to parse, and the names that blanked bodies assign to. {@code mayFind} is false when nothing in the
     * file is relevant: no sink, builder or dangerous constant is named, and no variable holds destructive text;
     * such a file cannot give a finding and need not be parsed at all.
     */
    record Result(String text, Set<String> assigned, int blanked, boolean mayFind) {

        static Result unchanged(String text) {
            return new Result(text, Set.of(), 0, true);
        }
    }

    private static final int MAX_ROUNDS = 4;
    private static final Set<String> TYPE_WORDS = Set.of("class", "interface", "enum", "record");
    private static final Set<String> STATEMENT_WORDS = Set.of("return", "else", "do", "case", "yield", "throw",
            "assert", "default");
    /** Operators of more than one character, longest first. */
    private static final List<String> OPERATORS = List.of(">>>=", "<<=", ">>=", "->", "::", "==", "!=", "<=", ">=",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "&&", "||", "++", "--");
    private static final String OPERATOR_START = ">=<-:!+*/%&|^";
    private static final Set<String> COMPOUND_ASSIGNMENTS = Set.of("+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
            "<<=", ">>=", ">>>=");

    private final String src;
    private final Pattern literalWord;
    private final NameSet relevant;
    private final Set<String> dangerousVariables = new HashSet<>();
    private boolean sawRelevant;

    private QuietBodies(String src, Pattern literalWord, NameSet relevant) {
        this.src = src;
        this.literalWord = literalWord;
        this.relevant = relevant;
    }

    static Result blank(String src, Pattern literalWord, NameSet relevant) {
        QuietBodies q = new QuietBodies(src, literalWord, relevant);
        // Each round adds the variables built from the ones found before, until no name found in a round occurs
        // before the place it was found (the rest of the round has seen it already). A file that needs more rounds
        // than real code does is parsed whole.
        int rounds = 0;
        while (q.collectDangerousVariables()) {
            if (++rounds == MAX_ROUNDS) {
                return Result.unchanged(src);
            }
        }
        if (!q.sawRelevant && q.dangerousVariables.isEmpty()) {
            return new Result(src, Set.of(), 0, false);
        }
        return q.blankQuietBodies();
    }

    // ---- tokens ----

    private enum Kind { IDENT, LITERAL, SYMBOL }

    /** A token: where it is; for a literal, the range of its content. */
    private record Tok(Kind kind, int start, int end) {
    }

    private int pos;

    /** The next token from {@link #pos}, comments and white space skipped; null at the end. */
    private Tok next() {
        int n = src.length();
        while (pos < n) {
            int afterComment = JavaLexer.skipComment(src, pos);
            if (afterComment > pos) {
                pos = afterComment;
            } else if (Character.isWhitespace(src.charAt(pos))) {
                pos++;
            } else {
                break;
            }
        }
        if (pos >= n) {
            return null;
        }
        int start = pos;
        char c = src.charAt(pos);
        if (c == '"' || c == '\'') {
            boolean block = src.startsWith("\"\"\"", pos);
            int from = pos + (block ? 3 : 1);
            int end = from;
            while (end < n && !(block ? src.startsWith("\"\"\"", end)
                    : (src.charAt(end) == c || src.charAt(end) == '\n' || src.charAt(end) == '\r'))) {
                end += src.charAt(end) == '\\' ? 2 : 1;
            }
            end = Math.min(end, n);
            pos = Math.min(n, end + (block ? 3 : 1));
            return c == '"' ? new Tok(Kind.LITERAL, from, end) : new Tok(Kind.SYMBOL, start, pos);
        }
        if (JavaLexer.isIdentifierStart(c)) {
            while (pos < n && JavaLexer.isIdentifierPart(src.charAt(pos))) {
                pos++;
            }
            return new Tok(Kind.IDENT, start, pos);
        }
        if (OPERATOR_START.indexOf(c) >= 0) {
            for (String op : OPERATORS) {
                if (src.startsWith(op, pos)) {
                    pos += op.length();
                    return new Tok(Kind.SYMBOL, start, pos);
                }
            }
        }
        pos++;
        return new Tok(Kind.SYMBOL, start, pos);
    }

    private boolean isTypeWord(Tok t) {
        int length = t.end() - t.start();
        return length >= 4 && length <= 9 && "ceir".indexOf(src.charAt(t.start())) >= 0
                && TYPE_WORDS.contains(text(t));
    }

    private boolean isDangerousVariable(Tok t) {
        return !dangerousVariables.isEmpty() && dangerousVariables.contains(text(t));
    }

    private String text(Tok t) {
        return src.substring(t.start(), t.end());
    }

    private boolean is(Tok t, String symbol) {
        return t != null && t.kind() != Kind.LITERAL && t.end() - t.start() == symbol.length()
                && src.startsWith(symbol, t.start());
    }

    private boolean dangerousLiteral(Tok t) {
        return literalWord.matcher(src).region(t.start(), t.end()).find();
    }

    // ---- pass 1: variables that hold destructive text ----

    /**
     * Adds the variable each statement assigns or declares when the statement holds a destructive literal or a
     * name already known to be dangerous; true if a name was added that also occurs before the place it was added,
     * where this round did not know it yet.
     */
    private boolean collectDangerousVariables() {
        pos = 0;
        boolean seenEarlier = false;
        String target = null;
        int targetAt = 0;
        boolean dangerous = false;
        Tok previous = null;
        Tok t;
        while ((t = next()) != null) {
            if (is(t, ";") || is(t, "{") || is(t, "}")) {
                if (dangerous && target != null) {
                    seenEarlier |= dangerousVariables.add(target) && occursBefore(target, targetAt);
                }
                target = null;
                dangerous = false;
            } else if (t.kind() == Kind.LITERAL) {
                dangerous |= dangerousLiteral(t);
            } else if (t.kind() == Kind.IDENT) {
                boolean named = relevant.contains(src, t.start(), t.end());
                sawRelevant |= named;
                dangerous |= named || isDangerousVariable(t);
            } else if ((is(t, "=") || is(t, "+=")) && previous != null && previous.kind() == Kind.IDENT) {
                if (dangerous && target != null) {
                    seenEarlier |= dangerousVariables.add(target) && occursBefore(target, targetAt);
                }
                target = text(previous);
                targetAt = previous.start();
                dangerous = false;
            }
            previous = t;
        }
        return seenEarlier;
    }

    /** True if {@code name} occurs as a word before {@code at}. */
    private boolean occursBefore(String name, int at) {
        for (int i = src.indexOf(name); i >= 0 && i < at; i = src.indexOf(name, i + 1)) {
            boolean wordStart = i == 0 || !JavaLexer.isIdentifierPart(src.charAt(i - 1));
            int end = i + name.length();
            if (wordStart && (end >= src.length() || !JavaLexer.isIdentifierPart(src.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    // ---- pass 2: blank the quiet bodies ----

    /** What the tokens since the last brace or semicolon say about the declaration they may start. */
    private static final class Header {
        final int start;
        boolean hasType;
        boolean isEnum;
        boolean hasValue;
        boolean loud;

        Header(int start) {
            this.start = start;
        }
    }

    /** An open brace: what it opens, and for a member body whether anything in it matters. */
    private static final class Frame {
        final boolean typeBody;
        final boolean memberBody;
        final int open;
        final int outerParens;
        /** Where the member's declaration starts (after the one before it), or -1 if it must be kept. */
        int declaration = -1;
        boolean enumBody;
        boolean loud;
        final Set<String> assigned = new HashSet<>();

        Frame(boolean typeBody, boolean memberBody, int open, int outerParens) {
            this.typeBody = typeBody;
            this.memberBody = memberBody;
            this.open = open;
            this.outerParens = outerParens;
        }
    }

    private Result blankQuietBodies() {
        pos = 0;
        Deque<Frame> frames = new ArrayDeque<>();
        Frame member = null;
        List<int[]> quiet = new ArrayList<>();
        Set<String> assigned = new HashSet<>();
        Header header = new Header(0);
        boolean declaring = false;
        int parens = 0;
        Tok beforePrevious = null;
        Tok previous = null;
        Tok t;
        while ((t = next()) != null) {
            if (is(t, "{")) {
                Frame parent = frames.peek();
                boolean typeBody = header.hasType;
                boolean memberBody = !typeBody && member == null && !header.hasValue && parens == 0
                        && (parent == null || parent.typeBody);
                Frame frame = new Frame(typeBody, memberBody, t.start(), parens);
                frame.enumBody = typeBody && header.isEnum;
                if (memberBody && !header.loud && parent != null && !parent.enumBody) {
                    frame.declaration = header.start;
                }
                parens = 0;
                frames.push(frame);
                if (memberBody) {
                    member = frame;
                }
                header = new Header(t.end());
                declaring = false;
            } else if (is(t, "}")) {
                Frame frame = frames.poll();
                parens = frame != null ? frame.outerParens : 0;
                if (frame != null && frame == member) {
                    member = null;
                    if (!frame.loud) {
                        quiet.add(frame.declaration >= 0 ? new int[] {frame.declaration, t.end()}
                                : new int[] {frame.open + 1, t.start()});
                        assigned.addAll(frame.assigned);
                    }
                }
                header = new Header(t.end());
                declaring = false;
            } else if (is(t, ";")) {
                header = new Header(t.end());
                declaring = false;
                parens = 0;
            } else if (is(t, "(")) {
                parens++;
            } else if (is(t, ")")) {
                parens = Math.max(0, parens - 1);
            } else if (t.kind() == Kind.LITERAL) {
                boolean dangerous = dangerousLiteral(t);
                header.loud |= dangerous;
                if (member != null && dangerous) {
                    member.loud = true;
                }
            } else if (t.kind() == Kind.IDENT) {
                boolean typeWord = isTypeWord(t) && !is(previous, ".") && !is(previous, "::");
                header.hasType |= typeWord;
                header.isEnum |= typeWord && is(t, "enum");
                boolean loud = typeWord || relevant.contains(src, t.start(), t.end()) || isDangerousVariable(t);
                header.loud |= loud;
                if (member != null && loud) {
                    member.loud = true;
                }
            } else {
                boolean assignment = is(t, "=") || COMPOUND_ASSIGNMENTS.contains(text(t));
                header.hasValue |= parens == 0 && (is(t, "=") || is(t, "->"));
                if (assignment && member != null && previous != null && previous.kind() == Kind.IDENT) {
                    boolean declaration = is(t, "=") && isDeclaration(beforePrevious, declaring);
                    declaring |= declaration;
                    if (!declaration) {
                        member.assigned.add(text(previous));
                    }
                }
            }
            beforePrevious = previous;
            previous = t;
        }
        if (quiet.isEmpty()) {
            return Result.unchanged(src);
        }
        return new Result(blanked(quiet), Set.copyOf(assigned), quiet.size(), true);
    }

    /** True if the name before {@code =} is being declared: it follows a type, or a comma in a declaration. */
    private boolean isDeclaration(Tok beforeName, boolean declaring) {
        if (beforeName == null) {
            return false;
        }
        if (beforeName.kind() == Kind.IDENT) {
            return !STATEMENT_WORDS.contains(text(beforeName));
        }
        return is(beforeName, ">") || is(beforeName, "]") || (declaring && is(beforeName, ","));
    }

    /**
     * The source with each range emptied but for its line breaks and, on its last line, the spaces before the closing
     * brace: lines and columns of the rest stay as they were. (JavaParser reads a long run of spaces far slower than
     * a line break, so the rest of the range is dropped rather than turned into spaces.)
     */
    private String blanked(List<int[]> ranges) {
        StringBuilder out = new StringBuilder(src.length());
        int at = 0;
        for (int[] r : ranges) {
            out.append(src, at, r[0]);
            int lineStart = r[0];
            for (int i = r[0]; i < r[1]; i++) {
                char c = src.charAt(i);
                if (c == '\n' || c == '\r') {
                    out.append(c);
                    lineStart = i + 1;
                }
            }
            out.append(" ".repeat(r[1] - lineStart));
            at = r[1];
        }
        return out.append(src, at, src.length()).toString();
    }
}
