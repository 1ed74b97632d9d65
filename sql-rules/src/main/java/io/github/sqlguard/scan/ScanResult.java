package io.github.sqlguard.scan;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Severity;
import java.util.List;

/**
 * What a scan found, in report order.
 *
 * @param findings   findings left after suppression, sorted by file, line, column, rule
 * @param problems   one-line messages about input that could not be read; sorted
 * @param files      files scanned
 * @param statements statements checked
 */
public record ScanResult(List<Finding> findings, List<String> problems, int files, int statements) {

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True if a finding is at or above {@code threshold}. */
    public boolean reaches(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
