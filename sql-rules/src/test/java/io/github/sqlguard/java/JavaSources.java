package io.github.sqlguard.java;

import io.github.sqlguard.core.Settings;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.core.Source;
import io.github.sqlguard.core.SourceOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads Java files written to a folder through {@link JavaSource}, the way a scan would, and keeps what it gives. */
final class JavaSources {

    final List<SqlPiece> pieces = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    private JavaSources() {
    }

    /** Writes {@code nameAndText} pairs under {@code dir}, prepares the source with all of them, reads the last. */
    static JavaSources read(Path dir, String... nameAndText) {
        try {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < nameAndText.length; i += 2) {
                Path file = dir.resolve(nameAndText[i]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, nameAndText[i + 1]);
                files.add(file);
            }
            Source source = new JavaSource().prepare(files);
            Path last = files.get(files.size() - 1);
            JavaSources out = new JavaSources();
            source.read(new SourceFile(last, dir.relativize(last).toString(), SourceContext.APPLICATION),
                    Files.readString(last), out.sink());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one class body's worth of code: {@code members} are put inside {@code class T { ... }}. */
    static JavaSources members(Path dir, String members) {
        return read(dir, "T.java", "import org.springframework.jdbc.core.JdbcTemplate;\nclass T {\n" + members
                + "\n}\n");
    }

    List<String> sql() {
        return pieces.stream().map(SqlPiece::text).toList();
    }

    SqlPiece only() {
        if (pieces.size() != 1) {
            throw new AssertionError("expected one piece, got " + sql() + " problems " + problems);
        }
        return pieces.get(0);
    }

    private SourceOutput sink() {
        return new SourceOutput() {
            @Override
            public void piece(SqlPiece piece) {
                pieces.add(piece);
            }

            @Override
            public void settings(Settings settings) {
                throw new AssertionError("Java gives pieces, not settings");
            }

            @Override
            public void problem(String message) {
                problems.add(message);
            }

            @Override
            public void reference(Path path) {
                throw new AssertionError("Java references no files");
            }
        };
    }
}
