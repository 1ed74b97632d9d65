package io.github.sqlguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --exclude GLOB}: the configuration file's exclude globs, given on the command line. */
class ExcludeCommandTest {

    @TempDir
    Path project;

    private Cli cli;

    @BeforeEach
    void project() throws Exception {
        Files.createDirectories(project.resolve(".git"));
        write("db/legacy/old.sql", "DROP TABLE customer;\n");
        write("db/purge.sql", "DELETE FROM invoice;\n");
        write("jobs/reset.sql", "TRUNCATE audit_log;\n");
        cli = new Cli(project);
    }

    @Test
    void aGlobLeavesOutTheFilesItMatches() {
        assertThat(cli.run("--exclude", "**/legacy/**", project.toString()).findings())
                .containsExactly("db/purge.sql:1 [delete-without-where]", "jobs/reset.sql:1 [truncate-table]");
    }

    @Test
    void globsAreRepeatableAndRelativeToEachScannedDirectory() {
        assertThat(cli.run("--exclude", "db/**", "--exclude=jobs/*.sql", project.toString()).findings()).isEmpty();
        assertThat(cli.run("--exclude", "legacy/**", project.resolve("db").toString()).findings())
                .containsExactly("db/purge.sql:1 [delete-without-where]");
        assertThat(cli.run("--exclude", "legacy/**", project.toString()).findings()).hasSize(3);
    }

    @Test
    void theyAddToTheConfigurationsExcludes() throws Exception {
        write(".sqlguard.yml", "excludes: ['jobs/**']\n");
        assertThat(cli.run("--exclude", "**/legacy/**", project.toString()).findings())
                .containsExactly("db/purge.sql:1 [delete-without-where]");
    }

    @Test
    void aBadGlobIsAUsageError() {
        Cli.Run run = cli.run("--exclude", "db/[a", project.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("sqlguard: --exclude: bad glob 'db/[a' (").endsWith("Try --help\n");
        assertThat(run.err().lines()).hasSize(1);
    }

    private void write(String relative, String text) throws Exception {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
