package io.github.sqlguard.settings;

import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.PositionMap;
import io.github.sqlguard.core.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code flyway { }} and {@code liquibase { }} blocks of a Gradle build file, Groovy or Kotlin, as
 * {@code flyway.<name>} and {@code liquibase.<name>} settings: {@code url = "..."}, {@code url '...'},
 * {@code url.set("...")}, {@code url("...")} and map entries ({@code url: '...'}, {@code "url" to "..."}) at any depth
 * inside them (Liquibase's {@code activities { main { } }}). Only plain literals count: strings without {@code $}
 * (which Groovy and Kotlin fill in at run time), booleans and numbers.
 *
 * <p>No Groovy or Kotlin parser is among sqlguard's libraries, so this reads comments, quotes and braces, not the
 * language: blocks are found by the name before their brace, so a task configured by type
 * ({@code tasks.register<FlywayMigrateTask>(...) { }}) or a value computed from variables is not seen.
 */
final class GradleFile {

    private static final String LITERAL = "('(?:[^'\\\\\\n]|\\\\.)*'|\"(?:[^\"\\\\\\n]|\\\\.)*\"|true|false|\\d+)";
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?<=^|[\\n{;])[ \\t]*(\\w+)[ \\t]*(?:=|\\.set[ \\t]*\\(|\\(|[ \\t])[ \\t]*" + LITERAL);
    private static final Pattern MAP_ENTRY = Pattern.compile(
            "(?<=[\\[(,\\n])[ \\t]*[\"']?(\\w+)[\"']?[ \\t]*(?::|[ \\t]to[ \\t])[ \\t]*" + LITERAL);
    private static final List<String> TOOLS = List.of("flyway", "liquibase");
    private static final Set<String> KEYWORDS = Set.of("if", "while", "for", "return", "println", "print", "when");

    private GradleFile() {
    }

    /** A block: where its braces stand and the name before its opening brace. */
    private record Block(int open, int close, String name) {
    }

    static List<Setting> read(String text) {
        StringBuilder code = new StringBuilder(text);
        List<int[]> strings = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        scan(code, strings, blocks);
        PositionMap positions = PositionMap.verbatim(text, Position.START);
        List<Setting> settings = new ArrayList<>();
        for (Pattern pattern : List.of(ASSIGNMENT, MAP_ENTRY)) {
            Matcher m = pattern.matcher(code);
            while (m.find()) {
                String tool = tool(blocks, m.start(1));
                String literal = m.group(2);
                if (tool == null || inside(strings, m.start()) || KEYWORDS.contains(m.group(1))
                        || literal.startsWith("\"") && literal.contains("$")) {
                    continue;
                }
                boolean quoted = literal.startsWith("\"") || literal.startsWith("'");
                String value = quoted ? PropertiesFile.unescape(literal.substring(1, literal.length() - 1)) : literal;
                Position end = positions.at(m.end(2) - 1);
                settings.add(new Setting(tool + "." + m.group(1), value, positions.at(m.start(1)),
                        new Position(end.line(), end.column() + 1)));
            }
        }
        settings.sort((a, b) -> a.start().compareTo(b.start()));
        return settings;
    }

    /**
     * Blanks comments in {@code code} (line breaks kept, so offsets stay), and records where strings and blocks
     * stand. A brace inside a string or comment is none.
     */
    private static void scan(StringBuilder code, List<int[]> strings, List<Block> blocks) {
        List<Integer> openOffsets = new ArrayList<>();
        List<String> openNames = new ArrayList<>();
        int n = code.length();
        int i = 0;
        while (i < n) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < n && (code.charAt(i + 1) == '/' || code.charAt(i + 1) == '*')) {
                boolean line = code.charAt(i + 1) == '/';
                int end = line ? indexOrEnd(code, "\n", i) : indexOrEnd(code, "*/", i + 2) + 2;
                for (int k = i; k < Math.min(end, n); k++) {
                    if (code.charAt(k) != '\n') {
                        code.setCharAt(k, ' ');
                    }
                }
                i = Math.min(end, n);
            } else if (c == '"' || c == '\'') {
                String triple = String.valueOf(c).repeat(3);
                String quote = startsWith(code, triple, i) ? triple : String.valueOf(c);
                int end = stringEnd(code, i + quote.length(), quote);
                strings.add(new int[] {i, end});
                i = end;
            } else if (c == '{') {
                openOffsets.add(i);
                openNames.add(nameBefore(code, i));
                i++;
            } else if (c == '}') {
                if (!openOffsets.isEmpty()) {
                    int last = openOffsets.size() - 1;
                    blocks.add(new Block(openOffsets.remove(last), i, openNames.remove(last)));
                }
                i++;
            } else {
                i++;
            }
        }
        for (int k = 0; k < openOffsets.size(); k++) {
            blocks.add(new Block(openOffsets.get(k), n, openNames.get(k)));
        }
    }

    private static int stringEnd(CharSequence code, int from, String quote) {
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (quote.length() == 1 && c == '\n') {
                return i;
            } else if (startsWith(code, quote, i)) {
                return i + quote.length();
            }
        }
        return code.length();
    }

    private static boolean startsWith(CharSequence code, String prefix, int at) {
        if (at + prefix.length() > code.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (code.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The identifier before a brace, past one argument list and one type argument: {@code main}, {@code flyway}. */
    private static String nameBefore(CharSequence code, int brace) {
        int i = brace - 1;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        i = skipGroup(code, i, '(', ')');
        i = skipGroup(code, i, '<', '>');
        int end = i + 1;
        while (i >= 0 && (Character.isJavaIdentifierPart(code.charAt(i)))) {
            i--;
        }
        return code.subSequence(i + 1, end).toString();
    }

    private static int skipGroup(CharSequence code, int at, char open, char close) {
        if (at < 0 || code.charAt(at) != close) {
            return at;
        }
        int depth = 0;
        for (int i = at; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == close) {
                depth++;
            } else if (c == open && --depth == 0) {
                int k = i - 1;
                while (k >= 0 && Character.isWhitespace(code.charAt(k))) {
                    k--;
                }
                return k;
            }
        }
        return -1;
    }

    /** The tool of the outermost Flyway or Liquibase block holding {@code offset}, or null. */
    private static String tool(List<Block> blocks, int offset) {
        Block outer = null;
        for (Block b : blocks) {
            if (b.open() < offset && offset < b.close() && TOOLS.contains(b.name())
                    && (outer == null || b.open() < outer.open())) {
                outer = b;
            }
        }
        return outer == null ? null : outer.name();
    }

    /** True if {@code offset} is inside a string literal, past its opening quote. */
    private static boolean inside(List<int[]> strings, int offset) {
        for (int[] s : strings) {
            if (s[0] < offset && offset < s[1]) {
                return true;
            }
        }
        return false;
    }

    private static int indexOrEnd(StringBuilder code, String what, int from) {
        int at = code.indexOf(what, from);
        return at < 0 ? code.length() : at;
    }
}
