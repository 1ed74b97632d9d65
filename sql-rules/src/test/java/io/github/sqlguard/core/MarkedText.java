package io.github.sqlguard.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The text a finding's region marks, read from its file: what a reviewer sees highlighted. */
public final class MarkedText {

    private MarkedText() {
    }

    /** The text of {@code f}'s file, its path taken from {@code base}, from the region's start to its end. */
    public static String of(Path base, Finding f) throws IOException {
        List<String> lines = Files.readAllLines(base.resolve(f.file()));
        StringBuilder text = new StringBuilder();
        for (int line = f.start().line(); line <= f.end().line(); line++) {
            String l = lines.get(line - 1);
            int from = line == f.start().line() ? f.start().column() - 1 : 0;
            int to = line == f.end().line() ? f.end().column() - 1 : l.length();
            text.append(line == f.start().line() ? "" : "\n").append(l, from, to);
        }
        return text.toString();
    }
}
