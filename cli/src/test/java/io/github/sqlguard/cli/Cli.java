package io.github.sqlguard.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the command in this JVM as if started in {@code workingDirectory}; paths in arguments must be absolute. */
record Cli(Path workingDirectory) {

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SqlGuardCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Run(int exit, String out, String err) {

        /** {@code file:line [rule]} of each finding in a text report. */
        List<String> findings() {
            return out.lines().filter(l -> l.matches("\\S.*:\\d+:\\d+: \\w+ \\[.*"))
                    .map(l -> l.replaceFirst(":(\\d+):\\d+: \\w+ (\\[[^]]+]).*", ":$1 $2"))
                    .toList();
        }
    }
}
