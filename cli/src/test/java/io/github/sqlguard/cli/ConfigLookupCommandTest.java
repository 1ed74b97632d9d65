package io.github.sqlguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which {@code .sqlguard.yml} a run reads: the nearest at or above each scanned path, up to the repository root, else
 * the nearest above the current folder; {@code --verbose} names it.
 */
class ConfigLookupCommandTest {

    private static final String DELETE_OFF = "rules:\n  delete-without-where: off\n";
    private static final String DELETE_NOTE = "rules:\n  delete-without-where: note\n";

    @TempDir
    Path tmp;

    private Path repository;
    private Path migrations;

    @BeforeEach
    void repository() throws Exception {
        repository = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repository.resolve(".git"));
        migrations = Files.createDirectories(repository.resolve("app/src/main/resources/db/migration"));
        write(migrations.resolve("V1__purge.sql"), "DELETE FROM invoice;\n");
    }

    @Test
    void theRepositoryRootConfigAppliesToAScannedSubfolderAndFile() throws Exception {
        write(repository.resolve(".sqlguard.yml"), DELETE_OFF);
        Cli cli = new Cli(repository);
        assertThat(cli.run(migrations.toString()).findings()).isEmpty();
        assertThat(cli.run(migrations.resolve("V1__purge.sql").toString()).findings()).isEmpty();
    }

    @Test
    void theNearestConfigWins() throws Exception {
        write(repository.resolve(".sqlguard.yml"), DELETE_OFF);
        write(repository.resolve("app/.sqlguard.yml"), DELETE_NOTE);
        Cli.Run run = new Cli(repository).run("--verbose", "--fail-on", "note", migrations.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("note [delete-without-where]");
        assertThat(run.err()).contains("sqlguard: configuration app/.sqlguard.yml\n");
    }

    @Test
    void theLookupStopsAtTheRepositoryRoot() throws Exception {
        write(tmp.resolve(".sqlguard.yml"), DELETE_OFF);
        Cli.Run run = new Cli(repository).run("--verbose", migrations.toString());
        assertThat(run.findings()).hasSize(1);
        assertThat(run.err()).contains("sqlguard: no configuration file (.sqlguard.yml is looked for at and above"
                + " each scanned path and the current folder, up to the repository root)\n");
    }

    @Test
    void theCurrentFolderCountsWhenNoScannedPathHasOne() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(elsewhere.resolve(".git"));
        write(elsewhere.resolve("purge.sql"), "DELETE FROM invoice;\n");
        write(repository.resolve(".sqlguard.yml"), DELETE_OFF);
        Cli.Run run = new Cli(repository).run("--verbose", elsewhere.toString());
        assertThat(run.findings()).isEmpty();
        assertThat(run.err()).contains("sqlguard: configuration .sqlguard.yml\n");
    }

    @Test
    void theFirstScannedPathsConfigAppliesAndAnotherOneIsNamed() throws Exception {
        Path other = Files.createDirectories(repository.resolve("other"));
        write(other.resolve("drop.sql"), "DROP TABLE customer;\n");
        write(other.resolve(".sqlguard.yml"), "rules:\n  drop-table: off\n");
        write(repository.resolve("app/.sqlguard.yml"), DELETE_OFF);
        Cli.Run run = new Cli(repository).run(migrations.toString(), other.toString());
        assertThat(run.findings()).containsExactly("other/drop.sql:1 [drop-table]");
        assertThat(run.err()).isEqualTo("sqlguard: app/.sqlguard.yml applies to the whole run:"
                + " other/.sqlguard.yml, nearer to " + other + ", is not read (scan that path on its own to use it)\n");
    }

    @Test
    void theConfigOptionWinsOverTheLookup() throws Exception {
        write(repository.resolve(".sqlguard.yml"), DELETE_OFF);
        Path strict = write(tmp.resolve("strict.yml"), DELETE_NOTE);
        Cli.Run run = new Cli(repository).run("--verbose", "--config", strict.toString(), "--fail-on", "note",
                migrations.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("sqlguard: configuration " + strict + "\n");
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
