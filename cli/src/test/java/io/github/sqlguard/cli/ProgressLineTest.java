package io.github.sqlguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line's throttling and clean-up, on a clock the test moves. */
class ProgressLineTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final StringWriter terminal = new StringWriter();
    private final ProgressLine progress = new ProgressLine(new PrintWriter(terminal), now::get);

    @Test
    void aShortScanShowsNothingAndClearsNothing() {
        for (int done = 1; done <= 100; done++) {
            progress.filesDone(done, 100);
            advance(2);
        }
        progress.clear();
        assertThat(terminal.toString()).isEmpty();
    }

    @Test
    void atMostFourUpdatesASecond() {
        for (int done = 1; done <= 3000; done++) {
            advance(1);
            progress.filesDone(done, 3000);
        }
        assertThat(terminal.toString().split("\r", -1)).hasSize(1 + 12);
        assertThat(terminal.toString()).startsWith("\rsqlguard: 250/3000 files").endsWith("\rsqlguard: 3000/3000 files");
    }

    @Test
    void theLineIsRewrittenInPlaceAndClearedAtTheEnd() {
        advance(300);
        progress.filesDone(9, 10);
        advance(300);
        progress.filesDone(10, 1000);
        progress.clear();
        String blank = " ".repeat("sqlguard: 10/1000 files".length());
        assertThat(terminal.toString())
                .isEqualTo("\rsqlguard: 9/10 files\rsqlguard: 10/1000 files\r" + blank + "\r");
    }

    @Test
    void aShorterLineBlanksWhatTheLongerOneLeft() {
        advance(300);
        progress.filesDone(999, 1000);
        advance(300);
        progress.filesDone(1, 2);
        int left = "sqlguard: 999/1000 files".length() - "sqlguard: 1/2 files".length();
        assertThat(terminal.toString()).endsWith("\rsqlguard: 1/2 files" + " ".repeat(left));
    }

    @Test
    void noTerminalInTestsSoNoProgress() {
        assertThat(Terminal.showsProgress()).isFalse();
    }

    private void advance(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
