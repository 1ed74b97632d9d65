package io.github.sqlguard.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import edu.umd.cs.findbugs.BugInstance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The detector on class files written from arbitrary text by {@link FuzzedClass} (fuzzed from the inputs in
 * {@code SqlSinkDetectorFuzzTestInputs/detector}): SpotBugs' analysis ends without an error logged, which the harness
 * turns into a failure, and each sqlguard bug names a method of the class.
 */
class SqlSinkDetectorFuzzTest {

    private static final Path CLASS_FILE = Path.of("target", "fuzzed", "Fuzzed.class");

    @FuzzTest
    void detector(byte[] input) throws IOException {
        Files.createDirectories(CLASS_FILE.getParent());
        Files.write(CLASS_FILE, FuzzedClass.from(new String(input, StandardCharsets.UTF_8)));
        for (BugInstance bug : Samples.analyseWithTheDetectorAlone(CLASS_FILE).getCollection()) {
            if (bug.getType().startsWith("SQLGUARD_")) {
                assertThat(bug.getPrimaryClass().getClassName()).isEqualTo(FuzzedClass.NAME.replace('/', '.'));
                assertThat(bug.getPrimaryMethod().getMethodName()).startsWith("run");
            }
        }
    }
}
