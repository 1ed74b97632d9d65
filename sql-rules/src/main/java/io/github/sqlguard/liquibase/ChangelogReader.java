package io.github.sqlguard.liquibase;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.sqlguard.core.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads Liquibase changelogs (XML, YAML, JSON) into SQL pieces for the rules, and the files they include. */
public final class ChangelogReader {

    private static final String ROOT = "databaseChangeLog";
    private static final JsonFactory JSON = new JsonFactory();

    private enum Format { XML, YAML, JSON }

    private ChangelogReader() {
    }

    /** True if the file looks like a Liquibase XML/YAML/JSON changelog (root element or top-level key databaseChangeLog). Cheap check. */
    public static boolean isChangelog(String fileName, String content) {
        if (fileName == null || content == null) {
            return false;
        }
        Format format = byExtension(fileName);
        if (format == null) {
            return false;
        }
        String text = withoutBom(content);
        return switch (format) {
            case XML -> ROOT.equals(xmlRootName(text));
            case YAML -> hasYamlRootKey(text);
            case JSON -> hasJsonRootKey(text);
        };
    }

    /** Reads a changelog; never throws on bad input: problems are returned as one-line messages. */
    public static Changelog read(SourceFile file, String content) {
        return read(file, content, ResourceRoots.NONE);
    }

    /** Reads a changelog whose names that are not relative to it may also be found in {@code roots}. */
    public static Changelog read(SourceFile file, String content, ResourceRoots roots) {
        Collector out = new Collector(file, roots);
        String text = withoutBom(content == null ? "" : content);
        if (text.isBlank()) {
            out.problem(1, "empty file");
            return out.result();
        }
        try {
            Format format = byExtension(fileName(file));
            if (format == null) {
                format = sniff(text);
            }
            switch (format) {
                case XML -> XmlChangelog.read(text, out);
                case YAML -> YamlChangelog.read(text, out);
                case JSON -> JsonChangelog.read(text, out);
            }
        } catch (RuntimeException | StackOverflowError e) {
            out.problem(1, "changelog could not be read: " + e);
        }
        return out.result();
    }

    private static String fileName(SourceFile file) {
        Path path = file.path();
        if (path != null && path.getFileName() != null) {
            return path.getFileName().toString();
        }
        return file.displayPath() == null ? "" : file.displayPath();
    }

    private static Format byExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xml")) {
            return Format.XML;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Format.YAML;
        }
        if (lower.endsWith(".json")) {
            return Format.JSON;
        }
        return null;
    }

    private static Format sniff(String text) {
        String start = text.stripLeading();
        if (start.startsWith("<")) {
            return Format.XML;
        }
        return start.startsWith("{") ? Format.JSON : Format.YAML;
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The local name of the root element, skipping the prolog; null when there is none. */
    static String xmlRootName(String s) {
        int i = 0;
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length() || s.charAt(i) != '<') {
                return null;
            }
            if (s.startsWith("<?", i)) {
                i = s.indexOf("?>", i);
                if (i < 0) {
                    return null;
                }
                i += 2;
            } else if (s.startsWith("<!--", i)) {
                i = s.indexOf("-->", i + 4);
                if (i < 0) {
                    return null;
                }
                i += 3;
            } else if (s.startsWith("<!", i)) {
                i = doctypeEnd(s, i);
                if (i < 0) {
                    return null;
                }
            } else {
                int end = i + 1;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && "/>".indexOf(s.charAt(end)) < 0) {
                    end++;
                }
                String name = s.substring(i + 1, end);
                return name.substring(name.indexOf(':') + 1);
            }
        }
    }

    private static int doctypeEnd(String s, int from) {
        int brackets = 0;
        char quote = 0;
        for (int i = from + 2; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else if (c == '>' && brackets <= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** A line that starts, unindented, with the key: a top-level key of a block mapping. */
    private static boolean hasYamlRootKey(String text) {
        int i = 0;
        while (i < text.length()) {
            int end = text.indexOf('\n', i);
            int lineEnd = end < 0 ? text.length() : end;
            if (text.startsWith(ROOT, i) || text.startsWith("\"" + ROOT + "\"", i) || text.startsWith("'" + ROOT + "'", i)) {
                int j = i + (text.charAt(i) == 'd' ? ROOT.length() : ROOT.length() + 2);
                while (j < lineEnd && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    j++;
                }
                if (j < lineEnd && text.charAt(j) == ':') {
                    return true;
                }
            }
            i = lineEnd + 1;
        }
        return false;
    }

    /** Reads only the names at the top level of the root object. */
    private static boolean hasJsonRootKey(String text) {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (ROOT.equals(p.currentName())) {
                    return true;
                }
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }
}
