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
 * variable of the file that holds one, or declares a local type. A quiet body is blanked, every character but its
 * line breaks turned into a space, so the positions of everything kept are unchanged and the result still parses: a
 * body {@code { ... }} becomes {@code {       }}. When the declaration before the body (annotations, signature) is
 * quiet too, and the member is not in an enum, the whole member goes: nothing of the analysis looks at the
 * signatures of other methods.
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
    private static final Set<String> STATEMENT_WORDS = Set.of("return", "else", "do", "case", "yield", "throw",
            "assert", "default");
    private static final int ARROW = JavaTokens.OPERATORS.indexOf("->");
    private static final int ADD_ASSIGN = JavaTokens.OPERATORS.indexOf("+=");
    private static final int SCOPE = JavaTokens.OPERATORS.indexOf("::");
    private static final boolean[] COMPOUND_ASSIGNMENTS = new boolean[JavaTokens.OPERATORS.size()];

    static {
        for (String op : List.of("+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", ">>>=")) {
            COMPOUND_ASSIGNMENTS[JavaTokens.OPERATORS.indexOf(op)] = true;
        }
    }

    private final JavaTokens t;
    private final String src;
    /** Per token: an identifier that {@code relevant} holds. */
    private final boolean[] relevant;
    private final Set<String> dangerousVariables = new HashSet<>();
    /** A bit for each hash code of {@link #dangerousVariables} (modulo 64), so that most names cost no string. */
    private long dangerousHashes;
    private boolean sawRelevant;

    private QuietBodies(JavaTokens tokens, NameSet relevantNames) {
        this.t = tokens;
        this.src = tokens.source();
        this.relevant = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            relevant[i] = tokens.kind(i) == JavaTokens.IDENT && relevantNames.contains(tokens, i);
            sawRelevant |= relevant[i];
        }
    }

    static Result blank(String src, Pattern literalWord, NameSet relevant) {
        return blank(JavaTokens.of(src, literalWord), relevant);
    }

    static Result blank(JavaTokens tokens, NameSet relevant) {
        QuietBodies q = new QuietBodies(tokens, relevant);
        // Each round adds the variables built from the ones found before, until no name found in a round occurs
        // before the place it was found (the rest of the round has seen it already). A file that needs more rounds
        // than real code does is parsed whole.
        int rounds = 0;
        while (q.collectDangerousVariables()) {
            if (++rounds == MAX_ROUNDS) {
                return Result.unchanged(q.src);
            }
        }
        if (!q.sawRelevant && q.dangerousVariables.isEmpty()) {
            return new Result(q.src, Set.of(), 0, false);
        }
        return q.blankQuietBodies();
    }

    private boolean isTypeWord(int i) {
        return t.isWord(i, "class") || t.isWord(i, "interface") || t.isWord(i, "enum") || t.isWord(i, "record");
    }

    private boolean isDangerousVariable(int i) {
        return (dangerousHashes & (1L << t.hash(i))) != 0 && dangerousVariables.contains(t.text(i));
    }

    /** Adds {@code name}; true if it was not known yet. */
    private boolean addDangerousVariable(String name) {
        dangerousHashes |= 1L << name.hashCode();
        return dangerousVariables.add(name);
    }

    /** True if token {@code i} ends a statement or opens or closes a block. */
    private boolean isBoundary(int i) {
        return t.is(i, ';') || t.is(i, '{') || t.is(i, '}');
    }

    // ---- pass 1: variables that hold destructive text ----

    /**
     * Adds the variable each statement assigns or declares when the statement holds a destructive literal or a
     * name already known to be dangerous; true if a name was added that also occurs before the place it was added,
     * where this round did not know it yet.
     */
    private boolean collectDangerousVariables() {
        boolean seenEarlier = false;
        String target = null;
        int targetAt = 0;
        boolean dangerous = false;
        for (int i = 0; i < t.size(); i++) {
            byte kind = t.kind(i);
            if (isBoundary(i)) {
                if (dangerous && target != null) {
                    seenEarlier |= addDangerousVariable(target) && occursBefore(target, targetAt);
                }
                target = null;
                dangerous = false;
            } else if (kind == JavaTokens.LITERAL) {
                dangerous |= t.loud(i);
            } else if (kind == JavaTokens.IDENT) {
                dangerous |= relevant[i] || isDangerousVariable(i);
            } else if ((t.is(i, '=') || t.isOperator(i, ADD_ASSIGN)) && i > 0 && t.kind(i - 1) == JavaTokens.IDENT) {
                if (dangerous && target != null) {
                    seenEarlier |= addDangerousVariable(target) && occursBefore(target, targetAt);
                }
                target = t.text(i - 1);
                targetAt = t.start(i - 1);
                dangerous = false;
            }
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
        Deque<Frame> frames = new ArrayDeque<>();
        Frame member = null;
        List<int[]> quiet = new ArrayList<>();
        Set<String> assigned = new HashSet<>();
        Header header = new Header(0);
        boolean declaring = false;
        int parens = 0;
        for (int i = 0; i < t.size(); i++) {
            byte kind = t.kind(i);
            if (t.is(i, '{')) {
                Frame parent = frames.peek();
                boolean typeBody = header.hasType;
                boolean memberBody = !typeBody && member == null && !header.hasValue && parens == 0
                        && (parent == null || parent.typeBody);
                Frame frame = new Frame(typeBody, memberBody, t.start(i), parens);
                frame.enumBody = typeBody && header.isEnum;
                if (memberBody && !header.loud && parent != null && !parent.enumBody) {
                    frame.declaration = header.start;
                }
                parens = 0;
                frames.push(frame);
                if (memberBody) {
                    member = frame;
                }
                header = new Header(t.end(i));
                declaring = false;
            } else if (t.is(i, '}')) {
                Frame frame = frames.poll();
                parens = frame != null ? frame.outerParens : 0;
                if (frame != null && frame == member) {
                    member = null;
                    if (!frame.loud) {
                        quiet.add(frame.declaration >= 0 ? new int[] {frame.declaration, t.end(i)}
                                : new int[] {frame.open + 1, t.start(i)});
                        assigned.addAll(frame.assigned);
                    }
                }
                header = new Header(t.end(i));
                declaring = false;
            } else if (t.is(i, ';')) {
                header = new Header(t.end(i));
                declaring = false;
                parens = 0;
            } else if (t.is(i, '(')) {
                parens++;
            } else if (t.is(i, ')')) {
                parens = Math.max(0, parens - 1);
            } else if (kind == JavaTokens.LITERAL) {
                boolean dangerous = t.loud(i);
                header.loud |= dangerous;
                if (member != null && dangerous) {
                    member.loud = true;
                }
            } else if (kind == JavaTokens.IDENT) {
                boolean typeWord = isTypeWord(i) && !t.is(i - 1, '.') && !t.isOperator(i - 1, SCOPE);
                header.hasType |= typeWord;
                header.isEnum |= typeWord && t.isWord(i, "enum");
                boolean loud = typeWord || relevant[i] || isDangerousVariable(i);
                header.loud |= loud;
                if (member != null && loud) {
                    member.loud = true;
                }
            } else {
                boolean isAssign = t.is(i, '=');
                int operator = t.operator(i);
                boolean assignment = isAssign || (operator >= 0 && COMPOUND_ASSIGNMENTS[operator]);
                header.hasValue |= parens == 0 && (isAssign || t.isOperator(i, ARROW));
                if (assignment && member != null && i > 0 && t.kind(i - 1) == JavaTokens.IDENT) {
                    boolean declaration = isAssign && isDeclaration(i - 2, declaring);
                    declaring |= declaration;
                    if (!declaration) {
                        member.assigned.add(t.text(i - 1));
                    }
                }
            }
        }
        if (quiet.isEmpty()) {
            return Result.unchanged(src);
        }
        return new Result(blanked(quiet), Set.copyOf(assigned), quiet.size(), true);
    }

    /** True if the name before {@code =} is being declared: it follows a type, or a comma in a declaration. */
    private boolean isDeclaration(int beforeName, boolean declaring) {
        if (beforeName < 0) {
            return false;
        }
        if (t.kind(beforeName) == JavaTokens.IDENT) {
            return !STATEMENT_WORDS.contains(t.text(beforeName));
        }
        return t.is(beforeName, '>') || t.is(beforeName, ']') || (declaring && t.is(beforeName, ','));
    }

    /**
     * The source with each range turned into spaces but for its line breaks: lines and columns of the rest stay as
     * they were. ({@link CompactText} then leaves the lines that are only white space out of the parse.)
     */
    private String blanked(List<int[]> ranges) {
        char[] out = src.toCharArray();
        for (int[] r : ranges) {
            for (int i = r[0]; i < r[1]; i++) {
                if (out[i] != '\n' && out[i] != '\r') {
                    out[i] = ' ';
                }
            }
        }
        return new String(out);
    }
}
