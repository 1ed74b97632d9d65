package io.github.sqlguard.settings;

import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code .env} files the way dotenv loaders and Docker Compose do: {@code KEY=value} lines, optionally after
 * {@code export}; whole-line {@code #} comments; a value in double quotes (backslash escapes), in single quotes (as
 * written) or bare, where a {@code #} after white space starts a comment. A quoted value that does not close on its
 * line runs to the line's end.
 */
final class DotEnvFile {

    private DotEnvFile() {
    }

    static List<Setting> read(String text) {
        List<Setting> settings = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int l = 0; l < lines.length; l++) {
            Setting setting = setting(lines[l], l + 1);
            if (setting != null) {
                settings.add(setting);
            }
        }
        return settings;
    }

    private static Setting setting(String line, int lineNumber) {
        int first = skipBlanks(line, 0);
        if (first == line.length() || line.charAt(first) == '#') {
            return null;
        }
        int keyStart = line.startsWith("export ", first) ? skipBlanks(line, first + 7) : first;
        int eq = line.indexOf('=', keyStart);
        if (eq < 0) {
            return null;
        }
        String key = line.substring(keyStart, eq).strip();
        if (key.isEmpty() || !key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
            return null;
        }
        int valueStart = skipBlanks(line, eq + 1);
        int valueEnd;
        String value;
        char quote = valueStart < line.length() ? line.charAt(valueStart) : 0;
        if (quote == '"' || quote == '\'') {
            int close = closingQuote(line, valueStart + 1, quote);
            valueEnd = close < 0 ? line.length() : close + 1;
            String inner = line.substring(valueStart + 1, close < 0 ? line.length() : close);
            value = quote == '"' ? PropertiesFile.unescape(inner) : inner;
        } else {
            valueEnd = bareValueEnd(line, valueStart);
            value = line.substring(valueStart, valueEnd).strip();
        }
        return new Setting(key, value, new Position(lineNumber, keyStart + 1),
                new Position(lineNumber, Math.max(valueEnd, eq + 1) + 1));
    }

    private static int closingQuote(String line, int from, char quote) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    /** The end of a bare value: the line's end, or the white space before a {@code #} comment; trailing blanks cut. */
    private static int bareValueEnd(String line, int from) {
        int end = line.length();
        for (int i = from; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == from || Character.isWhitespace(line.charAt(i - 1)))) {
                end = i;
                break;
            }
        }
        while (end > from && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int skipBlanks(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
