package io.github.sqlguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded {@code sqlguard.jar} as users do: {@code java -jar sqlguard.jar ...} in their project folder. */
class SqlGuardJarIT {

    @TempDir
    Path project;

    private Path jar;

    @BeforeEach
    void setUp() throws Exception {
        String property = System.getProperty("sqlguard.jar");
        assertThat(property).as("system property sqlguard.jar, set by the failsafe configuration").isNotBlank();
        jar = Path.of(property);
        assertThat(jar).isRegularFile();
        Path resources = Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(resources.resolve("queries.sql"),
                "SELECT 1;\nDELETE FROM invoice;\nUPDATE invoice SET paid = true WHERE id = ?;\n",
                StandardCharsets.UTF_8);
        Path migrations = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        Files.writeString(migrations.resolve("V1__init.sql"), "TRUNCATE TABLE audit_log;\n", StandardCharsets.UTF_8);
    }

    @Test
    void reportsPathsRelativeToTheWorkingDirectoryAndFailsOnErrors() throws Exception {
        Result result = run(".");
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.out).isEqualTo(""
                + "src/main/resources/db/migration/V1__init.sql:1:1: warning [truncate-table] "
                + firstLineOf(result.out, "[truncate-table] ") + "\n"
                + "    TRUNCATE TABLE audit_log\n"
                + "  see https://github.com/sqlguard/sqlguard/blob/main/docs/rules/truncate-table.md\n"
                + "src/main/resources/queries.sql:2:1: error [delete-without-where] "
                + firstLineOf(result.out, "[delete-without-where] ") + "\n"
                + "    DELETE FROM invoice\n"
                + "  see https://github.com/sqlguard/sqlguard/blob/main/docs/rules/delete-without-where.md\n"
                + "sqlguard: 1 error, 1 warning, 0 notes in 2 files (4 statements)\n");
        assertThat(result.err).isEmpty();
    }

    @Test
    void writesSarifWithRelativeUris() throws Exception {
        Result result = run("--format", "sarif", "--output", "build/reports/sqlguard.sarif", "--fail-on", "never",
                "src");
        assertThat(result.exit).isZero();
        assertThat(result.out).isEmpty();
        JsonNode results = new ObjectMapper().readTree(project.resolve("build/reports/sqlguard.sarif").toFile())
                .get("runs").get(0).get("results");
        assertThat(results).hasSize(2);
        JsonNode artifact = results.get(1).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertThat(artifact.get("uri").asText()).isEqualTo("src/main/resources/queries.sql");
        assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }

    @Test
    void problemsGoToStandardErrorAndDoNotFail() throws Exception {
        Files.write(project.resolve("src/main/resources/dump.sql"), new byte[] {'D', 0, 'R', 'O', 'P'});
        Result result = run("--rule", "delete-without-where=warning", ".");
        assertThat(result.exit).isZero();
        assertThat(result.err).isEqualTo("sqlguard: src/main/resources/dump.sql: binary content, not scanned\n");
    }

    @Test
    void aPathThatDoesNotExistExitsTwo() throws Exception {
        Result result = run("srcc");
        assertThat(result.exit).isEqualTo(2);
        assertThat(result.out).isEmpty();
        assertThat(result.err).isEqualTo("sqlguard: srcc: no such file or directory\n");
    }

    @Test
    void usageErrorExitsTwoWithOneLine() throws Exception {
        Result result = run("--fail-on", "sometimes", ".");
        assertThat(result.exit).isEqualTo(2);
        assertThat(result.out).isEmpty();
        assertThat(result.err).isEqualTo("sqlguard: --fail-on: unknown level 'sometimes' (expected error, warning,"
                + " note or never). Try --help\n");
    }

    @Test
    void printsItsVersion() throws Exception {
        Result result = run("--version");
        assertThat(result.exit).isZero();
        assertThat(result.out).matches("sqlguard \\d+\\.\\d+\\.\\d+\\S*\n");
    }

    private static String firstLineOf(String out, String after) {
        int start = out.indexOf(after) + after.length();
        return out.substring(start, out.indexOf('\n', start));
    }

    private Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile("sqlguard-out", ".txt");
        Path stderr = Files.createTempFile("sqlguard-err", ".txt");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(project.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("sqlguard.jar did not finish in 2 minutes: " + command);
            }
            return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private record Result(int exit, String out, String err) {
    }
}
