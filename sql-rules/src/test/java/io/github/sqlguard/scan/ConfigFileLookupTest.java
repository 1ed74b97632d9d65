package io.github.sqlguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileLookupTest {

    @TempDir
    Path tmp;

    private Path repository;
    private Path deep;

    @BeforeEach
    void repository() throws Exception {
        repository = Files.createDirectories(tmp.resolve("repo"));
        deep = Files.createDirectories(repository.resolve("a/b/c"));
    }

    @Test
    void theFolderItselfFirst() throws Exception {
        Files.createDirectories(repository.resolve(".git"));
        Path own = Files.writeString(deep.resolve(ConfigFile.NAME), "");
        Files.writeString(repository.resolve(ConfigFile.NAME), "");
        assertThat(ConfigFileLookup.nearest(deep)).contains(own);
    }

    @Test
    void thenTheNearestFolderAbove() throws Exception {
        Files.createDirectories(repository.resolve(".git"));
        Path nearer = Files.writeString(repository.resolve("a/" + ConfigFile.NAME), "");
        Files.writeString(repository.resolve(ConfigFile.NAME), "");
        assertThat(ConfigFileLookup.nearest(deep)).contains(nearer);
        Path file = Files.writeString(deep.resolve("V1__init.sql"), "");
        assertThat(ConfigFileLookup.nearest(file)).contains(nearer);
    }

    @Test
    void notAboveTheRepositoryRoot() throws Exception {
        Files.writeString(repository.resolve(".git"), "gitdir: ../elsewhere\n");
        Files.writeString(tmp.resolve(ConfigFile.NAME), "");
        assertThat(ConfigFileLookup.nearest(deep)).isEmpty();
        Path atRoot = Files.writeString(repository.resolve(ConfigFile.NAME), "");
        assertThat(ConfigFileLookup.nearest(deep)).contains(atRoot);
    }

    @Test
    void aFolderNamedLikeTheFileIsNotIt() throws Exception {
        Files.createDirectories(repository.resolve(".git"));
        Files.createDirectories(deep.resolve(ConfigFile.NAME));
        assertThat(ConfigFileLookup.nearest(deep)).isEmpty();
    }
}
