package io.github.sqlguard.scan;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a scan found, in report order.
 *
 * @param findings     findings left after suppression (and after the baseline and changed-lines filters, when used),
 *                     sorted by file, line, column, rule
 * @param problems     one-line messages about input that could not be read; sorted
 * @param files        files scanned
 * @param statements   statements checked
 * @param filtering    what the baseline and changed-lines filters left out; {@link Filtering#NONE} without them
 * @param scannedFiles the display paths of the files scanned, sorted; empty for a result built without them
 */
public record ScanResult(List<Finding> findings, List<String> problems, int files, int statements,
        Filtering filtering, List<String> scannedFiles) {

    public ScanResult {
        filtering = filtering == null ? Filtering.NONE : filtering;
        scannedFiles = scannedFiles == null ? List.of() : List.copyOf(new TreeSet<>(scannedFiles));
    }

    /** A result without the paths of the files scanned. */
    public ScanResult(List<Finding> findings, List<String> problems, int files, int statements,
            Filtering filtering) {
        this(findings, problems, files, statements, filtering, List.of());
    }

    /** A result no filter has seen. */
    public ScanResult(List<Finding> findings, List<String> problems, int files, int statements) {
        this(findings, problems, files, statements, Filtering.NONE);
    }

    /** The same result with other findings (and, say, other paths); the filtering stays. */
    public ScanResult withFindings(List<Finding> newFindings) {
        return new ScanResult(newFindings, problems, files, statements, filtering, scannedFiles);
    }

    /** The same result with {@code prefix} put before every path, of findings and of scanned files. */
    public ScanResult withPathPrefix(String prefix) {
        return new ScanResult(findings.stream().map(f -> f.withFile(prefix + f.file())).toList(), problems, files,
                statements, filtering, scannedFiles.stream().map(p -> prefix + p).toList());
    }

    /**
     * One result of several scans (the modules of a build): their findings in report order, their problems sorted,
     * their counts and scanned files added up; what filters left out is not kept.
     */
    public static ScanResult merged(List<ScanResult> parts) {
        List<Finding> findings = new ArrayList<>();
        TreeSet<String> problems = new TreeSet<>();
        List<String> scanned = new ArrayList<>();
        int files = 0;
        int statements = 0;
        for (ScanResult part : parts) {
            findings.addAll(part.findings);
            problems.addAll(part.problems);
            scanned.addAll(part.scannedFiles);
            files += part.files;
            statements += part.statements;
        }
        findings.sort(Finding.ORDER);
        return new ScanResult(findings, new ArrayList<>(problems), files, statements, Filtering.NONE, scanned);
    }

    /**
     * The files a report lists: those scanned and those findings name (a result built by hand may name only the
     * latter), sorted.
     */
    public List<String> reportedFiles() {
        TreeSet<String> all = new TreeSet<>(scannedFiles);
        findings.forEach(f -> all.add(f.file()));
        return new ArrayList<>(all);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True if a finding is at or above {@code threshold}. */
    public boolean reaches(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
