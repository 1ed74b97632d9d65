package io.github.sqlguard.changes;

/** The changes since a ref cannot be computed; the message is one line saying what to do. */
public final class ChangesException extends RuntimeException {

    public ChangesException(String message) {
        super(message);
    }

    public ChangesException(String message, Throwable cause) {
        super(message, cause);
    }
}
