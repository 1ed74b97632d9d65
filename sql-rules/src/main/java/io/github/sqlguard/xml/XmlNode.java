package io.github.sqlguard.xml;

/** A node of an XML document read by {@link SafeXml}: an element or text. */
public sealed interface XmlNode permits XmlElement, XmlText {
}
