package io.github.sqlguard.liquibase;

import io.github.sqlguard.core.Position;
import java.util.Arrays;

/** Line starts of a file's text, to turn offsets into positions. Lines end at LF, CRLF or a lone CR. */
final class LineIndex {

    private final String text;
    private final int[] starts;

    LineIndex(String text) {
        this.text = text;
        int[] s = new int[64];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
    }

    String text() {
        return text;
    }

    int lineCount() {
        return starts.length;
    }

    Position position(int offset) {
        int off = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(starts, off);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(line + 1, off - starts[line] + 1);
    }

    /** The text of a 0-based line without its line break; empty past the end. */
    String line(int line) {
        if (line < 0 || line >= starts.length) {
            return "";
        }
        int end = line + 1 < starts.length ? starts[line + 1] : text.length();
        while (end > starts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(starts[line], end);
    }

    /** Offset of a 0-based line and a 0-based column counted in code points, kept inside the text. */
    int offset(int line, int codePointColumn) {
        if (line < 0) {
            return 0;
        }
        if (line >= starts.length) {
            return text.length();
        }
        int start = starts[line];
        int end = start + line(line).length();
        int off = start;
        for (int i = 0; i < codePointColumn && off < end; i++) {
            off += Character.charCount(text.codePointAt(off));
        }
        return Math.min(off, end);
    }
}
