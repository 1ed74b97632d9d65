package io.github.sqlguard.liquibase;

import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.PositionMap;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML changelogs. StAX checks the document and decodes it; a scan of the raw text finds where each start tag
 * begins, which StAX does not tell. Documents with a DOCTYPE are refused before StAX sees them, so no DTD, internal
 * or external entity is ever read or expanded.
 */
final class XmlChangelog {

    private static final String DOCTYPE_REFUSED = "DOCTYPE is not allowed in a changelog; file not read";

    private final String content;
    private final LineIndex lines;
    private final Tags tags;
    private final Collector out;

    private XmlChangelog(String content, Collector out) {
        this.content = content;
        this.lines = new LineIndex(content);
        this.tags = Tags.scan(content);
        this.out = out;
    }

    static void read(String content, Collector out) {
        new XmlChangelog(content, out).read();
    }

    private void read() {
        if (tags.doctype >= 0) {
            out.problem(lines.position(tags.doctype).line(), DOCTYPE_REFUSED);
            return;
        }
        Element root = parse();
        if (root == null) {
            if (!out.hasProblems()) {
                out.problem(1, "no root element");
            }
            return;
        }
        if (!root.name.equals("databaseChangeLog")) {
            out.problem(position(root).line(), "root element is <" + root.name + ">, not <databaseChangeLog>");
            return;
        }
        for (Element child : root.children) {
            if (child.name.equals("property")) {
                out.property(child.attributes.get("name"), child.attributes.get("value"));
            }
        }
        for (Element child : root.children) {
            switch (child.name) {
                case "changeSet" -> child.children.forEach(this::change);
                case "include" -> out.include(child.attributes.get("file"),
                        isTrue(child.attributes.get("relativeToChangelogFile")), position(child).line());
                case "includeAll" -> out.includeAll(child.attributes.get("path"),
                        isTrue(child.attributes.get("relativeToChangelogFile")), position(child).line());
                default -> {
                }
            }
        }
    }

    private void change(Element e) {
        if (e.name.equals("sqlFile")) {
            out.sqlFile(e.attributes.get("path"), isTrue(e.attributes.get("relativeToChangelogFile")),
                    position(e).line());
        } else if (e.name.equals("sql") && e.closed) {
            String body = e.text.toString();
            if (!body.isBlank()) {
                PositionMap exact = body(e, body);
                out.script(body, exact != null ? exact : PositionMap.fixed(position(e)));
            }
        } else if (Changes.SYNTHESIZED.contains(e.name) && e.closed) {
            List<String> columns = new ArrayList<>();
            String where = null;
            for (Element child : e.children) {
                if (child.name.equals("column")) {
                    String name = child.attributes.get("name");
                    if (name != null && !name.isBlank()) {
                        columns.add(name.strip());
                    }
                } else if (child.name.equals("where") && where == null) {
                    where = child.text.toString();
                }
            }
            Changes.emit(new Change(e.name, position(e), end(e), e.attributes, columns, where), out);
        }
    }

    private static boolean isTrue(String text) {
        return text != null && text.strip().equalsIgnoreCase("true");
    }

    /** One past the {@code >} of the element's end tag, or of its start tag when it closes itself. */
    private Position end(Element e) {
        Position start = position(e);
        if (e.index >= tags.count || !start.equals(lines.position(tags.start[e.index]))) {
            return new Position(start.line(), start.column() + 1);
        }
        int close = tags.close[e.index];
        if (close == tags.end[e.index]) {
            return lines.position(close);
        }
        int gt = content.indexOf('>', close);
        return lines.position(gt < 0 ? content.length() : gt + 1);
    }

    /** Where the element's start tag begins: its {@code <}. */
    private Position position(Element e) {
        if (e.index < tags.count) {
            int start = tags.start[e.index];
            int nameEnd = start + 1;
            while (nameEnd < content.length() && !isNameEnd(content.charAt(nameEnd))) {
                nameEnd++;
            }
            String qualified = content.substring(start + 1, nameEnd);
            if (qualified.equals(e.name) || qualified.endsWith(":" + e.name)) {
                return lines.position(start);
            }
        }
        return new Position(Math.max(1, e.line), 1);
    }

    private static boolean isNameEnd(char c) {
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    private static String localName(String qualified) {
        int colon = qualified.indexOf(':');
        return colon < 0 ? qualified : qualified.substring(colon + 1);
    }

    private Element parse() {
        XMLInputFactory factory = factory();
        Deque<Element> open = new ArrayDeque<>();
        Element root = null;
        int index = 0;
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(content));
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(localName(reader.getAttributeLocalName(i)), reader.getAttributeValue(i));
                        }
                        Element e = new Element(localName(reader.getLocalName()), attributes, index++,
                                reader.getLocation().getLineNumber());
                        if (open.isEmpty()) {
                            root = e;
                        } else {
                            open.peek().children.add(e);
                        }
                        open.push(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!open.isEmpty()) {
                            open.pop().closed = true;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> {
                        out.problem(reader.getLocation().getLineNumber(), DOCTYPE_REFUSED);
                        return root;
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            Location where = e.getLocation();
            out.problem(where == null ? 1 : where.getLineNumber(), "invalid XML: " + message(e));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
        return root;
    }

    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message: ");
        return at >= 0 ? m.substring(at + "Message: ".length()) : m;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not read");
        });
        for (String property : List.of(XMLConstants.ACCESS_EXTERNAL_DTD, XMLConstants.ACCESS_EXTERNAL_SCHEMA)) {
            try {
                f.setProperty(property, "");
            } catch (IllegalArgumentException unsupported) {
                // DTDs are off and refused anyway
            }
        }
        return f;
    }

    /**
     * Maps the text content of an element to the file, walking its raw content: plain text maps verbatim, CDATA
     * sections map to their inside, each entity or character reference maps to its {@code &}; comments,
     * processing instructions and nested elements are skipped. Null when the text found is not the parser's.
     */
    private PositionMap body(Element e, String expected) {
        if (e.index >= tags.count || tags.close[e.index] < tags.end[e.index]) {
            return null;
        }
        int i = tags.end[e.index];
        int to = tags.close[e.index];
        StringBuilder text = new StringBuilder(expected.length());
        PositionMap.Segments map = PositionMap.segments();
        int depth = 0;
        while (i < to) {
            char c = content.charAt(i);
            if (c == '<') {
                int next;
                if (content.startsWith("<!--", i)) {
                    next = after(content.indexOf("-->", i + 4), 3);
                } else if (content.startsWith("<![CDATA[", i)) {
                    int end = content.indexOf("]]>", i + 9);
                    if (end < 0) {
                        return null;
                    }
                    if (depth == 0) {
                        verbatim(i + 9, end, text, map);
                    }
                    next = end + 3;
                } else if (content.startsWith("<?", i)) {
                    next = after(content.indexOf("?>", i + 2), 2);
                } else if (content.startsWith("</", i)) {
                    depth--;
                    next = after(content.indexOf('>', i), 1);
                } else {
                    int end = Tags.tagEnd(content, i + 1);
                    if (end < 0) {
                        return null;
                    }
                    if (content.charAt(end - 1) != '/') {
                        depth++;
                    }
                    next = end + 1;
                }
                if (next < 0) {
                    return null;
                }
                i = next;
            } else if (c == '&') {
                int semi = content.indexOf(';', i);
                String decoded = semi < 0 ? null : reference(content.substring(i + 1, semi));
                if (decoded == null) {
                    return null;
                }
                if (depth == 0) {
                    text.append(decoded);
                    map.add(decoded.length(), PositionMap.fixed(lines.position(i)));
                }
                i = semi + 1;
            } else {
                int end = i;
                while (end < to && content.charAt(end) != '<' && content.charAt(end) != '&') {
                    end++;
                }
                if (depth == 0) {
                    verbatim(i, end, text, map);
                }
                i = end;
            }
        }
        return text.toString().equals(expected) ? map : null;
    }

    private static int after(int found, int length) {
        return found < 0 ? -1 : found + length;
    }

    /** Appends raw text with its line ends normalized as an XML parser does; the lines stay where they were. */
    private void verbatim(int from, int to, StringBuilder text, PositionMap.Segments map) {
        String normalized = content.substring(from, to).replace("\r\n", "\n").replace('\r', '\n');
        text.append(normalized);
        map.add(normalized.length(), PositionMap.verbatim(normalized, lines.position(from)));
    }

    private static String reference(String name) {
        switch (name) {
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "amp":
                return "&";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            default:
                break;
        }
        try {
            if (name.startsWith("#x")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static final class Element {
        final String name;
        final Map<String, String> attributes;
        final int index;
        final int line;
        final List<Element> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        boolean closed;

        Element(String name, Map<String, String> attributes, int index, int line) {
            this.name = name;
            this.attributes = attributes;
            this.index = index;
            this.line = line;
        }
    }

    /**
     * The start tags of a document in order: where each begins, where it ends, and where its end tag begins (its
     * own end when it closes itself). Markup can only start at {@code <}: text must escape it.
     */
    static final class Tags {
        int count;
        int[] start = new int[64];
        int[] end = new int[64];
        int[] close = new int[64];
        int doctype = -1;

        static Tags scan(String s) {
            Tags t = new Tags();
            Deque<Integer> open = new ArrayDeque<>();
            int i = 0;
            while ((i = s.indexOf('<', i)) >= 0) {
                int next;
                if (s.startsWith("<!--", i)) {
                    next = after(s.indexOf("-->", i + 4), 3);
                } else if (s.startsWith("<![CDATA[", i)) {
                    next = after(s.indexOf("]]>", i + 9), 3);
                } else if (s.startsWith("<?", i)) {
                    next = after(s.indexOf("?>", i + 2), 2);
                } else if (s.startsWith("<!", i)) {
                    t.doctype = i;
                    return t;
                } else if (s.startsWith("</", i)) {
                    next = after(s.indexOf('>', i), 1);
                    if (!open.isEmpty()) {
                        t.close[open.pop()] = i;
                    }
                } else {
                    int gt = tagEnd(s, i + 1);
                    if (gt < 0) {
                        return t;
                    }
                    int index = t.add(i, gt + 1);
                    if (s.charAt(gt - 1) == '/') {
                        t.close[index] = gt + 1;
                    } else {
                        open.push(index);
                    }
                    next = gt + 1;
                }
                if (next < 0) {
                    return t;
                }
                i = next;
            }
            return t;
        }

        /** The {@code >} that ends a tag whose name starts at {@code from}; quoted attribute values may hold one. */
        static int tagEnd(String s, int from) {
            char quote = 0;
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return i;
                }
            }
            return -1;
        }

        private int add(int tagStart, int tagEnd) {
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                end = Arrays.copyOf(end, count * 2);
                close = Arrays.copyOf(close, count * 2);
            }
            start[count] = tagStart;
            end[count] = tagEnd;
            close[count] = -1;
            return count++;
        }
    }
}
