package io.github.sqlguard.baseline;

import io.github.sqlguard.core.Finding;
import java.util.List;

/**
 * How a scan's findings compare with a baseline.
 *
 * @param fresh  findings the baseline does not hold: these are shown; in report order
 * @param hidden findings the baseline holds; in report order
 * @param fixed  baseline entries that no finding matched any more; in baseline order
 */
public record BaselineMatch(List<Finding> fresh, List<Finding> hidden, List<BaselineEntry> fixed) {

    public BaselineMatch {
        fresh = List.copyOf(fresh);
        hidden = List.copyOf(hidden);
        fixed = List.copyOf(fixed);
    }
}
