package io.github.sqlguard.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changed lines computed by the real git executable on a repository made for each test. */
class GitChangesTest {

    private static final String MIGRATION = "src/main/resources/db/migration/V1__init.sql";

    @TempDir
    Path tmp;

    private GitRepo repo;

    @BeforeEach
    void repository() throws Exception {
        repo = GitRepo.init(tmp.resolve("repo"));
        repo.write(MIGRATION, "CREATE TABLE a (id INT);\nDROP TABLE old;\nCREATE TABLE b (id INT);\n"
                + "CREATE TABLE c (id INT);\n");
        repo.write("src/main/resources/data.sql", "DELETE FROM a;\n");
        repo.commitAll("init");
    }

    private String status(ChangedLines changes) {
        return String.join("\n", changes.files().values().stream().map(FileChange::toString).sorted().toList());
    }

    @Test
    void insertedLinesNewFilesAndUncommittedChanges() throws Exception {
        repo.git("checkout", "-q", "-b", "feature");
        repo.write(MIGRATION, "CREATE TABLE a (id INT);\nDROP TABLE old;\nCREATE TABLE b (id INT);\n"
                + "DELETE FROM b;\nCREATE TABLE c (id INT);\n");
        repo.write("src/main/resources/db/migration/V2__next.sql", "DROP TABLE a;\n");
        repo.commitAll("feature");
        repo.write("src/main/resources/data.sql", "DELETE FROM a;\nTRUNCATE x;\n");
        repo.write("src/main/resources/db/migration/V3__untracked.sql", "DROP TABLE b;\n");
        repo.write(".gitignore", "ignored.sql\n");
        repo.write("ignored.sql", "DROP TABLE z;\n");

        ChangedLines changes = GitChanges.since(repo.dir, "main");

        assertThat(status(changes)).isEqualTo(String.join("\n",
                ".gitignore (added)",
                "src/main/resources/data.sql {2}",
                MIGRATION + " {4}",
                "src/main/resources/db/migration/V2__next.sql (added)",
                "src/main/resources/db/migration/V3__untracked.sql (added)"));
        assertThat(changes.ref()).isEqualTo("main");
        assertThat(changes.touches(repo.dir.resolve(MIGRATION), 4, 4)).isTrue();
        assertThat(changes.touches(repo.dir.resolve(MIGRATION), 2, 2)).isFalse();
        assertThat(changes.touches(repo.dir.resolve("src/main/../main/resources/db/migration/V2__next.sql"), 1, 1))
                .isTrue();
        assertThat(changes.touches(tmp.resolve("elsewhere.sql"), 1, 1)).isFalse();
        assertThat(repo.git("status", "--porcelain")).contains("?? src/main/resources/db/migration/V3__untracked.sql");
    }

    @Test
    void aRenameIsNotAnAddedFile() throws Exception {
        repo.git("checkout", "-q", "-b", "feature");
        Files.createDirectories(repo.dir.resolve("src/main/resources/db/archive"));
        repo.git("mv", MIGRATION, "src/main/resources/db/archive/V1__init.sql");
        repo.commitAll("move");

        ChangedLines changes = GitChanges.since(repo.dir, "main");

        assertThat(status(changes)).isEqualTo("src/main/resources/db/archive/V1__init.sql {}");
        assertThat(changes.isAdded(repo.dir.resolve("src/main/resources/db/archive/V1__init.sql"))).isFalse();
    }

    @Test
    void changesOnTheBaseBranchAfterTheForkAreNotTheReviewsChanges() throws Exception {
        repo.git("checkout", "-q", "-b", "feature");
        repo.write("src/main/resources/db/migration/V2__feature.sql", "DROP TABLE f;\n");
        repo.commitAll("feature");
        repo.git("checkout", "-q", "main");
        repo.write("src/main/resources/data.sql", "DELETE FROM a;\nDELETE FROM b;\n");
        repo.commitAll("main moves on");
        repo.git("checkout", "-q", "feature");

        ChangedLines changes = GitChanges.since(repo.dir, "main");

        assertThat(status(changes)).isEqualTo("src/main/resources/db/migration/V2__feature.sql (added)");
        assertThat(changes.base()).isEqualTo(repo.git("rev-parse", "HEAD~1").strip());
        assertThat(changes.mergeBase()).isTrue();
        assertThat(changes.warning()).isNull();
    }

    @Test
    void worksFromASubfolderAndDoesNotWriteToTheRepository() throws Exception {
        repo.write(MIGRATION, "CREATE TABLE a (id INT);\nDROP TABLE old;\nDROP TABLE new;\nCREATE TABLE b (id INT);\n"
                + "CREATE TABLE c (id INT);\n");
        Path index = repo.dir.resolve(".git/index");
        long before = Files.getLastModifiedTime(index).toMillis();
        byte[] indexBytes = Files.readAllBytes(index);

        ChangedLines changes = GitChanges.since(repo.dir.resolve("src/main/resources"), "HEAD");

        assertThat(status(changes)).isEqualTo(MIGRATION + " {3}");
        assertThat(Files.readAllBytes(index)).isEqualTo(indexBytes);
        assertThat(Files.getLastModifiedTime(index).toMillis()).isEqualTo(before);
    }

    @Test
    void anUnknownRefSaysWhatToFetch() throws Exception {
        assertThatThrownBy(() -> GitChanges.since(repo.dir, "origin/develop"))
                .isInstanceOf(ChangesException.class)
                .hasMessage("unknown git ref 'origin/develop' (fetch it first, e.g. git fetch origin develop)");
        assertThatThrownBy(() -> GitChanges.since(repo.dir, "nope"))
                .hasMessage("unknown git ref 'nope' (fetch it first, e.g. git fetch origin nope)");
        assertThatThrownBy(() -> GitChanges.since(repo.dir, "--output=x"))
                .hasMessageStartingWith("unknown git ref '--output=x'");
        assertThat(repo.dir.resolve("x")).doesNotExist();
    }

    @Test
    void aFolderOutsideAnyWorkTreeIsAnError() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        assertThatThrownBy(() -> GitChanges.since(plain, "main"))
                .isInstanceOf(ChangesException.class)
                .hasMessageStartingWith(plain + " is not in a git work tree (git: ");
    }

    @Test
    void aShallowCloneWithTheBaseBranchFetchedWorks() throws Exception {
        repo.git("checkout", "-q", "-b", "feature");
        repo.write(MIGRATION, "CREATE TABLE a (id INT);\nDROP TABLE old;\nCREATE TABLE b (id INT);\n"
                + "DELETE FROM b;\nCREATE TABLE c (id INT);\n");
        repo.write("src/main/resources/db/migration/V2__next.sql", "DROP TABLE a;\n");
        repo.commitAll("feature");
        repo.git("checkout", "-q", "main");
        repo.write("README.md", "main moves on\n");
        repo.commitAll("main moves on");

        Path clone = tmp.resolve("clone");
        GitRepo.run(tmp, "clone", "-q", "--depth", "1", "--branch", "feature", repo.dir.toUri().toString(),
                clone.toString());
        assertThatThrownBy(() -> GitChanges.since(clone, "origin/main"))
                .hasMessage("unknown git ref 'origin/main' (fetch it first, e.g. git fetch origin main)");
        GitRepo.run(clone, "fetch", "-q", "--depth=1", "origin", "main:refs/remotes/origin/main");

        ChangedLines changes = GitChanges.since(clone, "origin/main");

        assertThat(status(changes)).isEqualTo(String.join("\n",
                MIGRATION + " {4}",
                "src/main/resources/db/migration/V2__next.sql (added)"));
        assertThat(changes.mergeBase()).isFalse();
        assertThat(changes.warning()).startsWith("no merge base of HEAD and origin/main in this clone");

        GitRepo.run(clone, "fetch", "-q", "--deepen=1", "origin", "main:refs/remotes/origin/main");
        GitRepo.run(clone, "fetch", "-q", "--deepen=1", "origin", "feature");
        ChangedLines deeper = GitChanges.since(clone, "origin/main");
        assertThat(deeper.mergeBase()).isTrue();
        assertThat(status(deeper)).isEqualTo(status(changes));
    }
}
