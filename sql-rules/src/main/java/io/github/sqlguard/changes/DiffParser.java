package io.github.sqlguard.changes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the output of {@code git diff --unified=0 -M --src-prefix=a/ --dst-prefix=b/} into one {@link FileChange}
 * per file that still exists. Only headers and hunk headers matter: a hunk {@code @@ -a,b +c,d @@} changed the current
 * lines {@code c} to {@code c+d-1}; a hunk that only removes lines ({@code d = 0}) touches the lines on both sides of
 * the gap, {@code c} and {@code c+1}, because removing a {@code WHERE} line is a change to the statement around it. A
 * rename without content changes has no hunks and so no changed lines; a file is added only when git says
 * {@code new file}.
 */
public final class DiffParser {

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");
    private static final String DEV_NULL = "/dev/null";

    private DiffParser() {
    }

    /** The files of a diff, in its order; deleted files are left out. */
    public static List<FileChange> parse(String diff) {
        List<FileChange> out = new ArrayList<>();
        Entry entry = null;
        for (String raw : diff.split("\n", -1)) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.startsWith("diff --git ")) {
                flush(entry, out);
                entry = new Entry();
                entry.path = headerPath(line.substring("diff --git ".length()));
                continue;
            }
            if (entry == null) {
                continue;
            }
            if (line.startsWith("@@")) {
                entry.inHunks = true;
                hunk(line, entry.lines);
            } else if (entry.inHunks) {
                continue;
            } else if (line.startsWith("new file mode")) {
                entry.added = true;
            } else if (line.startsWith("deleted file mode")) {
                entry.deleted = true;
            } else if (line.startsWith("rename to ")) {
                entry.path = unquote(line.substring("rename to ".length()));
            } else if (line.startsWith("--- ")) {
                if (path(line.substring(4), "a/") == null) {
                    entry.added = true;
                }
            } else if (line.startsWith("+++ ")) {
                String path = path(line.substring(4), "b/");
                if (path == null) {
                    entry.deleted = true;
                } else {
                    entry.path = path;
                }
            }
        }
        flush(entry, out);
        return out;
    }

    private static void flush(Entry entry, List<FileChange> out) {
        if (entry != null && !entry.deleted && entry.path != null) {
            out.add(new FileChange(entry.path, entry.added, entry.lines));
        }
    }

    /** Marks the current lines of one hunk header; lines that are not hunk headers are ignored. */
    static void hunk(String header, BitSet lines) {
        Matcher m = HUNK.matcher(header);
        if (!m.find()) {
            return;
        }
        int start = Integer.parseInt(m.group(3));
        int count = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
        if (count > 0) {
            lines.set(start, start + count);
        } else {
            lines.set(Math.max(1, start), start + 2);
        }
    }

    /** The path of a {@code ---}/{@code +++} line without its prefix, or null for {@code /dev/null}. */
    private static String path(String text, String prefix) {
        String p = text.startsWith("\"") ? unquote(text) : stripTab(text);
        if (p.equals(DEV_NULL)) {
            return null;
        }
        return p.startsWith(prefix) ? p.substring(prefix.length()) : p;
    }

    /** Git ends a {@code ---}/{@code +++} path that holds a space with a tab. */
    private static String stripTab(String text) {
        return text.endsWith("\t") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * The new path in {@code diff --git a/x b/x}, used when no {@code +++} line follows (an empty new file, a mode
     * change). Both paths are equal then, which makes an unquoted header with spaces unambiguous.
     */
    static String headerPath(String rest) {
        if (rest.startsWith("\"")) {
            int end = closingQuote(rest, 0);
            String second = rest.substring(Math.min(rest.length(), end + 1)).strip();
            String b = second.isEmpty() ? unquote(rest.substring(0, end + 1)) : unquote(second);
            return b.startsWith("b/") || b.startsWith("a/") ? b.substring(2) : b;
        }
        if (rest.endsWith("\"")) {
            String b = unquote(rest.substring(rest.lastIndexOf(" \"") + 1));
            return b.startsWith("b/") ? b.substring(2) : b;
        }
        int half = (rest.length() - 1) / 2;
        if (rest.length() % 2 == 1 && rest.startsWith("a/") && rest.charAt(half) == ' '
                && rest.substring(half + 1).startsWith("b/")
                && rest.substring(2, half).equals(rest.substring(half + 3))) {
            return rest.substring(half + 3);
        }
        return null;
    }

    private static int closingQuote(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        return s.length() - 1;
    }

    /** Git's C-style quoting: {@code "a/\303\274.sql"} with octal bytes of UTF-8; other text is returned as is. */
    static String unquote(String text) {
        if (text.length() < 2 || !text.startsWith("\"") || !text.endsWith("\"")) {
            return stripTab(text);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 1; i < text.length() - 1; i++) {
            int c = text.codePointAt(i);
            if (c != '\\' || i + 1 >= text.length() - 1) {
                byte[] b = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(c) - 1;
                continue;
            }
            char e = text.charAt(++i);
            if (e >= '0' && e <= '7' && i + 2 < text.length()) {
                bytes.write(Integer.parseInt(text.substring(i, i + 3), 8));
                i += 2;
                continue;
            }
            bytes.write(switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'a' -> 7;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'v' -> 11;
                default -> e;
            });
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static final class Entry {
        String path;
        boolean added;
        boolean deleted;
        boolean inHunks;
        final BitSet lines = new BitSet();
    }
}
