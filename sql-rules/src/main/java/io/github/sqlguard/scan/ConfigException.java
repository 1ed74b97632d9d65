package io.github.sqlguard.scan;

/** A configuration that cannot be used; the message is one line naming the file and the key. */
public final class ConfigException extends IllegalArgumentException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
