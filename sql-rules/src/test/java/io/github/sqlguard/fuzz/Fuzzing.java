package io.github.sqlguard.fuzz;

import io.github.sqlguard.engine.Engine;
import io.github.sqlguard.core.Settings;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.rules.RuleRegistry;
import io.github.sqlguard.core.SourceOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the fuzz tests share: how bytes become text, one scanner, and the checks every outcome must pass. */
final class Fuzzing {

    /** Where fuzzed files pretend to live: a folder that does not exist, so includes resolve to nothing. */
    static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "sqlguard-fuzz-none", "src", "main",
            "resources");

    private static final Engine ENGINE = new Engine(Map.of());

    private Fuzzing() {
    }

    /** Fuzzer bytes as the scanner reads a file: UTF-8, malformed sequences replaced. */
    static String text(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    static SourceFile file(String relative, SourceContext context) {
        return new SourceFile(ROOT.resolve(relative), relative, context);
    }

    /** Runs the statement stage and every rule over the pieces; each finding must be well formed. */
    static List<Finding> check(List<SqlPiece> pieces) {
        List<Finding> findings = ENGINE.checkPieces(pieces);
        for (Finding f : findings) {
            assertThat(RuleRegistry.exists(f.ruleId())).as(f.ruleId()).isTrue();
            assertValid(f.start());
            assertValid(f.end());
            assertThat(f.message()).isNotBlank();
            assertThat(f.snippet().length()).isLessThanOrEqualTo(200);
        }
        return findings;
    }

    private static void assertValid(Position p) {
        assertThat(p.line()).isPositive();
        assertThat(p.column()).isPositive();
    }

    /** A problem is one line of text, and never the catch-all that stands for an unexpected exception. */
    static void assertProblems(List<String> problems, String... catchAlls) {
        for (String problem : problems) {
            assertThat(problem).isNotBlank().doesNotContain("\n").doesNotContain("\r");
            for (String catchAll : catchAlls) {
                assertThat(problem).as("an exception escaped the reader").doesNotContain(catchAll);
            }
        }
    }

    /** A sink that keeps what a source reports. */
    static final class Collected implements SourceOutput {
        final List<SqlPiece> pieces = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final List<String> findings = new ArrayList<>();
        final List<Path> references = new ArrayList<>();

        @Override
        public void piece(SqlPiece piece) {
            pieces.add(piece);
        }

        @Override
        public void settings(Settings settings) {
            for (Finding f : ENGINE.check(settings)) {
                assertThat(RuleRegistry.exists(f.ruleId())).isTrue();
                assertValid(f.start());
                assertValid(f.end());
                findings.add(f.ruleId());
            }
        }

        @Override
        public void problem(String message) {
            problems.add(message);
        }

        @Override
        public void reference(Path path) {
            references.add(path);
        }
    }
}
