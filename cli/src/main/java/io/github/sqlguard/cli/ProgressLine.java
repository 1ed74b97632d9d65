package io.github.sqlguard.cli;

import io.github.sqlguard.scan.Scanner;
import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * {@code sqlguard: 1200/2000 files} on one line of a terminal, rewritten at most four times a second and cleared
 * when the scan is done. A scan shorter than a quarter of a second shows nothing.
 */
final class ProgressLine implements Scanner.Progress {

    static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final PrintWriter terminal;
    private final LongSupplier clock;
    private final Throttle throttle;
    private int shownWidth;

    ProgressLine(PrintWriter terminal, LongSupplier clock) {
        this.terminal = terminal;
        this.clock = clock;
        this.throttle = new Throttle(INTERVAL_NANOS, clock.getAsLong());
    }

    @Override
    public void filesDone(int done, int total) {
        if (throttle.due(clock.getAsLong())) {
            show("sqlguard: " + done + "/" + total + " files");
        }
    }

    /** Removes the line, if one was shown. */
    synchronized void clear() {
        if (shownWidth > 0) {
            terminal.print("\r" + " ".repeat(shownWidth) + "\r");
            terminal.flush();
            shownWidth = 0;
        }
    }

    private synchronized void show(String line) {
        terminal.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        terminal.flush();
        shownWidth = Math.max(shownWidth, line.length());
    }
}
