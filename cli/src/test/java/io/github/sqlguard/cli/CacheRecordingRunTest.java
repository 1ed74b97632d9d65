package io.github.sqlguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run in which {@code bin/sqlguard} records its class cache also writes every other report format, into
 * nothing: what the user sees, and the files in the project, are those of an ordinary run.
 */
class CacheRecordingRunTest {

    @TempDir
    Path dir;

    @Test
    void aRecordingRunPrintsAndWritesWhatAnOrdinaryRunDoes() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("V1__init.sql"), "DELETE FROM invoice;\nDROP TABLE audit_log;\n");
        Cli cli = new Cli(project);
        for (String format : Reports.FORMATS) {
            Cli.Run ordinary = cli.run("--format", format, project.toString());
            Cli.Run recording = recording(cli, "--format", format, project.toString());

            assertThat(recording).as(format).isEqualTo(ordinary);
            assertThat(ordinary.exit()).as(format).isEqualTo(1);
        }
        Cli.Run toFile = recording(cli, "--format", "sarif", "--output", dir.resolve("out/r.sarif").toString(),
                project.toString());
        assertThat(toFile.out()).isEmpty();
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(List.of("project/V1__init.sql", "out/r.sarif"));
        }
    }

    private static Cli.Run recording(Cli cli, String... args) {
        System.setProperty(ScanCommand.RECORDING_CACHE, "true");
        try {
            return cli.run(args);
        } finally {
            System.clearProperty(ScanCommand.RECORDING_CACHE);
        }
    }
}
