package io.github.sqlguard.report;

import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.ScanResult;

/** The counts line every human-readable output ends with. */
final class Summary {

    private Summary() {
    }

    /** E.g. {@code 3 errors, 1 warning, 0 notes in 12 files (57 statements)}. */
    static String line(ScanResult result) {
        return count(result.count(Severity.ERROR), "error") + ", "
                + count(result.count(Severity.WARNING), "warning") + ", "
                + count(result.count(Severity.NOTE), "note") + " in "
                + count(result.files(), "file") + " (" + count(result.statements(), "statement") + ")";
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
