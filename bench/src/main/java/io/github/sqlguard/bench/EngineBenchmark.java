package io.github.sqlguard.bench;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.ScanResult;
import io.github.sqlguard.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Engine throughput on a generated migration corpus: {@code files} Flyway scripts of 10 statements each, scanned
 * end to end (read, split, parse, rules, sort). Statements per second = files × 10 / (seconds per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    @Param({"2000"})
    public int files;

    private Path dir;

    @Setup(Level.Trial)
    public void corpus() throws IOException {
        dir = Files.createTempDirectory("sqlguard-bench");
        Path migrations = Files.createDirectories(dir.resolve("db/migration"));
        for (int i = 0; i < files; i++) {
            Files.writeString(migrations.resolve("V" + (i + 1) + "__step.sql"), MigrationCorpus.script(10, i));
        }
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public List<Finding> scanCorpus() {
        ScanResult result = new Scanner(ScanConfig.DEFAULT, dir).scan(List.of(dir));
        if (result.statements() != files * 10) {
            throw new IllegalStateException("expected " + files * 10 + " statements, got " + result.statements());
        }
        return result.findings();
    }
}
