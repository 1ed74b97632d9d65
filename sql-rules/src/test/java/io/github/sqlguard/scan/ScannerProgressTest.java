package io.github.sqlguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner tells its progress once per file done, from its threads, counting the files migrations run too. */
class ScannerProgressTest {

    @TempDir
    Path dir;

    private final List<int[]> calls = Collections.synchronizedList(new ArrayList<>());

    @Test
    void oncePerFileWithTheTotal() throws IOException {
        for (int i = 0; i < 20; i++) {
            Files.writeString(dir.resolve("q" + i + ".sql"), "DELETE FROM t" + i + ";\n");
        }
        new Scanner(ScanConfig.DEFAULT, dir).withProgress((done, total) -> calls.add(new int[] {done, total}))
                .scan(List.of(dir));
        assertThat(calls).hasSize(20).allSatisfy(call -> assertThat(call[1]).isEqualTo(20));
        assertThat(calls.stream().mapToInt(call -> call[0]).sorted().toArray())
                .isEqualTo(IntStream.rangeClosed(1, 20).toArray());
    }

    @Test
    void filesAChangelogRunsAreCountedWhenTheyAreReadAgain() throws IOException {
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("purge.sql"), "DELETE FROM t;\n");
        Files.writeString(resources.resolve("changelog.xml"), """
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                  <changeSet id="1" author="a">
                    <sqlFile path="purge.sql" relativeToChangelogFile="true"/>
                  </changeSet>
                </databaseChangeLog>
                """);
        Scanner scanner = new Scanner(ScanConfig.DEFAULT, dir)
                .withProgress((done, total) -> calls.add(new int[] {done, total}));
        scanner.scan(List.of(dir));
        assertThat(calls).hasSize(3);
        assertThat(calls.get(2)).containsExactly(3, 3);

        calls.clear();
        scanner.scan(List.of(dir));
        assertThat(calls.get(calls.size() - 1)).containsExactly(3, 3);
    }
}
