package io.github.sqlguard.cli;

import static io.github.sqlguard.cli.GitProject.MOVED_QUERIES;
import static io.github.sqlguard.cli.GitProject.QUERIES;
import static io.github.sqlguard.cli.GitProject.QUERIES_TEXT;
import static io.github.sqlguard.cli.GitProject.V1;
import static io.github.sqlguard.cli.GitProject.V1_CHANGED;
import static io.github.sqlguard.cli.GitProject.V1_TEXT;
import static io.github.sqlguard.cli.GitProject.V2;
import static io.github.sqlguard.cli.GitProject.V2_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --write-baseline} and {@code --baseline} on a project, run in process from the project folder. */
class BaselineCommandTest {

    @TempDir
    Path tmp;

    private Path project;
    private Path baseline;
    private Cli cli;

    @BeforeEach
    void project() throws Exception {
        project = tmp.resolve("project");
        write(V1, V1_TEXT);
        write(QUERIES, QUERIES_TEXT);
        baseline = tmp.resolve("config/sqlguard/baseline.json");
        cli = new Cli(project);
    }

    private void write(String relative, String text) throws Exception {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Cli.Run writeBaseline() {
        return cli.run("--write-baseline", baseline.toString(), project.toString());
    }

    @Test
    void writingTheBaselineRecordsEveryFindingAndExitsZero() throws Exception {
        assertThat(cli.run(project.toString()).exit()).isEqualTo(1);

        Cli.Run run = writeBaseline();

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("sqlguard: wrote 3 findings to " + baseline + "\n");
        assertThat(run.err()).isEmpty();
        JsonNode root = new ObjectMapper().readTree(baseline.toFile());
        assertThat(root.get("findings")).hasSize(3);
        assertThat(root.get("findings").get(0).get("file").asText()).isEqualTo(V1);
        assertThat(Files.readString(baseline)).doesNotContain("Line").doesNotContain("\r");
        assertThat(tmp.resolve("config")).isDirectory();
        assertThat(project.resolve("config")).doesNotExist();
    }

    @Test
    void theBaselineHidesExactlyTheOldFindings() throws Exception {
        writeBaseline();
        write(V1, V1_CHANGED);
        write(V2, V2_TEXT);

        Cli.Run run = cli.run("--baseline", baseline.toString(), project.toString());

        assertThat(run.findings()).containsExactly(
                V1 + ":4 [update-without-where]",
                V2 + ":1 [truncate-table]",
                V2 + ":2 [drop-table]");
        assertThat(run.out()).contains("\nsqlguard: 3 findings hidden by the baseline, 0 fixed\n")
                .endsWith("sqlguard: 1 error, 2 warnings, 0 notes in 3 files (11 statements)\n");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void exitCodesFollowTheFindingsLeft() throws Exception {
        writeBaseline();
        String withBaseline = baseline.toString();
        assertThat(cli.run("--baseline", withBaseline, project.toString()).exit()).isZero();
        assertThat(cli.run("--baseline", withBaseline, "--fail-on", "note", project.toString()).exit()).isZero();

        write(V1, V1_CHANGED);
        assertThat(cli.run("--baseline", withBaseline, project.toString()).exit()).isZero();
        assertThat(cli.run("--baseline", withBaseline, "--fail-on", "warning", project.toString()).exit())
                .isEqualTo(1);

        write(V2, V2_TEXT);
        assertThat(cli.run("--baseline", withBaseline, project.toString()).exit()).isEqualTo(1);
        assertThat(cli.run("--baseline", withBaseline, "--fail-on", "never", project.toString()).exit()).isZero();
    }

    @Test
    void movedFilesDoNotBringTheirFindingsBackAndFixedOnesAreListed() throws Exception {
        writeBaseline();
        Files.createDirectories(project.resolve(MOVED_QUERIES).getParent());
        Files.move(project.resolve(QUERIES), project.resolve(MOVED_QUERIES));
        write(V1, V1_TEXT.replace("DELETE FROM cart;", "DELETE FROM cart WHERE id = 1;"));

        Cli.Run run = cli.run("--baseline", baseline.toString(), project.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.findings()).isEmpty();
        assertThat(run.out()).isEqualTo(""
                + "sqlguard: 2 findings hidden by the baseline, 1 fixed\n"
                + "sqlguard: fixed since baseline: " + V1 + " [delete-without-where] DELETE FROM cart\n"
                + "sqlguard: 0 errors, 0 warnings, 0 notes in 2 files (8 statements)\n");
    }

    @Test
    void jsonAndMarkdownSayWhatTheBaselineHid() throws Exception {
        writeBaseline();
        write(QUERIES, "SELECT 1;\n");

        Cli.Run json = cli.run("--baseline", baseline.toString(), "--format", "json", project.toString());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("baseline").get("hidden").asInt()).isEqualTo(2);
        assertThat(root.get("baseline").get("fixed")).hasSize(1);
        assertThat(root.get("baseline").get("fixed").get(0).get("file").asText()).isEqualTo(QUERIES);

        Cli.Run markdown = cli.run("--baseline", baseline.toString(), "--format", "markdown", project.toString());
        assertThat(markdown.out()).contains("2 findings hidden by the baseline, 1 fixed.\n", "No findings.\n",
                "#### Fixed since baseline\n", "| `" + QUERIES + "` | `UPDATE product SET price = 0` |");
    }

    @Test
    void withoutTheBaselineOptionOutputIsUnchanged() throws Exception {
        writeBaseline();
        Cli.Run run = cli.run(project.toString());
        assertThat(run.out()).doesNotContain("baseline");
        assertThat(run.findings()).hasSize(3);
    }

    @Test
    void aMissingOrBrokenBaselineIsAnErrorOnOneLine() throws Exception {
        Cli.Run missing = cli.run("--baseline", tmp.resolve("nope.json").toString(), project.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).isEqualTo("sqlguard: --baseline: baseline " + tmp.resolve("nope.json")
                + " does not exist\n");

        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"findings\": []}");
        Cli.Run run = cli.run("--baseline", broken.toString(), project.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("sqlguard: --baseline: baseline " + broken
                + " is not a sqlguard baseline (no \"sqlguardBaseline\" key)\n");
    }

    @Test
    void writingCannotBeCombinedWithFiltering() {
        Cli.Run run = cli.run("--write-baseline", baseline.toString(), "--baseline", baseline.toString(),
                project.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("sqlguard: --write-baseline writes every finding: it cannot be combined"
                + " with --baseline. Try --help\n");
        assertThat(baseline).doesNotExist();
    }
}
