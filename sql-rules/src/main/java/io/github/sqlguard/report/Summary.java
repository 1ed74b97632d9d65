package io.github.sqlguard.report;

import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.Filtering;
import io.github.sqlguard.scan.ScanResult;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * What filters left out, one line each: {@code 3 findings hidden by the baseline, 1 fixed} and
     * {@code 2 findings outside the lines changed since origin/main}; none without filters.
     */
    static List<String> filtering(Filtering filtering) {
        List<String> lines = new ArrayList<>();
        if (filtering.baseline()) {
            lines.add(count(filtering.hiddenByBaseline(), "finding") + " hidden by the baseline, "
                    + filtering.fixed().size() + " fixed");
        }
        if (filtering.changedSince() != null) {
            lines.add(count(filtering.outsideChanges(), "finding") + " outside the lines changed since "
                    + filtering.changedSince());
        }
        return lines;
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
