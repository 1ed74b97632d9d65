package io.github.sqlguard.scan;

import io.github.sqlguard.core.Severity;
import io.github.sqlguard.rules.EnvironmentWords;
import io.github.sqlguard.rules.RuleRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to scan and how to rate it: the same settings whether they come from the command line, a
 * {@code .sqlguard.yml} file or the Maven plugin.
 *
 * @param includeTests scan test code too (every finding there is a note)
 * @param rules        per rule id: a severity, or {@code Optional.empty()} to switch the rule off
 * @param includes     globs of paths (relative, {@code /}) to scan; empty means everything
 * @param excludes     globs of paths to leave out, on top of build output and VCS folders
 * @param testPaths      globs of paths that are test code, on top of the default ones
 * @param migrationPaths globs of paths that are migrations, on top of the default ones
 * @param environments   the words that tell production from the other environments
 */
public record ScanConfig(
        boolean includeTests,
        Map<String, Optional<Severity>> rules,
        List<String> includes,
        List<String> excludes,
        List<String> testPaths,
        List<String> migrationPaths,
        EnvironmentWords environments) {

    public static final ScanConfig DEFAULT = new ScanConfig(false, Map.of(), List.of(), List.of());

    /** The default environment words. */
    public ScanConfig(boolean includeTests, Map<String, Optional<Severity>> rules, List<String> includes,
            List<String> excludes, List<String> testPaths, List<String> migrationPaths) {
        this(includeTests, rules, includes, excludes, testPaths, migrationPaths, EnvironmentWords.DEFAULT);
    }

    /** Test code and migrations found by the default rules only. */
    public ScanConfig(boolean includeTests, Map<String, Optional<Severity>> rules, List<String> includes,
            List<String> excludes) {
        this(includeTests, rules, includes, excludes, List.of(), List.of());
    }

    public ScanConfig {
        for (String id : rules.keySet()) {
            if (!RuleRegistry.exists(id)) {
                throw new IllegalArgumentException("unknown rule id '" + id + "'; known rules: "
                        + String.join(", ", RuleRegistry.metas().stream().map(m -> m.id()).toList()));
            }
        }
        rules = Map.copyOf(rules);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        testPaths = List.copyOf(testPaths);
        migrationPaths = List.copyOf(migrationPaths);
        environments = environments == null ? EnvironmentWords.DEFAULT : environments;
    }

    public boolean enabled(String ruleId) {
        Optional<Severity> setting = rules.get(ruleId);
        return setting == null || setting.isPresent();
    }

    /** The configured severity of a rule, or null to use the rule's default for the context. */
    public Severity override(String ruleId) {
        Optional<Severity> setting = rules.get(ruleId);
        return setting == null ? null : setting.orElse(null);
    }

    /** This configuration with these rule settings laid over its own. */
    public ScanConfig withRules(Map<String, Optional<Severity>> overrides) {
        Map<String, Optional<Severity>> merged = new LinkedHashMap<>(rules);
        merged.putAll(overrides);
        return new ScanConfig(includeTests, merged, includes, excludes, testPaths, migrationPaths, environments);
    }

    public ScanConfig withIncludeTests(boolean value) {
        return new ScanConfig(value, rules, includes, excludes, testPaths, migrationPaths, environments);
    }

    /** This configuration scanning these files instead of its own. */
    public ScanConfig withSelection(List<String> newIncludes, List<String> newExcludes) {
        return new ScanConfig(includeTests, rules, newIncludes, newExcludes, testPaths, migrationPaths,
                environments);
    }
}
