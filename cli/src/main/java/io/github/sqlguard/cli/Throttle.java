package io.github.sqlguard.cli;

/** Lets an event through at most once per interval, the first one interval after the start. */
final class Throttle {

    private final long intervalNanos;
    private long last;

    Throttle(long intervalNanos, long startNanos) {
        this.intervalNanos = intervalNanos;
        this.last = startNanos;
    }

    /** Whether an event at {@code nowNanos} goes through; if it does, the next must wait a whole interval. */
    synchronized boolean due(long nowNanos) {
        if (nowNanos - last < intervalNanos) {
            return false;
        }
        last = nowNanos;
        return true;
    }
}
