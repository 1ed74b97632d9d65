package io.github.sqlguard.report;

import io.github.sqlguard.core.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many findings each rule has, most first, ties by rule id. */
final class RuleCounts {

    private RuleCounts() {
    }

    static List<Map.Entry<String, Long>> of(List<Finding> findings) {
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1L, Long::sum));
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.<String, Long>comparingByKey()));
        return sorted;
    }
}
