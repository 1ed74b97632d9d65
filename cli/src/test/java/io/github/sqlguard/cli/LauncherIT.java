package io.github.sqlguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the unpacked distribution's {@code bin/sqlguard} as users do, with Java 17 and with Java 25 (each skipped when
 * it cannot be found): exit codes, arguments passed through untouched, the Java checks and the class-data cache.
 */
class LauncherIT {

    private static final Path JVMS = Path.of("/usr/lib/jvm");

    @TempDir
    Path tmp;

    private Path launcher;
    private Path project;
    private Path cacheHome;

    @BeforeEach
    void setUp() throws Exception {
        String home = System.getProperty("sqlguard.home");
        assertThat(home).as("system property sqlguard.home, set by the failsafe configuration").isNotBlank();
        launcher = Path.of(home, "bin", "sqlguard");
        assertThat(launcher).isExecutable();
        project = Files.createDirectories(tmp.resolve("my project"));
        write(project.resolve("db migrations/V1__init.sql"), "TRUNCATE TABLE audit_log;\n");
        write(project.resolve("queries.sql"), "DELETE FROM invoice;\n");
        cacheHome = tmp.resolve("cache home");
    }

    @ParameterizedTest(name = "Java {0}")
    @ValueSource(ints = {17, 25})
    void exitCodesAreSqlguards(int feature) throws Exception {
        Path jdk = jdk(feature);
        Result findings = run(jdk, ".");
        assertThat(findings.exit).isEqualTo(1);
        assertThat(findings.out).contains("queries.sql:1:1: error [delete-without-where]")
                .endsWith("sqlguard: 1 error, 1 warning, 0 notes in 2 files (2 statements)\n");
        assertThat(findings.err).isEmpty();
        assertThat(run(jdk, "--fail-on", "never", ".").exit).isZero();
        Result usage = run(jdk, "--fail-on", "sometimes", ".");
        assertThat(usage.exit).isEqualTo(2);
        assertThat(usage.err).startsWith("sqlguard: --fail-on: unknown level 'sometimes'");
        Result missing = run(jdk, "srcc");
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).isEqualTo("sqlguard: srcc: no such file or directory\n");
    }

    @ParameterizedTest(name = "Java {0}")
    @ValueSource(ints = {17, 25})
    void argumentsPassThroughUntouched(int feature) throws Exception {
        Path jdk = jdk(feature);
        Result spaces = run(jdk, "--output", "reports/with space.txt", "db migrations");
        assertThat(spaces.exit).isZero();
        assertThat(Files.readString(project.resolve("reports/with space.txt")))
                .startsWith("db migrations/V1__init.sql:1:1: warning [truncate-table]");

        write(project.resolve("queries-copy.sql"), "SELECT 1;\n");
        Result glob = run(jdk, "--rule", "queries*", ".");
        assertThat(glob.exit).isEqualTo(2);
        assertThat(glob.err).startsWith("sqlguard: --rule queries*: expected ID=LEVEL");

        Result empty = run(jdk, "--rule", "", ".");
        assertThat(empty.exit).isEqualTo(2);
        assertThat(empty.err).startsWith("sqlguard: --rule : expected ID=LEVEL");

        Result quotes = run(jdk, "--rule", "it's \"$HOME\" `date`", ".");
        assertThat(quotes.exit).isEqualTo(2);
        assertThat(quotes.err).startsWith("sqlguard: --rule it's \"$HOME\" `date`: expected ID=LEVEL");
    }

    @ParameterizedTest(name = "Java {0}")
    @ValueSource(ints = {17, 25})
    void theFirstRunWritesTheCacheAndTheNextOneUsesIt(int feature) throws Exception {
        Path jdk = jdk(feature);
        Result first = run(jdk, ".");
        assertThat(first.exit).isEqualTo(1);
        assertThat(first.err).isEmpty();
        Path cache = onlyFolderIn(cacheHome.resolve("sqlguard"));
        assertThat(cache.getFileName().toString())
                .isEqualTo(System.getProperty("sqlguard.version") + "-" + javaVersion(jdk));
        Path archive = onlyArchiveIn(cache);
        FileTime written = Files.getLastModifiedTime(archive);

        Result second = run(jdk, Map.of("SQLGUARD_OPTS", "-Xlog:class+load"), ".");
        assertThat(second.exit).isEqualTo(1);
        assertThat(second.out).contains("io.github.sqlguard.cli.SqlGuardCommand source: shared objects file")
                .contains("queries.sql:1:1: error [delete-without-where]");
        assertThat(onlyArchiveIn(cache)).isEqualTo(archive);
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(written);
    }

    @Test
    void aCacheThatCannotBeWrittenIsDoneWithout() throws Exception {
        Path jdk = jdk(17);
        write(cacheHome, "a file, not a folder");
        Result run = run(jdk, ".");
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).isEmpty();
        assertThat(run.out).endsWith("sqlguard: 1 error, 1 warning, 0 notes in 2 files (2 statements)\n");
    }

    @Test
    void aJavaHomeWithoutJavaIsOneLineAndExitTwo() throws Exception {
        Path notJava = Files.createDirectories(tmp.resolve("not java"));
        Result run = run(notJava, ".");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("sqlguard: JAVA_HOME is " + notJava + ", which holds no bin/java: point it"
                + " at Java 17 or newer, or unset it\n");
    }

    @Test
    void aJavaOlderThan17IsOneLineAndExitTwo() throws Exception {
        Path old = Files.createDirectories(tmp.resolve("jdk-11"));
        write(old.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"11.0.2\"\n");
        Path java = write(old.resolve("bin/java"), "#!/bin/sh\necho 'ran, but should not have' >&2\nexit 99\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Result run = run(old, ".");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).isEqualTo("sqlguard: sqlguard needs Java 17 or newer; " + java
                + " is Java 11.0.2 (set JAVA_HOME)\n");
    }

    /** The JDK of this feature release: the one running the test, else one under /usr/lib/jvm; else skipped. */
    private static Path jdk(int feature) throws IOException {
        Path running = Path.of(System.getProperty("java.home"));
        if (javaVersion(running).startsWith(feature + ".") || javaVersion(running).equals(feature + "")) {
            return running;
        }
        Optional<Path> found = Optional.empty();
        if (Files.isDirectory(JVMS)) {
            try (Stream<Path> homes = Files.list(JVMS)) {
                found = homes.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                        .filter(home -> {
                            String version = javaVersion(home);
                            return version.startsWith(feature + ".") || version.equals(feature + "");
                        })
                        .sorted()
                        .findFirst();
            }
        }
        assumeThat(found).as("a Java " + feature + " under " + JVMS).isPresent();
        return found.get();
    }

    /** {@code JAVA_VERSION} of the home's release file, as the launcher reads it. */
    private static String javaVersion(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return line.substring("JAVA_VERSION=".length()).replace("\"", "");
                }
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }

    private static Path onlyFolderIn(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> all = entries.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private static Path onlyArchiveIn(Path cache) throws IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            List<Path> archives = entries.filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot"))
                    .toList();
            assertThat(archives).hasSize(1);
            return archives.get(0);
        }
    }

    private Result run(Path javaHome, String... args) throws Exception {
        return run(javaHome, Map.of(), args);
    }

    private Result run(Path javaHome, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("SQLGUARD_OPTS");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
        builder.environment().putAll(env);
        Path stdout = Files.createTempFile(tmp, "out", ".txt");
        Path stderr = Files.createTempFile(tmp, "err", ".txt");
        Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("bin/sqlguard did not finish in 2 minutes: " + command);
        }
        return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private record Result(int exit, String out, String err) {
    }
}
