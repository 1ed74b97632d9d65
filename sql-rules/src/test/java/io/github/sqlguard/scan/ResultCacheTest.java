package io.github.sqlguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {

    private static final ResultCache.Entry ENTRY = new ResultCache.Entry("APPLICATION", true, 1, List.of(),
            List.of(), List.of());

    @Test
    void aRunThatTookEverythingFromTheCacheLeavesTheFileAlone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("results.json");
        ResultCache first = ResultCache.open(file);
        first.put("a", ENTRY);
        first.save();
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(file, old);

        ResultCache second = ResultCache.open(file);
        assertThat(second.get("a")).isEqualTo(ENTRY);
        second.save();

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
        assertThat(second.hits()).isEqualTo(1);
    }

    @Test
    void aRunWithANewOrAGoneFileRewritesIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("results.json");
        ResultCache first = ResultCache.open(file);
        first.put("a", ENTRY);
        first.save();

        ResultCache second = ResultCache.open(file);
        second.put("b", ENTRY);
        second.save();

        ResultCache third = ResultCache.open(file);
        assertThat(third.get("a")).isNull();
        assertThat(third.get("b")).isEqualTo(ENTRY);
    }
}
