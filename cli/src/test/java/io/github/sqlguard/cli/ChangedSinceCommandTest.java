package io.github.sqlguard.cli;

import static io.github.sqlguard.cli.GitProject.MOVED_QUERIES;
import static io.github.sqlguard.cli.GitProject.V1;
import static io.github.sqlguard.cli.GitProject.V2;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --changed-since} on a real git repository: a pull request that inserts a statement in the middle of a
 * migration, adds a migration and moves a file with an old finding.
 */
class ChangedSinceCommandTest {

    @TempDir
    Path tmp;

    private GitProject repo;
    private Cli cli;

    @BeforeEach
    void repository() throws Exception {
        repo = GitProject.create(tmp.resolve("repo"));
        cli = new Cli(repo.dir);
    }

    @Test
    void reportsExactlyTheNewStatementAndTheNewMigration() throws Exception {
        repo.changeOnFeatureBranch();

        Cli.Run run = cli.run("--changed-since", "main", repo.dir.toString());

        assertThat(run.findings()).containsExactly(
                V1 + ":4 [update-without-where]",
                V2 + ":1 [truncate-table]",
                V2 + ":2 [drop-table]");
        assertThat(run.out()).contains("sqlguard: 3 findings outside the lines changed since main\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(cli.run(repo.dir.toString()).findings()).contains(MOVED_QUERIES + ":2 [update-without-where]");
    }

    @Test
    void uncommittedChangesAndUntrackedFilesCount() throws Exception {
        repo.write(V1, GitProject.V1_CHANGED);
        repo.write(V2, GitProject.V2_TEXT);

        Cli.Run run = cli.run("--changed-since", "HEAD", repo.dir.toString());

        assertThat(run.findings()).containsExactly(
                V1 + ":4 [update-without-where]",
                V2 + ":1 [truncate-table]",
                V2 + ":2 [drop-table]");
    }

    @Test
    void exitCodesFollowTheFindingsOnChangedLines() throws Exception {
        repo.git("checkout", "-q", "-b", "feature");
        assertThat(cli.run("--changed-since", "main", repo.dir.toString()).exit()).isZero();

        repo.write(V1, GitProject.V1_CHANGED);
        Cli.Run warningOnly = cli.run("--changed-since", "main", repo.dir.toString());
        assertThat(warningOnly.findings()).containsExactly(V1 + ":4 [update-without-where]");
        assertThat(warningOnly.exit()).isZero();
        assertThat(cli.run("--changed-since", "main", "--fail-on", "warning", repo.dir.toString()).exit())
                .isEqualTo(1);
    }

    @Test
    void aMovedFileWithOldFindingsIsNotReported() throws Exception {
        repo.git("checkout", "-q", "-b", "feature");
        Files.createDirectories(repo.dir.resolve("db/archive"));
        repo.git("mv", V1, "db/archive/V1__init.sql");
        repo.commitAll("move");

        Cli.Run run = cli.run("--changed-since", "main", repo.dir.toString());

        assertThat(run.findings()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("sqlguard: 3 findings outside the lines changed since main\n");
    }

    @Test
    void baselineAndChangedLinesTogether() throws Exception {
        Path baseline = tmp.resolve("baseline.json");
        assertThat(cli.run("--write-baseline", baseline.toString(), repo.dir.toString()).exit()).isZero();
        repo.changeOnFeatureBranch();

        Cli.Run run = cli.run("--baseline", baseline.toString(), "--changed-since", "main", repo.dir.toString());

        assertThat(run.findings()).containsExactly(
                V1 + ":4 [update-without-where]",
                V2 + ":1 [truncate-table]",
                V2 + ":2 [drop-table]");
        assertThat(run.out()).contains("sqlguard: 3 findings hidden by the baseline, 0 fixed\n",
                "sqlguard: 0 findings outside the lines changed since main\n");
    }

    @Test
    void theMarkdownSummaryListsTheNewFindingsWithRuleLinks() throws Exception {
        repo.changeOnFeatureBranch();

        Cli.Run run = cli.run("--changed-since", "main", "--format", "markdown", repo.dir.toString());

        assertThat(run.out()).startsWith("### sqlguard: 1 error, 2 warnings, 0 notes in 3 files (")
                .contains("3 findings outside the lines changed since main.\n")
                .contains("| warning | [`update-without-where`](https://github.com/sqlguard/sqlguard/blob/main/docs/"
                        + "rules/update-without-where.md) | `" + V1 + ":4` | ");
    }

    @Test
    void anUnknownRefExitsTwoWithOneLine() {
        Cli.Run run = cli.run("--changed-since", "origin/develop", repo.dir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("sqlguard: --changed-since: unknown git ref 'origin/develop' (fetch it first,"
                + " e.g. git fetch origin develop)\n");
    }

    @Test
    void aFolderOutsideGitIsAnError() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Cli.Run run = new Cli(plain).run("--changed-since", "main", plain.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("sqlguard: --changed-since: " + plain + " is not in a git work tree");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void writingABaselineIgnoresNoFilterSilently() {
        Cli.Run run = cli.run("--write-baseline", tmp.resolve("b.json").toString(), "--changed-since", "main",
                repo.dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be combined with --changed-since");
    }
}
