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
import io.github.sqlguard.rules.RuleRegistry;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every annotated fixture under {@code src/test/resources/rules} (one folder per rule of the registry,
 * {@code rules/<rule-id>/}, the files named for their dialect or kind of source) and
 * {@code src/test/resources/fixtures} (what is not about one rule: splitting, dialects, path context, the reading of
 * Java, multi-file projects, regressions across rules). Each line that should produce findings
 * says so in a comment ({@code -- expect: drop-table}, {@code # expect: ...}, {@code // expect: ...},
 * {@code <!-- expect: ... -->}); every other line must produce none. {@code expect-next:} on a comment line expects
 * the findings on the line below, for formats whose comments cannot share a line with a setting ({@code .properties}).
 * A rule id may carry a fragment of the expected message in double quotes ({@code -- expect: drop-table "every row"}):
 * a finding of that rule on that line must then say it.
 * A fixture's context follows its path in its tree the way a real scan's does ({@code db/migration/} is a
 * migration). A fixture in a folder whose name ends in {@code -project} is scanned together with the rest of that
 * folder, as one project (a Java constant defined in one file and run in another), and only its own findings are
 * compared.
 */
class FixtureTest {

    private static final String EXPECTED_ITEM = "[a-z][a-z-]*(?:\\s+\"[^\"]*\")?";
    private static final Pattern EXPECT = Pattern.compile("(?:--|#|//|<!--|/\\*)\\s*expect(-next)?:\\s*("
            + EXPECTED_ITEM + "(?:\\s*,\\s*" + EXPECTED_ITEM + ")*)");
    private static final Pattern ITEM = Pattern.compile("([a-z][a-z-]*)(?:\\s+\"([^\"]*)\")?");

    static final String RULES = "rules";
    static final String FIXTURES = "fixtures";

    /** Every fixture, as its tree and its path in the tree: {@code rules/drop-table/generic.sql}. */
    static Stream<String> fixtures() throws IOException, URISyntaxException {
        List<String> all = new ArrayList<>();
        for (String tree : List.of(RULES, FIXTURES)) {
            Path root = tree(tree);
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .map(p -> tree + "/" + root.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !p.contains("/_"))
                        .sorted()
                        .forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findingsAreExactlyThoseMarked(String fixture) throws Exception {
        String tree = fixture.substring(0, fixture.indexOf('/'));
        String path = fixture.substring(tree.length() + 1);
        Path root = tree(tree);
        Path file = root.resolve(path);
        ScanResult result = new Scanner(ScanConfig.DEFAULT, root).scan(List.of(project(root, file)));

        List<String> actual = new ArrayList<>();
        List<Finding> ofFixture = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.file().equals(path)) {
                actual.add(f.start().line() + ": " + f.ruleId());
                ofFixture.add(f);
            }
        }
        List<Expected> expected = expectations(file);
        assertThat(actual).as("findings of %s (problems: %s)", fixture, result.problems())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Expected::key).toList());
        for (Expected e : expected) {
            if (e.fragment() != null) {
                assertThat(ofFixture).as("%s of %s at line %d", e.rule(), fixture, e.line())
                        .anySatisfy(f -> {
                            assertThat(f.start().line()).isEqualTo(e.line());
                            assertThat(f.ruleId()).isEqualTo(e.rule());
                            assertThat(f.message()).contains(e.fragment());
                        });
            }
        }
    }

    /** A finding a fixture expects: the rule on the line, and a fragment of its message or null. */
    record Expected(int line, String rule, String fragment) {
        String key() {
            return line + ": " + rule;
        }
    }

    static List<Expected> expectations(Path file) throws IOException {
        List<Expected> expected = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            while (m.find()) {
                int line = m.group(1) == null ? i + 1 : i + 2;
                Matcher item = ITEM.matcher(m.group(2));
                while (item.find()) {
                    expected.add(new Expected(line, item.group(1), item.group(2)));
                }
            }
        }
        return expected;
    }

    /** Every rule of the registry is expected by some fixture, so a rule cannot be added without dirty cases. */
    @Test
    void everyRuleHasAFixtureThatExpectsIt() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (String fixture : fixtures().toList()) {
            expectations(tree(fixture.substring(0, fixture.indexOf('/')))
                    .resolve(fixture.substring(fixture.indexOf('/') + 1))).forEach(e -> expected.add(e.rule()));
        }
        assertThat(expected).containsAll(RuleRegistry.all().stream().map(r -> r.meta().id()).toList());
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

    /** The folder of a tree of fixtures, {@value #RULES} or {@value #FIXTURES}. */
    static Path tree(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(FixtureTest.class.getResource("/" + name), name).toURI());
    }
}
