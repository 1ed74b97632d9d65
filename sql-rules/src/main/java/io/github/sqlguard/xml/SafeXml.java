package io.github.sqlguard.xml;

import io.github.sqlguard.core.Position;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML file into a small tree with positions, without ever loading a DTD or an external entity: the DOCTYPE
 * is skipped, entities it declares are not expanded, and a reference to one makes the document unreadable rather than
 * a way to read another file or to exhaust memory.
 */
public final class SafeXml {

    /** Deeper nesting than any mapper or configuration file has; it keeps recursive walks off the stack limit. */
    static final int MAX_DEPTH = 256;

    private final String text;
    private final int[] lineStarts;

    private SafeXml(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    /** The root element of {@code text}. */
    public static XmlElement parse(String text) throws XmlException {
        return new SafeXml(text).read();
    }

    /**
     * The local name of the root element, read from the text without parsing it, or null when the text does not start
     * like an XML document.
     */
    public static String rootName(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = after(text, "?>", i + 2);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i + 4);
            } else if (text.startsWith("<!DOCTYPE", i)) {
                i = afterDoctype(text, i + 9);
            } else if (c == '<') {
                int end = i + 1;
                while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
                        && text.charAt(end) != '/') {
                    end++;
                }
                String qname = text.substring(i + 1, end);
                return qname.isEmpty() ? null : qname.substring(qname.indexOf(':') + 1);
            } else {
                return null;
            }
        }
        return null;
    }

    private static int after(String text, String closer, int from) {
        int at = text.indexOf(closer, from);
        return at < 0 ? text.length() : at + closer.length();
    }

    private static int afterDoctype(String text, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " is not loaded");
        });
        return factory;
    }

    private XmlElement read() throws XmlException {
        XMLStreamReader reader = null;
        Deque<XmlElement> open = new ArrayDeque<>();
        StringBuilder pending = new StringBuilder();
        XmlElement root = null;
        try {
            reader = factory().createXMLStreamReader(new StringReader(text));
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        flush(open, pending);
                        if (open.size() >= MAX_DEPTH) {
                            throw new XmlException(where(reader.getLocation()) + "elements nested deeper than "
                                    + MAX_DEPTH + " levels");
                        }
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.putIfAbsent(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        String qname = reader.getPrefix() == null || reader.getPrefix().isEmpty()
                                ? reader.getLocalName() : reader.getPrefix() + ":" + reader.getLocalName();
                        XmlElement element = new XmlElement(reader.getLocalName(), attributes,
                                startOf(qname, reader.getLocation()));
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        flush(open, pending);
                        XmlElement element = open.pop();
                        Location at = reader.getLocation();
                        element.end(new Position(Math.max(1, at.getLineNumber()), Math.max(1, at.getColumnNumber())));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            pending.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new XmlException(where(reader.getLocation())
                            + "entity &" + reader.getLocalName() + "; is not expanded");
                    default -> {
                        // the DOCTYPE, comments and processing instructions carry no content
                    }
                }
            }
        } catch (XMLStreamException e) {
            String note = text.contains("<!ENTITY") ? " (entities declared in the DOCTYPE are not expanded)" : "";
            throw new XmlException(message(e) + note);
        } catch (RuntimeException e) {
            throw new XmlException("not well-formed XML (" + e.getClass().getSimpleName() + ")");
        } finally {
            close(reader);
        }
        if (root == null) {
            throw new XmlException("no root element");
        }
        return root;
    }

    private static void flush(Deque<XmlElement> open, StringBuilder pending) {
        if (pending.length() > 0 && !open.isEmpty()) {
            open.peek().add(new XmlText(pending.toString()));
        }
        pending.setLength(0);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was opened that closing could leak
            }
        }
    }

    /**
     * The position of the {@code <} of a start tag. The reader reports the place just after the tag's {@code >};
     * attribute values cannot hold a raw {@code <}, so the tag starts at the last one before it.
     */
    private Position startOf(String qname, Location after) {
        int end = offset(after.getLineNumber(), after.getColumnNumber());
        String open = "<" + qname;
        int at = end < 0 ? -1 : text.lastIndexOf('<', Math.min(end, text.length()) - 1);
        if (at < 0 || !text.startsWith(open, at)) {
            at = text.lastIndexOf(open, end < 0 ? text.length() : end);
        }
        return at < 0 ? new Position(Math.max(1, after.getLineNumber()), 1) : position(at);
    }

    private int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return -1;
        }
        return Math.min(text.length(), lineStarts[line - 1] + column - 1);
    }

    private Position position(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(line + 1, offset - lineStarts[line] + 1);
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    private static String where(Location location) {
        return location == null || location.getLineNumber() < 1 ? "" : "line " + location.getLineNumber() + ": ";
    }

    private static String message(XMLStreamException e) {
        String raw = e.getNestedException() != null && e.getNestedException().getMessage() != null
                ? e.getNestedException().getMessage() : String.valueOf(e.getMessage());
        int at = raw.indexOf("Message: ");
        String detail = at >= 0 ? raw.substring(at + "Message: ".length()) : raw;
        detail = detail.strip().replaceAll("\\s+", " ");
        if (detail.length() > 200) {
            detail = detail.substring(0, 197) + "...";
        }
        return where(e.getLocation()) + detail;
    }
}
