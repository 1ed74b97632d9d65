package io.github.sqlguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.rules.RuleRegistry;
import io.github.sqlguard.sql.SqlStatement;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every annotated fixture under {@code src/test/resources/rules} and {@code src/test/resources/fixtures}.
 *
 * <h2>Marks</h2>
 * Each line that should produce findings says so in a comment ({@code -- expect: drop-table},
 * {@code # expect: ...}, {@code // expect: ...}, {@code <!-- expect: ... -->}); every other line must produce none.
 * {@code expect-next:} on a comment line expects the findings on the line below, for formats whose comments cannot
 * share a line with a setting ({@code .properties}). A rule id may carry a fragment of the expected message in double
 * quotes ({@code -- expect: drop-table "every row"}): a finding of that rule on that line must then say it.
 * <p>
 * A <b>clean case</b> is a line marked {@code -- clean:} ({@code # clean:}, {@code // clean:},
 * {@code <!-- clean: -->}, or {@code clean-next:} for the line below), with an optional reason after the colon. It
 * says the scanner reads something on that line and must report nothing there, of any rule: the line has no
 * {@code expect} mark and gets no finding, and it is the first line of a statement the scanner read from the file
 * (where findings on that statement would be reported), or, in a file the scanner reads no SQL from (a settings file),
 * a line that holds more than a comment. A clean mark on a comment, a blank line or the middle of a statement fails,
 * since it would pass whatever the rules do.
 * <p>
 * A fixture's context follows its path the way a real scan's does ({@code db/migration/} is a migration,
 * {@code src/test/} is test code), the path being taken from its tree ({@code rules/} or {@code fixtures/}). A
 * fixture in a folder whose name ends in {@code -project} is scanned together with the rest of that folder, as one
 * project (a Java constant defined in one file and run in another), and only its own findings are compared.
 *
 * <h2>{@code rules/<rule-id>/}: one folder per rule of the registry</h2>
 * The fixtures about one rule, named for the dialect or the kind of source they are: {@code generic.sql} (SQL that
 * any dialect reads), {@code generic-<topic>.sql}, {@code multi-dialect-<topic>.sql}, {@code <api>/<Class>.java}
 * ({@code jdbc}, {@code jdbi}, {@code jooq}, {@code jpa}, {@code hibernate}, {@code mybatis}, {@code spring},
 * {@code spring-data}; the query-builder chains of {@code jooq-chains}, {@code querydsl}, {@code jpa-criteria},
 * {@code ebean}, {@code r2dbc-template}, {@code mybatis-plus-chains}), {@code mybatis/<Mapper>.xml}, {@code liquibase/db/changelog/<changelog>}, and settings files
 * under the folder of their tool, with their real names and the path that gives them their context
 * ({@code spring/src/main/resources/application.yml}, {@code maven/pom.xml}, {@code flyway-settings/flyway.toml}).
 * A fixture that exercises several rules sits in the folder of the one it is mostly about, and its other
 * expectations count all the same. Every rule has a folder with at least one {@code expect:} mark of that rule and
 * at least one clean case, and every folder is named after a rule: adding a rule means its class, its folder here
 * and its generated docs page.
 *
 * <h2>{@code fixtures/}: what is not about one rule</h2>
 * <ul>
 *   <li>{@code splitting/}: statement splitting (a byte order mark and CRLF line ends, strings and comments that
 *       hide semicolons and keywords, a string that never ends).</li>
 *   <li>{@code dialects/}: how each dialect is read (MySQL {@code DELIMITER}, executable comments and backslash
 *       escapes, T-SQL {@code GO} and control flow, Oracle blocks and {@code /}, PostgreSQL dollar quoting and
 *       {@code COPY}, dynamic SQL and the statements each dialect runs inside another), each across rules.</li>
 *   <li>{@code context/}: the context a path gives: migration folders and file names (Flyway's {@code db/migration}
 *       for SQL and Java, upgrade scripts, patches), test folders, a folder named {@code test} inside a main source
 *       set and a package named {@code it}.</li>
 *   <li>{@code false-positives/}: regressions that span rules ({@code CREATE TABLE IF NOT EXISTS} does not count as
 *       creating a table, in generic SQL and per dialect).</li>
 *   <li>{@code java/}: how Java is read: constants and prose that looks like SQL, constants defined in one file and
 *       run in another ({@code constants-project}), folding of concatenation, {@code format} and builders, bodies
 *       left out of the parse, {@code @SuppressWarnings} and comment suppressions, and the code each finding marks
 *       ({@code regions-project}, whose regions {@code JavaRegionsTest} checks).</li>
 *   <li>{@code liquibase/}: a {@code -project} whose changelogs include files of other modules and dialect
 *       folders.</li>
 *   <li>{@code mybatis/}: an XML file that names SQL words but is not a mapper.</li>
 * </ul>
 */
class FixtureTest {

    static final String RULES = "rules";
    static final String FIXTURES = "fixtures";

    private static final String OPENER = "(?:--|#|//|<!--|/\\*)";
    private static final String EXPECTED_ITEM = "[a-z][a-z-]*(?:\\s+\"[^\"]*\")?";
    private static final Pattern EXPECT = Pattern.compile(OPENER + "\\s*expect(-next)?:\\s*("
            + EXPECTED_ITEM + "(?:\\s*,\\s*" + EXPECTED_ITEM + ")*)");
    private static final Pattern ITEM = Pattern.compile("([a-z][a-z-]*)(?:\\s+\"([^\"]*)\")?");
    private static final Pattern CLEAN = Pattern.compile(OPENER + "\\s*clean(-next)?:");
    private static final Pattern ANY_MARK = Pattern.compile(OPENER + "\\s*(?:expect|clean)(?:-next)?:");
    private static final List<String> COMMENT_STARTS = List.of("--", "#", "!", "//", "/*", "*", "<!--");

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
        Set<Integer> statementLines = new ConcurrentSkipListSet<>();
        ScanResult result = new Scanner(ScanConfig.DEFAULT, root)
                .withStatementListener((source, text, statements) -> {
                    if (source.displayPath().equals(path)) {
                        for (SqlStatement s : statements) {
                            statementLines.add(s.startPosition().line());
                        }
                    }
                })
                .scan(List.of(project(root, file)));

        List<String> actual = new ArrayList<>();
        List<Finding> ofFixture = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.file().equals(path)) {
                actual.add(f.start().line() + ": " + f.ruleId());
                ofFixture.add(f);
            }
        }
        List<Expected> expected = expectations(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int clean : cleanLines(file)) {
            assertThat(expected).as("%s:%d is marked clean and expects findings", fixture, clean)
                    .noneMatch(e -> e.line() == clean);
            assertThat(ofFixture).as("findings of %s:%d, marked clean", fixture, clean)
                    .noneMatch(f -> f.start().line() == clean);
            if (statementLines.isEmpty()) {
                assertThat(clean <= lines.size() && holdsCode(lines.get(clean - 1)))
                        .as("%s:%d is marked clean but holds no setting, only a comment or nothing", fixture, clean)
                        .isTrue();
            } else {
                assertThat(statementLines).as("%s:%d is marked clean but no statement the scanner read starts there",
                        fixture, clean).contains(clean);
            }
        }
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

    /** The lines a fixture marks clean, in order. */
    static List<Integer> cleanLines(Path file) throws IOException {
        Set<Integer> clean = new TreeSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = CLEAN.matcher(lines.get(i));
            while (m.find()) {
                clean.add(m.group(1) == null ? i + 1 : i + 2);
            }
        }
        return List.copyOf(clean);
    }

    /** True if the line, without its marks, holds something other than a comment. */
    private static boolean holdsCode(String line) {
        Matcher mark = ANY_MARK.matcher(line);
        String code = (mark.find() ? line.substring(0, mark.start()) : line).strip();
        return !code.isEmpty() && COMMENT_STARTS.stream().noneMatch(code::startsWith);
    }

    /**
     * Every rule of the registry has its folder under {@code rules/}, holding at least one {@code expect:} mark of
     * that rule and at least one clean case, so a rule cannot be added without both.
     */
    @Test
    void everyRuleHasAFolderWithFlaggedAndCleanCases() throws Exception {
        Path rules = tree(RULES);
        SoftAssertions softly = new SoftAssertions();
        for (String id : ruleIds()) {
            Path folder = rules.resolve(id);
            if (!Files.isDirectory(folder)) {
                softly.fail("rules/%s/ is missing: every rule needs a folder of fixtures", id);
                continue;
            }
            int flagged = 0;
            int clean = 0;
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    flagged += (int) expectations(file).stream().filter(e -> e.rule().equals(id)).count();
                    clean += cleanLines(file).size();
                }
            }
            softly.assertThat(flagged).as("expect: %s marks under rules/%s/", id, id).isPositive();
            softly.assertThat(clean).as("clean marks under rules/%s/", id).isPositive();
        }
        softly.assertAll();
    }

    /** A folder under {@code rules/} is named after a rule of the registry: a typo would leave a rule untested. */
    @Test
    void everyFolderUnderRulesIsARuleOfTheRegistry() throws Exception {
        Map<String, Boolean> entries = new TreeMap<>();
        try (Stream<Path> list = Files.list(tree(RULES))) {
            list.forEach(p -> entries.put(p.getFileName().toString(), Files.isDirectory(p)));
        }
        assertThat(entries).as("entries of rules/ (name: is a folder)").isNotEmpty()
                .allSatisfy((name, folder) -> {
                    assertThat(folder).as("rules/%s is a folder", name).isTrue();
                    assertThat(RuleRegistry.exists(name)).as("rules/%s/ names a rule of the registry", name).isTrue();
                });
    }

    private static List<String> ruleIds() {
        return RuleRegistry.all().stream().map(r -> r.meta().id()).toList();
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
