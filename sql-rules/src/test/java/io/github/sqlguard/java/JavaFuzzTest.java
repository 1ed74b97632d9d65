package io.github.sqlguard.java;

import io.github.sqlguard.core.Settings;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.core.Source;
import io.github.sqlguard.core.SourceOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Java sources on arbitrary text (fuzzed from the inputs in {@code JavaFuzzTestInputs/source}): reading never throws,
 * and leaving quiet bodies out of the parse gives what parsing everything gives, whenever the whole file parses.
 */
class JavaFuzzTest {

    private static final SourceFile FILE = new SourceFile(Path.of("Dao.java"), "Dao.java", SourceContext.APPLICATION);
    private static final Source FAST = new JavaSource().prepare(List.of());
    private static final Source FULL = JavaSource.parsingEveryBody().prepare(List.of());

    @FuzzTest
    void source(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Read fast = read(FAST, text);
        Read full = read(FULL, text);

        if (full.problems.isEmpty()) {
            assertThat(fast.problems).isEmpty();
            assertThat(fast.pieces).isEqualTo(full.pieces);
        }
        for (String problem : fast.problems) {
            assertThat(problem).doesNotContain("\n").doesNotContain("not analyzed (");
        }
    }

    private record Read(List<String> pieces, List<String> problems) {
    }

    private static Read read(Source source, String text) {
        Read read = new Read(new ArrayList<>(), new ArrayList<>());
        source.read(FILE, text, new SourceOutput() {
            @Override
            public void piece(SqlPiece piece) {
                read.pieces.add(piece.positions().at(0) + " " + piece.text() + " " + piece.facts() + " "
                        + piece.suppressedRules());
            }

            @Override
            public void settings(Settings settings) {
                throw new AssertionError("Java gives pieces, not settings");
            }

            @Override
            public void problem(String message) {
                read.problems.add(message);
            }

            @Override
            public void reference(Path path) {
                read.pieces.add(path.toString());
            }
        });
        return read;
    }
}
