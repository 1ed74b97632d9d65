package io.github.sqlguard.scan;

import io.github.sqlguard.baseline.Baseline;
import io.github.sqlguard.baseline.BaselineMatch;
import io.github.sqlguard.changes.ChangedLines;
import io.github.sqlguard.core.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * Decides which findings of a scan a review shows: not those the baseline holds, and, in changed-lines mode, only
 * those whose statement touches a line changed since the ref or lies in a file added since. The baseline is applied
 * to every finding first, so that its fixed entries are the ones really gone, not those outside the change.
 */
public final class ReviewFilter {

    private final Baseline baseline;
    private final ChangedLines changes;
    private final Path displayBase;

    /**
     * @param baseline    the baseline, or null
     * @param changes     the changed lines, or null to keep findings on any line
     * @param displayBase the folder the findings' relative paths start from
     */
    public ReviewFilter(Baseline baseline, ChangedLines changes, Path displayBase) {
        this.baseline = baseline;
        this.changes = changes;
        this.displayBase = displayBase.toAbsolutePath().normalize();
    }

    /** The result with only the findings to show and a {@link Filtering} saying what was left out. */
    public ScanResult apply(ScanResult result) {
        List<Finding> findings = result.findings();
        Filtering filtering = result.filtering();
        if (baseline != null) {
            BaselineMatch match = baseline.match(findings);
            findings = match.fresh();
            filtering = new Filtering(true, match.hidden().size(), match.fixed(), filtering.changedSince(),
                    filtering.outsideChanges());
        }
        if (changes != null) {
            List<Finding> touched = findings.stream().filter(this::touchesChanges).toList();
            filtering = new Filtering(filtering.baseline(), filtering.hiddenByBaseline(), filtering.fixed(),
                    changes.ref(), findings.size() - touched.size());
            findings = touched;
        }
        return new ScanResult(findings, result.problems(), result.files(), result.statements(), filtering,
                result.scannedFiles());
    }

    private boolean touchesChanges(Finding f) {
        return changes.touches(displayBase.resolve(f.file()), f.start().line(), f.end().line());
    }
}
