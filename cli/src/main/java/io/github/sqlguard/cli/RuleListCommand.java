package io.github.sqlguard.cli;

import io.github.sqlguard.report.RuleList;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** {@code --list-rules}: every rule with its default severities, as text or ({@code --format json}) JSON. */
final class RuleListCommand {

    private final Options options;
    private final CommandLine commandLine;

    RuleListCommand(Options options, CommandLine commandLine) {
        this.options = options;
        this.commandLine = commandLine;
    }

    int run(PrintWriter out, PrintWriter err) {
        if (!options.paths().isEmpty()) {
            throw new ParameterException(commandLine, "--list-rules scans nothing: it takes no PATH");
        }
        boolean json = options.format().strip().equalsIgnoreCase("json");
        if (!json && !options.textFormat()) {
            throw new ParameterException(commandLine, "--list-rules prints text or json, not " + options.format());
        }
        try {
            ReportFile.write(options.output(), out, w -> {
                if (json) {
                    RuleList.writeJson(w);
                } else {
                    RuleList.writeText(w);
                }
            });
        } catch (IOException e) {
            err.println("sqlguard: cannot write " + options.output() + " (" + SqlGuardCommand.describe(e) + ")");
            return SqlGuardCommand.EXIT_ERROR;
        }
        return SqlGuardCommand.EXIT_OK;
    }
}
