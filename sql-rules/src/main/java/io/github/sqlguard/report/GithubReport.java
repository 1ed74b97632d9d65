package io.github.sqlguard.report;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice} line per finding, which
 * the Actions runner turns into annotations on the changed files. Problems become warnings without a file.
 */
public final class GithubReport implements Report {

    @Override
    public String format() {
        return "github";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        for (Finding f : result.findings()) {
            out.write("::" + command(f.severity())
                    + " file=" + property(f.file())
                    + ",line=" + f.start().line()
                    + ",col=" + f.start().column()
                    + ",endLine=" + f.end().line()
                    + ",endColumn=" + f.end().column()
                    + ",title=" + property(f.ruleId())
                    + "::" + data(f.message()) + "\n");
        }
        for (String problem : result.problems()) {
            out.write("::warning title=" + property("sqlguard problem") + "::" + data(problem) + "\n");
        }
    }

    static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** Escapes the message part of a command. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value ({@code file=...}), where {@code :} and {@code ,} are separators. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
