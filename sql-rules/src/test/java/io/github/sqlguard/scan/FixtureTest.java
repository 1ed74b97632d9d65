package io.github.sqlguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every annotated fixture under {@code src/test/resources/fixtures}: each line that should produce findings
 * says so in a comment ({@code -- expect: drop-table}, {@code # expect: ...}, {@code // expect: ...},
 * {@code <!-- expect: ... -->}); every other line must produce none. {@code expect-next:} on a comment line expects
 * the findings on the line below, for formats whose comments cannot share a line with a setting ({@code .properties}).
 * A fixture's context follows its path the way a real scan's does ({@code db/migration/} is a migration). A fixture in
 * a folder whose name ends in {@code -project} is scanned together with the rest of that folder, as one project (a
 * Java constant defined in one file and run in another), and only its own findings are compared.
 */
class FixtureTest {

    private static final Pattern EXPECT = Pattern.compile(
            "(?:--|#|//|<!--|/\\*)\\s*expect(-next)?:\\s*([a-z][a-z-]*(?:\\s*,\\s*[a-z][a-z-]*)*)");

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.contains("/_"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findingsAreExactlyThoseMarked(String fixture) throws Exception {
        Path root = root();
        Path file = root.resolve(fixture);
        ScanResult result = new Scanner(ScanConfig.DEFAULT, root).scan(List.of(project(root, file)));

        List<String> actual = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.file().equals(fixture)) {
                actual.add(f.start().line() + ": " + f.ruleId());
            }
        }
        assertThat(actual).as("findings of %s (problems: %s)", fixture, result.problems())
                .containsExactlyInAnyOrderElementsOf(expected(file));
    }

    static List<String> expected(Path file) throws IOException {
        List<String> expected = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            while (m.find()) {
                int line = m.group(1) == null ? i + 1 : i + 2;
                for (String rule : m.group(2).split(",")) {
                    expected.add(line + ": " + rule.trim());
                }
            }
        }
        return expected;
    }

    /** The {@code -project} folder holding the fixture, or the fixture itself. */
    static Path project(Path root, Path file) {
        for (Path p = file.getParent(); p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (p.getFileName().toString().endsWith("-project")) {
                return p;
            }
        }
        return file;
    }

    static Path root() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(FixtureTest.class.getResource("/fixtures")).toURI());
    }
}
