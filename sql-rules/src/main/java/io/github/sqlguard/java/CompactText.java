package io.github.sqlguard.java;

import io.github.sqlguard.core.Position;
import java.util.Arrays;

/**
 * The text JavaParser reads for a file: its lines that hold something, without their indentation, and where each
 * came from. JavaParser makes a token of every space and line break (storing tokens is what gives nodes their
 * positions), and in a file whose quiet members are blanked the blank lines and indentation are most of them.
 * Positions in the parsed text map back to the file's own lines and columns. The lines of a text block are kept as
 * they are: its indentation and empty lines are part of its value.
 */
final class CompactText {

    private final String text;
    /** For each parsed line, the line of the file it is. */
    private final int[] lines;
    /** For each parsed line, how many characters were taken from its start. */
    private final int[] indents;

    private CompactText(String text, int[] lines, int[] indents) {
        this.text = text;
        this.lines = lines;
        this.indents = indents;
    }

    /**
     * Compacts {@code text}, which has the lines and columns of the source {@code tokens} were read from (the
     * source itself, or the source with quiet bodies blanked).
     */
    static CompactText of(String text, JavaTokens tokens) {
        boolean[] verbatim = textBlockLines(tokens);
        StringBuilder out = new StringBuilder(text.length() / 2);
        int[] lines = new int[64];
        int[] indents = new int[64];
        int kept = 0;
        int n = text.length();
        int line = 1;
        int at = 0;
        boolean carriageReturns = text.indexOf('\r') >= 0;
        while (at < n) {
            int end = carriageReturns ? lineEnd(text, at) : text.indexOf('\n', at);
            end = end < 0 ? n : end;
            int next = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2
                    : Math.min(n, end + 1);
            boolean asIs = line < verbatim.length && verbatim[line];
            int from = at;
            while (!asIs && from < end && isIndent(text.charAt(from))) {
                from++;
            }
            if (from < end || asIs) {
                if (kept == lines.length) {
                    lines = Arrays.copyOf(lines, kept * 2);
                    indents = Arrays.copyOf(indents, kept * 2);
                }
                lines[kept] = line;
                indents[kept] = from - at;
                kept++;
                out.append(text, from, next);
            }
            at = next;
            line++;
        }
        return new CompactText(out.toString(), Arrays.copyOf(lines, kept), Arrays.copyOf(indents, kept));
    }

    /** Where the line starting at {@code at} ends: its {@code \n} or {@code \r}, or the end of the text. */
    private static int lineEnd(String text, int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    /** Characters that count one column each and mean nothing at the start of a line. */
    private static boolean isIndent(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** Marks the lines after the opening line of each text block, up to the line that closes it. */
    private static boolean[] textBlockLines(JavaTokens tokens) {
        String src = tokens.source();
        boolean[] verbatim = new boolean[0];
        if (tokens.textBlocks() == 0) {
            return verbatim;
        }
        int line = 1;
        int counted = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.start(i);
            if (tokens.kind(i) != JavaTokens.LITERAL || start < 3 || !src.startsWith("\"\"\"", start - 3)) {
                continue;
            }
            line += lineBreaks(src, counted, start);
            int first = line + 1;
            line += lineBreaks(src, start, tokens.end(i));
            counted = tokens.end(i);
            if (verbatim.length <= line) {
                verbatim = Arrays.copyOf(verbatim, line * 2 + 2);
            }
            Arrays.fill(verbatim, first, line + 1, true);
        }
        return verbatim;
    }

    /** The line breaks in {@code src} from {@code from} to {@code to}, a {@code \r\n} counting once. */
    private static int lineBreaks(String src, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = src.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= src.length() || src.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    String text() {
        return text;
    }

    /** Where a position of the parsed text is in the file. */
    Position original(Position parsed) {
        int i = parsed.line() - 1;
        if (i < 0 || i >= lines.length) {
            return parsed;
        }
        return new Position(lines[i], parsed.column() + indents[i]);
    }
}
