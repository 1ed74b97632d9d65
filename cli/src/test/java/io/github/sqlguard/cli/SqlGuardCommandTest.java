package io.github.sqlguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sqlguard.core.Tool;
import io.github.sqlguard.report.Reports;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class SqlGuardCommandTest {

    @TempDir
    Path dir;

    private Path project;
    private Path queries;

    @BeforeEach
    void project() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        queries = write(project.resolve("queries.sql"), "-- clean-up job\nDELETE FROM invoice;\n");
    }

    @ParameterizedTest(name = "worst finding {0}, --fail-on {1} -> {2}")
    @CsvSource({
        "error,   error,   1",
        "error,   warning, 1",
        "error,   note,    1",
        "error,   never,   0",
        "warning, error,   0",
        "warning, warning, 1",
        "warning, note,    1",
        "warning, never,   0",
        "note,    error,   0",
        "note,    warning, 0",
        "note,    note,    1",
        "note,    never,   0"})
    void exitCodeFollowsFailOn(String worst, String failOn, int exit) {
        Run run = run("--rule", "delete-without-where=" + worst, "--fail-on", failOn, project.toString());
        assertThat(run.exit).isEqualTo(exit);
        assertThat(run.out).contains(":2:1: " + worst + " [delete-without-where] ");
        assertThat(run.err).isEmpty();
    }

    @Test
    void defaultFailsOnErrors() {
        Run run = run(project.toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).contains("queries.sql:2:1: error [delete-without-where] DELETE removes every row of"
                + " `invoice`")
                .contains("\n    DELETE FROM invoice\n")
                .contains("\n  see https://github.com/sqlguard/sqlguard/blob/main/docs/rules/delete-without-where.md\n")
                .endsWith("sqlguard: 1 error, 0 warnings, 0 notes in 1 file (1 statement)\n");
    }

    @ParameterizedTest
    @CsvSource({"error", "warning", "note", "never"})
    void nothingFoundExitsZeroWhateverFailOn(String failOn) throws Exception {
        write(queries, "DELETE FROM invoice WHERE id = 1;\n");
        Run run = run("--fail-on", failOn, project.toString());
        assertThat(run.exit).isZero();
        assertThat(run.out).isEqualTo("sqlguard: 0 errors, 0 warnings, 0 notes in 1 file (1 statement)\n");
    }

    @Test
    void ruleOffRemovesItsFindings() throws Exception {
        write(project.resolve("drop.sql"), "DROP TABLE customer;\n");
        Run run = run("--rule", "delete-without-where=off", project.toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).doesNotContain("delete-without-where").contains("[drop-table]");

        Run both = run("--rule", "delete-without-where=off", "--rule=drop-table=off", project.toString());
        assertThat(both.exit).isZero();
        assertThat(both.out).doesNotContain("delete-without-where").doesNotContain("drop-table")
                .contains("0 errors, 0 warnings, 0 notes in 2 files");
    }

    @Test
    void unknownRuleIdIsAUsageError() {
        Run run = run("--rule", "delete-without-wher=off", project.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).startsWith("sqlguard: ").contains("unknown rule id 'delete-without-wher'")
                .contains("delete-without-where").endsWith("\n");
        assertThat(run.err.lines()).hasSize(1);
    }

    @Test
    void badRuleSettingsAreUsageErrors() {
        assertThat(run("--rule", "drop-table=fatal", project.toString()).exit).isEqualTo(2);
        Run noEquals = run("--rule", "drop-table", project.toString());
        assertThat(noEquals.exit).isEqualTo(2);
        assertThat(noEquals.err).contains("expected ID=LEVEL");
        assertThat(run("--fail-on", "always", project.toString()).exit).isEqualTo(2);
        Run format = run("--format", "xml", project.toString());
        assertThat(format.exit).isEqualTo(2);
        assertThat(format.err).isEqualTo("sqlguard: --format: unknown format 'xml' (expected text, json, sarif,"
                + " github, markdown, gitlab, checkstyle, junit, html). Try --help\n");
    }

    @Test
    void aPathThatDoesNotExistIsOneLineAndExitTwo() {
        Path missing = dir.resolve("missing");
        Run alone = run(missing.toString());
        assertThat(alone.exit).isEqualTo(2);
        assertThat(alone.err).isEqualTo("sqlguard: " + missing + ": no such file or directory\n");
        assertThat(alone.out).isEmpty();

        Run withAnother = run(project.toString(), missing.toString());
        assertThat(withAnother.exit).isEqualTo(2);
        assertThat(withAnother.err).isEqualTo("sqlguard: " + missing + ": no such file or directory\n");
        assertThat(withAnother.out).isEmpty();
    }

    @Test
    void standardInputIsRefused() {
        Run run = run("-");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).startsWith("sqlguard: '-': standard input is not read").endsWith(". Try --help\n");
        assertThat(run.err.lines()).hasSize(1);
    }

    @Test
    void atSignArgumentsAreNotExpanded() throws Exception {
        write(dir.resolve("args.txt"), "--version\n");
        Run run = run("@" + dir.resolve("args.txt"));
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("sqlguard: @" + dir.resolve("args.txt") + ": no such file or directory\n");
    }

    @Test
    void outputGoesToTheFileAndItsFolderIsCreated() throws Exception {
        Path report = dir.resolve("reports/nested/sqlguard.json");
        Run run = run("--format", "json", "--output", report.toString(), project.toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).isEmpty();
        JsonNode json = new ObjectMapper().readTree(Files.readString(report));
        assertThat(json.get("findings").get(0).get("ruleId").asText()).isEqualTo("delete-without-where");
        assertThat(json.get("findings").get(0).get("startLine").asInt()).isEqualTo(2);
        assertThat(json.get("summary").get("errors").asInt()).isEqualTo(1);
    }

    @Test
    void anOutputThatCannotBeWrittenIsAFailure() throws Exception {
        Path blocker = write(dir.resolve("blocker"), "a file, not a folder");
        Run run = run("--output", blocker.resolve("report.txt").toString(), project.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).startsWith("sqlguard: cannot write ").doesNotContain("\tat ");
        assertThat(run.err.lines()).hasSize(1);
    }

    @Test
    void configFileInTheFirstDirectoryIsHonoured() throws Exception {
        write(project.resolve(".sqlguard.yml"), "rules:\n  delete-without-where: off\n");
        Run run = run(project.toString());
        assertThat(run.exit).isZero();
        assertThat(run.out).doesNotContain("delete-without-where");

        Run overridden = run("--rule", "delete-without-where=warning", "--fail-on", "warning", project.toString());
        assertThat(overridden.exit).isEqualTo(1);
        assertThat(overridden.out).contains("warning [delete-without-where]");
    }

    @Test
    void configOptionNamesTheFile() throws Exception {
        write(project.resolve(".sqlguard.yml"), "rules:\n  delete-without-where: off\n");
        Path config = write(dir.resolve("strict.yml"), "rules:\n  delete-without-where: note\n");
        Run run = run("--config", config.toString(), "--fail-on", "note", project.toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).contains("note [delete-without-where]");
    }

    @Test
    void configExcludesFiles() throws Exception {
        Path legacy = Files.createDirectories(project.resolve("legacy"));
        write(legacy.resolve("old.sql"), "DROP TABLE customer;\n");
        write(project.resolve(".sqlguard.yml"), "excludes: ['**/legacy/**']\n");
        Run run = run(project.toString());
        assertThat(run.out).doesNotContain("drop-table").contains("[delete-without-where]");
    }

    @Test
    void badConfigIsOneLineAndExitTwo() throws Exception {
        Path config = write(project.resolve(".sqlguard.yml"), "rulez:\n  drop-table: off\n");
        Run run = run(project.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("sqlguard: " + config.normalize()
                + ": unknown key 'rulez' (known: include-tests, rules, includes, excludes, test-paths,"
                        + " migration-paths, environments)\n");

        Run missing = run("--config", dir.resolve("nope.yml").toString(), project.toString());
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).isEqualTo("sqlguard: " + dir.resolve("nope.yml") + ": no such file\n");
    }

    @Test
    void includeTestsScansTestCodeAsNotes() throws Exception {
        Path tests = Files.createDirectories(project.resolve("src/test/resources"));
        write(tests.resolve("reset.sql"), "TRUNCATE TABLE invoice;\n");
        assertThat(run(project.toString()).out).doesNotContain("reset.sql");
        Run run = run("--include-tests", "--fail-on", "never", project.toString());
        assertThat(run.out).contains("reset.sql:1:1: note [truncate-table]");

        write(project.resolve(".sqlguard.yml"), "include-tests: true\n");
        assertThat(run(project.toString()).out).contains("reset.sql:1:1: note [truncate-table]");
    }

    @Test
    void sarifParsesWithRuleAndLine() throws Exception {
        Run run = run("--format", "sarif", project.toString());
        assertThat(run.exit).isEqualTo(1);
        JsonNode log = new ObjectMapper().readTree(run.out);
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        JsonNode result = log.get("runs").get(0).get("results").get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("delete-without-where");
        assertThat(result.get("level").asText()).isEqualTo("error");
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(2);
        assertThat(location.get("artifactLocation").get("uri").asText()).endsWith("/project/queries.sql");
        assertThat(result.get("partialFingerprints").get("sqlguardFingerprint/v1").asText()).hasSize(32);
    }

    @Test
    void githubFormat() {
        Run run = run("--format", "github", project.toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).startsWith("::error file=").contains("queries.sql,line=2,col=1,endLine=2,endColumn=20,"
                + "title=delete-without-where::DELETE removes every row of `invoice`");
        assertThat(run.out.lines()).hasSize(1);
    }

    @Test
    void usageErrorsExitTwoWithoutStackTrace() {
        Run unknown = run("--bogus", project.toString());
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.out).isEmpty();
        assertThat(unknown.err).isEqualTo("sqlguard: Unknown option: '--bogus'. Try --help\n");

        Run noPath = run();
        assertThat(noPath.exit).isEqualTo(2);
        assertThat(noPath.err).isEqualTo("sqlguard: Missing required parameter: 'PATH'. Try --help\n");

        Run noValue = run(project.toString(), "--format");
        assertThat(noValue.exit).isEqualTo(2);
        assertThat(noValue.err).startsWith("sqlguard: ").endsWith("Try --help\n").doesNotContain("\tat ");
        assertThat(noValue.err.lines()).hasSize(1);
    }

    @Test
    void versionAndHelp() {
        Run version = run("--version");
        assertThat(version.exit).isZero();
        assertThat(version.out).isEqualTo("sqlguard " + Tool.version() + "\n");

        Run help = run("--help");
        assertThat(help.exit).isZero();
        assertThat(help.out).startsWith("Usage: sqlguard [OPTIONS] PATH...\n       sqlguard --list-rules")
                .contains("--format", "--output", "--fail-on", "--include-tests", "--config", "--rule", "--exclude",
                        "--baseline", "--write-baseline", "--changed-since", "--audit", "--list-rules", "--verbose",
                        "--version", "--help", "Exit codes:", "\nExamples:\n  sqlguard .  ")
                .endsWith("  sqlguard --list-rules --format json\n");
        assertThat(help.out.replaceAll("\\s+", " "))
                .contains(String.join(", ", Reports.FORMATS) + " (default: text)");
    }

    @Test
    void theJunitReportFailsWhatFailOnFails() throws Exception {
        write(project.resolve("db/migration/V9__more.sql"), "TRUNCATE b;\n");
        Run errors = run("--format", "junit", project.toString());
        Run warnings = run("--format", "junit", "--fail-on", "warning", project.toString());
        Run never = run("--format", "junit", "--fail-on", "never", project.toString());

        assertThat(errors.out).contains("<failure type=\"delete-without-where\"").doesNotContain("type=\"truncate-table\"");
        assertThat(warnings.out).contains("<failure type=\"delete-without-where\"", "<failure type=\"truncate-table\"");
        assertThat(never.out).doesNotContain("<failure").contains("<testcase name=");
        assertThat(never.exit).isZero();
    }

    @Test
    void verboseSaysWhichConfiguration() throws Exception {
        Path config = write(project.resolve(".sqlguard.yml"), "include-tests: false\n");
        Run run = run("--verbose", project.toString());
        assertThat(run.err).contains("sqlguard: configuration " + config.normalize() + "\n");
    }

    @Test
    void plainCommandLineAlsoExitsTwoOnUsageErrors() {
        StringWriter err = new StringWriter();
        Callable<Integer> nothing = () -> 0;
        int exit = new CommandLine(CommandDefinition.spec(nothing)).setErr(new PrintWriter(err))
                .execute("--bogus", "x");
        assertThat(exit).isEqualTo(2);
    }

    @Test
    void sameInputSameOutput() throws Exception {
        write(project.resolve("more.sql"), "DROP TABLE a;\nTRUNCATE b;\nUPDATE c SET d = 1;\n");
        for (String format : Reports.FORMATS) {
            Run first = run("--format", format, project.toString());
            Run second = run("--format", format, project.toString());
            assertThat(first.out).isEqualTo(second.out).isNotEmpty();
        }
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SqlGuardCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
