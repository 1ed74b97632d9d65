package io.github.sqlguard.baseline;

/** A baseline file that cannot be read or written; the message is one line naming the file. */
public final class BaselineException extends RuntimeException {

    public BaselineException(String message) {
        super(message);
    }

    public BaselineException(String message, Throwable cause) {
        super(message, cause);
    }
}
