package io.github.sqlguard.xml;

import io.github.sqlguard.core.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An element with its attributes, its children in document order and where it stands in the file. */
public final class XmlElement implements XmlNode {

    private final String name;
    private final Map<String, String> attributes;
    private final List<XmlNode> children = new ArrayList<>();
    private final Position start;
    private Position end;

    XmlElement(String name, Map<String, String> attributes, Position start) {
        this.name = name;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.start = start;
        this.end = start;
    }

    /** The local name, without namespace prefix. */
    public String name() {
        return name;
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    /** The attribute's value, or null. */
    public String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    public List<XmlNode> children() {
        return Collections.unmodifiableList(children);
    }

    /** The child elements, in order. */
    public List<XmlElement> elements() {
        return children.stream().filter(XmlElement.class::isInstance).map(XmlElement.class::cast).toList();
    }

    /** The child elements with this local name, in order. */
    public List<XmlElement> elements(String childName) {
        return elements().stream().filter(e -> e.name.equals(childName)).toList();
    }

    /** The first child element with this local name, or null. */
    public XmlElement element(String childName) {
        return elements().stream().filter(e -> e.name.equals(childName)).findFirst().orElse(null);
    }

    /** All text directly inside this element and inside its descendants, concatenated. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        appendText(sb);
        return sb.toString();
    }

    private void appendText(StringBuilder sb) {
        for (XmlNode child : children) {
            if (child instanceof XmlText t) {
                sb.append(t.text());
            } else if (child instanceof XmlElement e) {
                e.appendText(sb);
            }
        }
    }

    /** The {@code <} of the start tag. */
    public Position start() {
        return start;
    }

    /** One past the {@code >} of the end tag (or of an empty-element tag). */
    public Position end() {
        return end;
    }

    void add(XmlNode child) {
        children.add(child);
    }

    void end(Position position) {
        this.end = position;
    }
}
