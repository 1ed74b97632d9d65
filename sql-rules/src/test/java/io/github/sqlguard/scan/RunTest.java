package io.github.sqlguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunTest {

    private static final ScanConfig LOADED = new ScanConfig(false, Map.of("drop-column", Optional.empty()),
            List.of("db/**"), List.of("db/old/**"), List.of("qa/**"), List.of());

    @Test
    void runLevelsAreLaidOverTheConfiguration() {
        ScanConfig config = Run.of(LOADED).withRuleLevels(Map.of("truncate-table", Optional.of(Severity.NOTE)))
                .config();

        assertThat(config.enabled("drop-column")).isFalse();
        assertThat(config.override("truncate-table")).isEqualTo(Severity.NOTE);
    }

    @Test
    void anEmptySelectionKeepsTheConfigurationsAndAGivenOneReplacesIt() {
        assertThat(Run.of(LOADED).withSelection(List.of(), null).config().includes()).containsExactly("db/**");

        ScanConfig config = Run.of(LOADED).withSelection(List.of("src/**"), List.of()).config();

        assertThat(config.includes()).containsExactly("src/**");
        assertThat(config.excludes()).containsExactly("db/old/**");
        assertThat(config.testPaths()).containsExactly("qa/**");
    }

    @Test
    void testsAreIncludedWhenAskedAndAConfigurationThatIncludesThemKeepsThem() {
        assertThat(Run.of(LOADED).withIncludeTests(true).config().includeTests()).isTrue();
        assertThat(Run.of(LOADED.withIncludeTests(true)).withIncludeTests(false).config().includeTests()).isTrue();
        assertThat(Run.of(LOADED).withIncludeTests(false).config().includeTests()).isFalse();
    }

    @Test
    void aRunFailsWhenMoreFindingsThanAllowedReachTheThreshold() {
        ScanResult shown = result(finding(Severity.ERROR), finding(Severity.WARNING), finding(Severity.NOTE));

        assertThat(Run.of(LOADED).failingAt(Severity.WARNING, 0).violations(shown)).hasSize(2);
        assertThat(Run.of(LOADED).failingAt(Severity.WARNING, 1).fails(shown)).isTrue();
        assertThat(Run.of(LOADED).failingAt(Severity.WARNING, 2).fails(shown)).isFalse();
        assertThat(Run.of(LOADED).failingAt(Severity.ERROR, 0).fails(shown)).isTrue();
        assertThat(Run.of(LOADED).fails(shown)).as("no threshold: never fails").isFalse();
    }

    @Test
    void withoutBaselineOrChangesEveryFindingIsShown() {
        ScanResult all = result(finding(Severity.ERROR));

        assertThat(Run.of(LOADED).shown(all, Path.of(".")).findings()).isEqualTo(all.findings());
    }

    private static Finding finding(Severity severity) {
        return Finding.of("drop-table").severity(severity).message("m").at("V1.sql", new Position(1, 1),
                new Position(1, 10)).statement("DROP TABLE t", "drop table t").build();
    }

    private static ScanResult result(Finding... findings) {
        return new ScanResult(List.of(findings), List.of(), 1, findings.length);
    }
}
