package io.github.sqlguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Tool;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.ScanResult;
import io.github.sqlguard.scan.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GitLab, Checkstyle, JUnit and HTML reports of the hand-built fixtures and of the sample application, byte for
 * byte, with the build's version written as {@code @version@}. Run with {@code -Dsqlguard.updateGolden=true} to write
 * them after a deliberate change, and review the diff.
 */
class GoldenReportsTest {

    static final Path GOLDEN = Path.of("src/test/resources/io/github/sqlguard/report/golden");
    static final Path SAMPLE = Path.of("..", "samples", "shop-app");
    private static final boolean UPDATE = Boolean.getBoolean("sqlguard.updateGolden");
    private static final Map<String, String> EXTENSIONS = Map.of(
            "gitlab", "codequality.json", "checkstyle", "checkstyle.xml", "junit", "junit.xml", "html", "html");

    private static ScanResult sample;

    /** The sample application's scan, paths relative to it; scanned once for all report tests. */
    static synchronized ScanResult sample() {
        if (sample == null) {
            sample = new Scanner(ScanConfig.DEFAULT, SAMPLE).scan(List.of(SAMPLE));
        }
        return sample;
    }

    static Stream<Arguments> cases() {
        ScanResult sample = sample();
        return EXTENSIONS.keySet().stream().sorted().flatMap(format -> Stream.of(
                Arguments.of(format, "three", Fixtures.THREE),
                Arguments.of(format, "empty", Fixtures.EMPTY),
                Arguments.of(format, "shop-app", sample)));
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("cases")
    void reportIsTheGoldenFile(String format, String input, ScanResult result) throws IOException {
        Path golden = GOLDEN.resolve(input + "." + EXTENSIONS.get(format));
        String rendered = Reports.forFormat(format).render(result).replace(Tool.version(), "@version@");
        if (UPDATE) {
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("run with -Dsqlguard.updateGolden=true to write it").exists();
        assertThat(rendered).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(Reports.forFormat(format).render(result)).isEqualTo(Reports.forFormat(format).render(result));
    }
}
