package io.github.sqlguard.scan;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Severity;
import java.util.List;

/**
 * What a scan found, in report order.
 *
 * @param findings   findings left after suppression (and after the baseline and changed-lines filters, when used),
 *                   sorted by file, line, column, rule
 * @param problems   one-line messages about input that could not be read; sorted
 * @param files      files scanned
 * @param statements statements checked
 * @param filtering  what the baseline and changed-lines filters left out; {@link Filtering#NONE} without them
 */
public record ScanResult(List<Finding> findings, List<String> problems, int files, int statements,
        Filtering filtering) {

    public ScanResult {
        filtering = filtering == null ? Filtering.NONE : filtering;
    }

    /** A result no filter has seen. */
    public ScanResult(List<Finding> findings, List<String> problems, int files, int statements) {
        this(findings, problems, files, statements, Filtering.NONE);
    }

    /** The same result with other findings (and, say, other paths); the filtering stays. */
    public ScanResult withFindings(List<Finding> newFindings) {
        return new ScanResult(newFindings, problems, files, statements, filtering);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True if a finding is at or above {@code threshold}. */
    public boolean reaches(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
