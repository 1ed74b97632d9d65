package io.github.sqlguard.settings;

import io.github.sqlguard.core.Setting;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.PositionMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code .properties} (and {@code flyway.conf}) the way {@link java.util.Properties} does, keeping where each
 * key and value stand: {@code =}, {@code :} or white space between key and value; whole-line {@code #} and {@code !}
 * comments; a line ending in an odd number of backslashes continued on the next line, whose leading white space is
 * dropped; backslash escapes. Spring Boot's {@code #---} separates documents, each with its own profile.
 */
final class PropertiesFile {

    private PropertiesFile() {
    }

    static List<Setting> read(String text) {
        PositionMap positions = PositionMap.verbatim(text, Position.START);
        List<Setting> settings = new ArrayList<>();
        List<Setting> document = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int lineEnd = lineEnd(text, i);
            int first = skipBlanks(text, i, lineEnd);
            if (first == lineEnd || text.charAt(first) == '#' || text.charAt(first) == '!') {
                if (first == i && lineEnd - i == 4 && text.startsWith("---", i + 1)) {
                    settings.addAll(withProfile(document));
                    document.clear();
                }
                i = next(text, lineEnd);
                continue;
            }
            StringBuilder logical = new StringBuilder();
            List<Integer> offsets = new ArrayList<>();
            int from = first;
            int end = lineEnd;
            while (true) {
                int backslashes = 0;
                for (int k = end - 1; k >= from && text.charAt(k) == '\\'; k--) {
                    backslashes++;
                }
                boolean continues = backslashes % 2 == 1;
                int contentEnd = continues ? end - 1 : end;
                for (int k = from; k < contentEnd; k++) {
                    logical.append(text.charAt(k));
                    offsets.add(k);
                }
                i = next(text, end);
                if (!continues || i >= n) {
                    break;
                }
                end = lineEnd(text, i);
                from = skipBlanks(text, i, end);
            }
            Setting setting = setting(logical.toString(), offsets, positions);
            if (setting != null) {
                document.add(setting);
            }
        }
        settings.addAll(withProfile(document));
        return settings;
    }

    /** The settings of one document of a multi-document file ({@code #---}), tagged with its profile. */
    private static List<Setting> withProfile(List<Setting> document) {
        String profile = Setting.profileOf(document);
        return profile == null ? List.copyOf(document) : document.stream().map(s -> s.inProfile(profile)).toList();
    }

    private static Setting setting(String line, List<Integer> offsets, PositionMap positions) {
        int k = 0;
        int len = line.length();
        while (k < len) {
            char c = line.charAt(k);
            if (c == '\\') {
                k += 2;
                continue;
            }
            if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                break;
            }
            k++;
        }
        int keyEnd = Math.min(k, len);
        int v = keyEnd;
        while (v < len && isBlank(line.charAt(v))) {
            v++;
        }
        if (v < len && (line.charAt(v) == '=' || line.charAt(v) == ':')) {
            v++;
            while (v < len && isBlank(line.charAt(v))) {
                v++;
            }
        }
        String key = unescape(line.substring(0, keyEnd));
        if (key.isEmpty()) {
            return null;
        }
        int last = len - 1;
        while (last >= v && isBlank(line.charAt(last))) {
            last--;
        }
        int endOffset = last >= 0 ? offsets.get(Math.max(last, keyEnd - 1)) : offsets.get(0);
        Position lastChar = positions.at(endOffset);
        return new Setting(key, unescape(line.substring(Math.min(v, len))).strip(), positions.at(offsets.get(0)),
                new Position(lastChar.line(), lastChar.column() + 1));
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (i + 4 < s.length() && s.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        sb.append('u');
                    }
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static int skipBlanks(String text, int from, int to) {
        int i = from;
        while (i < to && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The offset of the line break ending the line that starts at {@code from}, or the text's length. */
    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The start of the line after the break at {@code lineEnd}. */
    private static int next(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length();
        }
        if (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }
}
