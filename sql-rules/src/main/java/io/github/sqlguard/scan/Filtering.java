package io.github.sqlguard.scan;

import io.github.sqlguard.baseline.BaselineEntry;
import java.util.List;

/**
 * What filters left out of a scan result. Filters never change a finding; they decide whether it is shown.
 *
 * @param baseline         a baseline was applied
 * @param hiddenByBaseline findings the baseline holds, not shown
 * @param fixed            baseline entries that no finding matches any more, in baseline order
 * @param changedSince     the git ref of changed-lines mode, or {@code null} when all lines count
 * @param outsideChanges   findings not shown because their statement touches no line changed since that ref
 */
public record Filtering(boolean baseline, int hiddenByBaseline, List<BaselineEntry> fixed, String changedSince,
        int outsideChanges) {

    public static final Filtering NONE = new Filtering(false, 0, List.of(), null, 0);

    public Filtering {
        fixed = List.copyOf(fixed);
    }
}
