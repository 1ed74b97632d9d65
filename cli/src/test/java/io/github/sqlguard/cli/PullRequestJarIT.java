package io.github.sqlguard.cli;

import static io.github.sqlguard.cli.GitProject.V1;
import static io.github.sqlguard.cli.GitProject.V2;
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

/**
 * The shaded jar in a pull-request job, started in the checkout as CI starts it: a baseline committed on the base
 * branch, a feature branch with an inserted statement, a new migration and a moved file, and a shallow clone that
 * fetches the base branch.
 */
class PullRequestJarIT {

    @TempDir
    Path tmp;

    private Path jar;
    private GitProject repo;

    @BeforeEach
    void setUp() throws Exception {
        jar = Path.of(System.getProperty("sqlguard.jar", "target/sqlguard.jar"));
        assertThat(jar).isRegularFile();
        repo = GitProject.create(tmp.resolve("repo"));
    }

    @Test
    void baselineCommittedOnMainHidesTheOldFindingsOfTheBranch() throws Exception {
        Result written = run(repo.dir, "--write-baseline", "sqlguard-baseline.json", ".");
        assertThat(written.exit).isZero();
        assertThat(written.out).isEqualTo("sqlguard: wrote 3 findings to sqlguard-baseline.json\n");
        repo.commitAll("baseline");
        repo.changeOnFeatureBranch();

        Result result = run(repo.dir, "--baseline", "sqlguard-baseline.json", ".");

        assertThat(findings(result.out)).containsExactly(
                V1 + ":4 [update-without-where]",
                V2 + ":1 [truncate-table]",
                V2 + ":2 [drop-table]");
        assertThat(result.out).contains("sqlguard: 3 findings hidden by the baseline, 0 fixed\n");
        assertThat(result.exit).isEqualTo(1);
        assertThat(repo.git("status", "--porcelain")).isEmpty();
    }

    @Test
    void shallowCloneWithTheBaseBranchFetched() throws Exception {
        repo.changeOnFeatureBranch();
        Path clone = tmp.resolve("clone");
        GitProject.run(tmp, "clone", "-q", "--depth", "1", "--branch", "feature", repo.dir.toUri().toString(),
                clone.toString());

        Result missing = run(clone, "--changed-since", "origin/main", "--format", "github", ".");
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.out).isEmpty();
        assertThat(missing.err).isEqualTo("sqlguard: --changed-since: unknown git ref 'origin/main' (fetch it first,"
                + " e.g. git fetch origin main)\n");

        GitProject.run(clone, "fetch", "-q", "--depth=1", "origin", "+refs/heads/main:refs/remotes/origin/main");
        Result github = run(clone, "--changed-since", "origin/main", "--format", "github", ".");

        assertThat(github.out.lines().map(l -> l.replaceFirst(",col=.*", "")).toList()).containsExactly(
                "::warning file=" + V1 + ",line=4",
                "::warning file=" + V2 + ",line=1",
                "::error file=" + V2 + ",line=2");
        assertThat(github.exit).isEqualTo(1);
        assertThat(github.err).as("two depth-1 histories share no commit: the ref itself is the base")
                .isEqualTo("sqlguard: --changed-since: no merge base of HEAD and origin/main in this clone (too"
                        + " shallow?): comparing with origin/main itself, so its changes since the fork count too;"
                        + " fetch more history, e.g. git fetch --deepen=100\n");

        Result sarif = run(clone, "--changed-since", "origin/main", "--format", "sarif", "--output",
                "build/sqlguard.sarif", ".");
        assertThat(sarif.exit).isEqualTo(1);
        JsonNode results = new ObjectMapper().readTree(clone.resolve("build/sqlguard.sarif").toFile())
                .get("runs").get(0).get("results");
        List<String> regions = new ArrayList<>();
        for (JsonNode r : results) {
            JsonNode location = r.get("locations").get(0).get("physicalLocation");
            JsonNode region = location.get("region");
            regions.add(location.get("artifactLocation").get("uri").asText() + " " + region.get("startLine")
                    + "-" + region.get("endLine"));
        }
        assertThat(regions).containsExactly(V1 + " 4-4", V2 + " 1-1", V2 + " 2-2");

        Result summary = run(clone, "--changed-since", "origin/main", "--format", "markdown", "--fail-on", "never",
                ".");
        assertThat(summary.exit).isZero();
        assertThat(summary.out).startsWith("### sqlguard: 1 error, 2 warnings, 0 notes in 3 files")
                .contains("| error | [`drop-table`](https://github.com/sqlguard/sqlguard/blob/main/docs/rules/"
                        + "drop-table.md) | `" + V2 + ":2` | ");
    }

    private static List<String> findings(String out) {
        return out.lines().filter(l -> l.matches("\\S.*:\\d+:\\d+: \\w+ \\[.*"))
                .map(l -> l.replaceFirst(":(\\d+):\\d+: \\w+ (\\[[^]]+]).*", ":$1 $2"))
                .toList();
    }

    private Result run(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(tmp, "out", ".txt");
        Path stderr = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_CONFIG_GLOBAL", tmp.resolve("no-global-gitconfig").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("sqlguard.jar did not finish in 2 minutes: " + command);
        }
        return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out, String err) {
    }
}
