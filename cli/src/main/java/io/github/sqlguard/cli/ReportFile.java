package io.github.sqlguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a report goes: standard output, or the {@code --output} file, whose folder is created. */
final class ReportFile {

    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private ReportFile() {
    }

    /** Writes {@code content} to {@code file} (UTF-8), or to {@code out} when {@code file} is null. */
    static void write(Path file, PrintWriter out, Content content) throws IOException {
        if (file == null) {
            content.writeTo(out);
            out.flush();
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.writeTo(w);
        }
    }
}
