package io.github.sqlguard.xml;

/** Character data with entities decoded; CDATA sections are text too. */
public record XmlText(String text) implements XmlNode {
}
