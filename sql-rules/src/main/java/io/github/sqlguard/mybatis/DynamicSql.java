package io.github.sqlguard.mybatis;

import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.xml.XmlElement;
import io.github.sqlguard.xml.XmlNode;
import io.github.sqlguard.xml.XmlText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates the dynamic SQL of one MyBatis statement in two shapes: every condition true and every condition false.
 * Text is joined with single spaces the way MyBatis joins its parts; {@code #{...}} becomes {@code ?} and
 * {@code ${...}} the {@link SqlPiece#UNKNOWN_FRAGMENT}.
 *
 * <p>With every condition false a {@code <foreach>} emits nothing, open and close included, as MyBatis does for an
 * empty collection. Inside {@code <where>} that can leave the WHERE empty, so it vanishes: conditional. After a static
 * {@code WHERE id IN} it leaves {@code WHERE id IN}, which the database rejects: the statement fails instead of
 * touching more rows, so the WHERE is not conditional.
 */
final class DynamicSql {

    /** The two shapes of a statement. */
    record Shapes(String allTrue, String allFalse) {
    }

    /** The statement cannot be evaluated (it would be larger than any real statement). */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    static final int MAX_LENGTH = 1 << 20;
    static final int MAX_INCLUDE_DEPTH = 16;

    private static final List<String> WHERE_PREFIXES = List.of("AND ", "OR ");
    private static final List<String> SET_OVERRIDES = List.of(",");

    private final String namespace;
    private final Map<String, XmlElement> fragments;

    /**
     * @param namespace the mapper's namespace, to recognize qualified references to its own fragments; may be empty
     * @param fragments the mapper's {@code <sql>} elements by id
     */
    DynamicSql(String namespace, Map<String, XmlElement> fragments) {
        this.namespace = namespace == null ? "" : namespace;
        this.fragments = fragments;
    }

    Shapes shapes(XmlElement statement) throws TooLarge {
        return new Shapes(evaluate(statement, true), evaluate(statement, false));
    }

    String evaluate(XmlElement statement, boolean allTrue) throws TooLarge {
        Builder out = new Builder();
        children(statement, allTrue, Map.of(), new ArrayDeque<>(), out);
        return out.toString().strip();
    }

    private void children(XmlElement parent, boolean allTrue, Map<String, String> properties, Deque<String> includes,
            Builder out) throws TooLarge {
        for (XmlNode child : parent.children()) {
            if (child instanceof XmlText t) {
                out.append(placeholders(substitute(t.text(), properties)));
            } else if (child instanceof XmlElement e) {
                element(e, allTrue, properties, includes, out);
            }
        }
    }

    private void element(XmlElement e, boolean allTrue, Map<String, String> properties, Deque<String> includes,
            Builder out) throws TooLarge {
        switch (e.name()) {
            case "if" -> {
                if (allTrue) {
                    children(e, true, properties, includes, out);
                }
            }
            case "choose" -> {
                XmlElement branch = allTrue ? e.element("when") : e.element("otherwise");
                if (branch != null) {
                    children(branch, allTrue, properties, includes, out);
                }
            }
            case "foreach" -> {
                if (allTrue) {
                    out.append(attribute(e, "open", properties));
                    children(e, true, properties, includes, out);
                    out.append(attribute(e, "close", properties));
                }
            }
            case "where" -> trim(e, allTrue, properties, includes, out, "WHERE", WHERE_PREFIXES, null, List.of());
            case "set" -> trim(e, allTrue, properties, includes, out, "SET", SET_OVERRIDES, null, SET_OVERRIDES);
            case "trim" -> trim(e, allTrue, properties, includes, out, attribute(e, "prefix", properties),
                    overrides(attribute(e, "prefixOverrides", properties)), attribute(e, "suffix", properties),
                    overrides(attribute(e, "suffixOverrides", properties)));
            case "include" -> include(e, allTrue, properties, includes, out);
            case "bind", "selectKey", "property" -> {
                // no SQL of the statement itself
            }
            default -> children(e, allTrue, properties, includes, out);
        }
    }

    private void trim(XmlElement e, boolean allTrue, Map<String, String> properties, Deque<String> includes,
            Builder out, String prefix, List<String> prefixOverrides, String suffix, List<String> suffixOverrides)
            throws TooLarge {
        Builder inner = new Builder();
        children(e, allTrue, properties, includes, inner);
        String content = inner.toString().strip();
        if (content.isEmpty()) {
            return;
        }
        String upper = content.toUpperCase(Locale.ROOT);
        for (String override : prefixOverrides) {
            int length = leadingMatch(upper, override);
            if (length > 0) {
                content = content.substring(length);
                break;
            }
        }
        upper = content.toUpperCase(Locale.ROOT);
        for (String override : suffixOverrides) {
            String o = override.strip();
            if (!o.isEmpty() && upper.stripTrailing().endsWith(o)) {
                content = content.stripTrailing();
                content = content.substring(0, content.length() - o.length());
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        if (prefix != null && !prefix.isEmpty()) {
            sb.append(prefix).append(' ');
        }
        sb.append(content);
        if (suffix != null && !suffix.isEmpty()) {
            sb.append(' ').append(suffix);
        }
        out.append(sb.toString());
    }

    /**
     * The length of the override word at the start of {@code upper}, or 0. An override ending in white space (MyBatis
     * writes {@code "AND "}) matches its word followed by any white space, so a line break after AND counts too.
     */
    private static int leadingMatch(String upper, String override) {
        String word = override.strip();
        if (word.isEmpty() || !upper.startsWith(word)) {
            return 0;
        }
        boolean needsSpace = override.length() > word.length();
        if (!needsSpace) {
            return word.length();
        }
        return upper.length() > word.length() && Character.isWhitespace(upper.charAt(word.length()))
                ? word.length() : 0;
    }

    private static List<String> overrides(String attribute) {
        if (attribute == null || attribute.isEmpty()) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        for (String part : attribute.split("\\|")) {
            if (!part.isEmpty()) {
                list.add(part.toUpperCase(Locale.ROOT));
            }
        }
        return list;
    }

    private void include(XmlElement e, boolean allTrue, Map<String, String> properties, Deque<String> includes,
            Builder out) throws TooLarge {
        String refid = attribute(e, "refid", properties);
        String id = localId(refid);
        XmlElement fragment = id == null ? null : fragments.get(id);
        if (fragment == null || includes.contains(id) || includes.size() >= MAX_INCLUDE_DEPTH) {
            out.append(SqlPiece.UNKNOWN_FRAGMENT);
            return;
        }
        Map<String, String> inner = new HashMap<>(properties);
        for (XmlElement property : e.elements("property")) {
            String name = property.attribute("name");
            if (name != null) {
                inner.put(name, substitute(String.valueOf(property.attribute("value")), properties));
            }
        }
        includes.push(id);
        try {
            children(fragment, allTrue, inner, includes, out);
        } finally {
            includes.pop();
        }
    }

    /** The id of a fragment of this mapper, or null when the reference names another mapper's. */
    private String localId(String refid) {
        if (refid == null || refid.isBlank()) {
            return null;
        }
        String r = refid.strip();
        if (fragments.containsKey(r)) {
            return r;
        }
        if (!namespace.isEmpty() && r.startsWith(namespace + ".")) {
            return r.substring(namespace.length() + 1);
        }
        return null;
    }

    private static String attribute(XmlElement e, String name, Map<String, String> properties) {
        String value = e.attribute(name);
        return value == null ? null : substitute(value, properties);
    }

    /** Replaces {@code ${name}} by an include property's value where one is given; leaves the rest as written. */
    static String substitute(String text, Map<String, String> properties) {
        if (properties.isEmpty() || text.indexOf("${") < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("${", i);
            int close = open < 0 ? -1 : text.indexOf('}', open + 2);
            if (open < 0 || close < 0) {
                sb.append(text, i, text.length());
                break;
            }
            String key = text.substring(open + 2, close);
            String value = properties.get(key);
            sb.append(text, i, open).append(value != null ? value : text.substring(open, close + 1));
            i = close + 1;
        }
        return sb.toString();
    }

    /** {@code #{...}} to {@code ?}, {@code ${...}} to the unknown fragment; a backslash before either escapes it. */
    static String placeholders(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            boolean opens = (c == '#' || c == '$') && i + 1 < n && text.charAt(i + 1) == '{';
            if (c == '\\' && i + 2 < n && (text.charAt(i + 1) == '#' || text.charAt(i + 1) == '$')
                    && text.charAt(i + 2) == '{') {
                sb.append(text.charAt(i + 1)).append('{');
                i += 3;
                continue;
            }
            if (opens) {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    sb.append(text, i, n);
                    break;
                }
                sb.append(c == '#' ? "?" : SqlPiece.UNKNOWN_FRAGMENT);
                i = close + 1;
                continue;
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /** Joins parts with a space where neither has one, and refuses to grow past {@link #MAX_LENGTH}. */
    private static final class Builder {
        private final StringBuilder sb = new StringBuilder();

        void append(String part) throws TooLarge {
            if (part == null || part.isEmpty()) {
                return;
            }
            if (sb.length() + part.length() + 1 > MAX_LENGTH) {
                throw new TooLarge("the statement expands to more than " + MAX_LENGTH + " characters");
            }
            if (sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1))
                    && !Character.isWhitespace(part.charAt(0))) {
                sb.append(' ');
            }
            sb.append(part);
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
