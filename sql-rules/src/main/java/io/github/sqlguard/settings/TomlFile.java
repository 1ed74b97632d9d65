package io.github.sqlguard.settings;

import io.github.sqlguard.core.Setting;
import io.github.sqlguard.core.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the simple TOML of {@code flyway.toml}: {@code [table]} headers and {@code key = value} lines with bare or
 * quoted keys, booleans, numbers and one-line strings; a setting's key is its table path and key joined with dots
 * ({@code [environments.dev.flyway]} then {@code cleanDisabled} is {@code environments.dev.flyway.cleanDisabled}).
 * Inline tables, arrays and multi-line strings are skipped.
 */
final class TomlFile {

    private TomlFile() {
    }

    static List<Setting> read(String text) {
        List<Setting> settings = new ArrayList<>();
        String table = "";
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean inMultiline = false;
        String closer = "";
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            if (inMultiline) {
                if (line.contains(closer)) {
                    inMultiline = false;
                }
                continue;
            }
            int first = 0;
            while (first < line.length() && (line.charAt(first) == ' ' || line.charAt(first) == '\t')) {
                first++;
            }
            String content = stripComment(line.substring(first)).stripTrailing();
            if (content.isEmpty()) {
                continue;
            }
            if (content.startsWith("[")) {
                String header = content.startsWith("[[") ? content.replaceAll("^\\[\\[|\\]\\]$", "")
                        : content.replaceAll("^\\[|\\]$", "");
                table = key(header);
                continue;
            }
            int eq = equalsSign(content);
            if (eq < 0) {
                continue;
            }
            String value = content.substring(eq + 1).strip();
            if (value.startsWith("\"\"\"") || value.startsWith("'''")) {
                closer = value.substring(0, 3);
                inMultiline = value.length() < 6 || !value.substring(3).contains(closer);
                continue;
            }
            String key = key(content.substring(0, eq));
            String fullKey = table.isEmpty() ? key : table + "." + key;
            int lineNumber = l + 1;
            settings.add(new Setting(fullKey, unquote(value), new Position(lineNumber, first + 1),
                    new Position(lineNumber, first + content.length() + 1)));
        }
        return settings;
    }

    /** A dotted key with its parts unquoted and white space around the dots removed. */
    private static String key(String raw) {
        StringBuilder sb = new StringBuilder();
        for (String part : raw.strip().split("\\.(?=(?:[^\"']*[\"'][^\"']*[\"'])*[^\"']*$)")) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(unquote(part.strip()));
        }
        return sb.toString();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && ((value.startsWith("\"") && value.endsWith("\""))
                || (value.startsWith("'") && value.endsWith("'")))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static int equalsSign(String content) {
        char quote = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                return i;
            }
        }
        return -1;
    }

    private static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
