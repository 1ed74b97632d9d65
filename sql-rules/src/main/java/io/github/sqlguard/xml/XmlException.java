package io.github.sqlguard.xml;

/** An XML document that cannot be read; the message is one line and says where. */
public final class XmlException extends Exception {

    private static final long serialVersionUID = 1L;

    public XmlException(String message) {
        super(message);
    }
}
