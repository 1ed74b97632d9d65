package io.github.sqlguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bad example of every rule's documentation is flagged by that rule; the good example is not. */
class RuleExamplesTest {

    @TempDir
    Path dir;

    static Stream<RuleMeta> rules() {
        return RuleRegistry.metas().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void badExampleIsFlagged(RuleMeta meta) throws IOException {
        assertThat(rulesFlagging(meta.bad())).contains(meta.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void goodExampleIsClean(RuleMeta meta) throws IOException {
        assertThat(rulesFlagging(meta.good())).doesNotContain(meta.id());
    }

    private List<String> rulesFlagging(String sql) throws IOException {
        Path file = dir.resolve("example.sql");
        Files.writeString(file, sql + "\n");
        return new Scanner(ScanConfig.DEFAULT, dir).scan(List.of(file)).findings().stream()
                .map(Finding::ruleId)
                .toList();
    }
}
