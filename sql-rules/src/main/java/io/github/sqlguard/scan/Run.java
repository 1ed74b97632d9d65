package io.github.sqlguard.scan;

import io.github.sqlguard.baseline.Baseline;
import io.github.sqlguard.changes.ChangedLines;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run as the user asked for it: the loaded configuration with the run's rule levels, test switch and file
 * selection laid over it; the baseline and changed lines that decide which findings are shown; and the severity, and
 * number of findings at it, that fail the run. The CLI and the Maven goals each read their own options (and word
 * their own errors), then build and use a run the same way.
 */
public final class Run {

    private final ScanConfig config;
    private final Baseline baseline;
    private final ChangedLines changes;
    private final Severity threshold;
    private final int allowed;

    private Run(ScanConfig config, Baseline baseline, ChangedLines changes, Severity threshold, int allowed) {
        this.config = config;
        this.baseline = baseline;
        this.changes = changes;
        this.threshold = threshold;
        this.allowed = allowed;
    }

    /** A run of {@code loaded} (a {@code .sqlguard.yml}, or {@link ScanConfig#DEFAULT}) that shows every finding. */
    public static Run of(ScanConfig loaded) {
        return new Run(loaded, null, null, null, 0);
    }

    /** Rule levels given for this run (command line, pom), laid over the configuration's. */
    public Run withRuleLevels(Map<String, Optional<Severity>> levels) {
        return new Run(config.withRules(levels), baseline, changes, threshold, allowed);
    }

    /** Test code scanned too when {@code include} is set; a configuration that includes tests keeps them. */
    public Run withIncludeTests(boolean include) {
        return include ? new Run(config.withIncludeTests(true), baseline, changes, threshold, allowed) : this;
    }

    /** Includes and excludes given for this run; an empty list keeps the configuration's. */
    public Run withSelection(List<String> includes, List<String> excludes) {
        boolean none = (includes == null || includes.isEmpty()) && (excludes == null || excludes.isEmpty());
        if (none) {
            return this;
        }
        return new Run(config.withSelection(
                includes == null || includes.isEmpty() ? config.includes() : includes,
                excludes == null || excludes.isEmpty() ? config.excludes() : excludes),
                baseline, changes, threshold, allowed);
    }

    /** The findings {@code accepted} holds are not shown; null for none. */
    public Run withBaseline(Baseline accepted) {
        return new Run(config, accepted, changes, threshold, allowed);
    }

    /** Only findings on these changed lines are shown; null for every line. */
    public Run withChanges(ChangedLines changed) {
        return new Run(config, baseline, changed, threshold, allowed);
    }

    /** The run fails when more than {@code allowedViolations} shown findings are at {@code level} or above. */
    public Run failingAt(Severity level, int allowedViolations) {
        return new Run(config, baseline, changes, level, allowedViolations);
    }

    public ScanConfig config() {
        return config;
    }

    /** A scanner for this run whose reports show paths from {@code displayBase}. */
    public Scanner scanner(Path displayBase) {
        return new Scanner(config, displayBase);
    }

    /** The findings of {@code all} this run shows, with what the baseline and the changed lines left out. */
    public ScanResult shown(ScanResult all, Path displayBase) {
        return new ReviewFilter(baseline, changes, displayBase).apply(all);
    }

    /** The shown findings at or above the failing severity; none when the run never fails. */
    public List<Finding> violations(ScanResult shown) {
        if (threshold == null) {
            return List.of();
        }
        return shown.findings().stream().filter(f -> f.severity().atLeast(threshold)).toList();
    }

    public boolean fails(ScanResult shown) {
        return violations(shown).size() > allowed;
    }
}
