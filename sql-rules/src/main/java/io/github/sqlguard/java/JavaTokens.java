package io.github.sqlguard.java;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of a Java source in flat arrays, for the checks that run before JavaParser: identifiers, string
 * literals and text blocks (the range of their content), and symbols (an operator, any other character, a char
 * literal whole); comments and white space are dropped. A file is tokenized once, and whether each literal holds a
 * destructive word is decided once; every later pass walks the arrays. It never fails: text that is not Java gives
 * tokens all the same.
 */
final class JavaTokens {

    static final byte IDENT = 0;
    static final byte LITERAL = 1;
    static final byte SYMBOL = 2;

    /** Operators of more than one character, longest first. */
    static final List<String> OPERATORS = List.of(">>>=", "<<=", ">>=", "->", "::", "==", "!=", "<=", ">=", "+=",
            "-=", "*=", "/=", "%=", "&=", "|=", "^=", "&&", "||", "++", "--");
    private static final String OPERATOR_START = ">=<-:!+*/%&|^";
    /** The code of a symbol that is neither one character nor an operator (a char literal), and of other tokens. */
    private static final int NO_CODE = -1;
    private static final int OPERATOR_CODE = 0x10000;

    private final String src;
    private byte[] kinds;
    private int[] starts;
    private int[] ends;
    /** A single-character symbol's character, {@code OPERATOR_CODE + i} for {@code OPERATORS.get(i)}. */
    private int[] codes;
    /** An identifier's {@link String#hashCode}, computed as it is read. */
    private int[] hashes;
    private boolean[] loud;
    private int textBlocks;
    private int size;
    private final Matcher literalWord;

    private JavaTokens(String src, Matcher literalWord) {
        this.src = src;
        this.literalWord = literalWord;
        int capacity = Math.max(64, src.length() / 6); // about one token in six characters of code
        kinds = new byte[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        codes = new int[capacity];
        hashes = new int[capacity];
        loud = new boolean[capacity];
    }

    /** Tokenizes {@code src}; a literal is loud when {@code literalWord} finds a match in its content. */
    static JavaTokens of(String src, Pattern literalWord) {
        JavaTokens t = new JavaTokens(src, literalWord.matcher(src));
        t.read();
        return t;
    }

    String source() {
        return src;
    }

    int size() {
        return size;
    }

    byte kind(int i) {
        return kinds[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String text(int i) {
        return src.substring(starts[i], ends[i]);
    }

    /** How many of the literals are text blocks. */
    int textBlocks() {
        return textBlocks;
    }

    /** The hash code of identifier {@code i}'s text, as {@link String#hashCode} would give it. */
    int hash(int i) {
        return hashes[i];
    }

    /** The index in {@link #OPERATORS} of token {@code i}, or -1 when it is no operator. */
    int operator(int i) {
        return codes[i] >= OPERATOR_CODE ? codes[i] - OPERATOR_CODE : -1;
    }

    /** True if token {@code i} (which may be -1, no token) is the symbol {@code c}. */
    boolean is(int i, char c) {
        return i >= 0 && codes[i] == c;
    }

    /** True if token {@code i} (which may be -1, no token) is the operator {@code OPERATORS.get(operator)}. */
    boolean isOperator(int i, int operator) {
        return i >= 0 && codes[i] == OPERATOR_CODE + operator;
    }

    /** True if token {@code i} is an identifier spelled {@code word}. */
    boolean isWord(int i, String word) {
        return i >= 0 && kinds[i] == IDENT && ends[i] - starts[i] == word.length() && src.startsWith(word, starts[i]);
    }

    /**
     * True if token {@code i} is a literal whose content holds a destructive word: a string literal or text block,
     * or what stands between single quotes (not Java, but read the same way).
     */
    boolean loud(int i) {
        return loud[i];
    }

    private void read() {
        int n = src.length();
        int pos = 0;
        while (true) {
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
                return;
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
                boolean holdsWord = literalWord.region(from, end).find();
                textBlocks += block ? 1 : 0;
                if (c == '"') {
                    add(LITERAL, from, end, NO_CODE, holdsWord);
                } else {
                    add(SYMBOL, start, pos, NO_CODE, holdsWord);
                }
            } else if (JavaLexer.isIdentifierStart(c)) {
                int hash = 0;
                char p;
                while (pos < n && JavaLexer.isIdentifierPart(p = src.charAt(pos))) {
                    hash = 31 * hash + p;
                    pos++;
                }
                add(IDENT, start, pos, NO_CODE, false);
                hashes[size - 1] = hash;
            } else {
                int operator = OPERATOR_START.indexOf(c) >= 0 ? operatorAt(pos) : -1;
                if (operator >= 0) {
                    pos += OPERATORS.get(operator).length();
                    add(SYMBOL, start, pos, OPERATOR_CODE + operator, false);
                } else {
                    pos++;
                    add(SYMBOL, start, pos, c, false);
                }
            }
        }
    }

    private int operatorAt(int pos) {
        return operatorAt(src, pos);
    }

    /**
     * The index in {@link #OPERATORS} of the operator of more than one character that starts at {@code pos}, or -1;
     * the one operator table of both Java tokenizers.
     */
    static int operatorAt(String src, int pos) {
        if (OPERATOR_START.indexOf(src.charAt(pos)) < 0) {
            return -1;
        }
        for (int i = 0; i < OPERATORS.size(); i++) {
            if (src.startsWith(OPERATORS.get(i), pos)) {
                return i;
            }
        }
        return -1;
    }

    private void add(byte kind, int start, int end, int code, boolean holdsWord) {
        if (size == kinds.length) {
            int grown = size * 2;
            kinds = Arrays.copyOf(kinds, grown);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            codes = Arrays.copyOf(codes, grown);
            hashes = Arrays.copyOf(hashes, grown);
            loud = Arrays.copyOf(loud, grown);
        }
        kinds[size] = kind;
        starts[size] = start;
        ends[size] = end;
        codes[size] = code;
        loud[size] = holdsWord;
        size++;
    }
}
