package io.github.sqlguard.report;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checkstyle XML, which Jenkins Warnings NG, reviewdog, Danger and Sonar import: a {@code <file>} for every file
 * scanned, sorted by path, holding an {@code <error>} per finding with its line, column, severity ({@code error},
 * {@code warning}, {@code info} for a note), message and {@code source="sqlguard.<rule-id>"}. The root's
 * {@code version} is the format version such consumers expect, not sqlguard's. Problems have no place in this format.
 */
public final class CheckstyleReport implements Report {

    static final String FORMAT_VERSION = "4.3";
    static final String SOURCE_PREFIX = "sqlguard.";

    @Override
    public String format() {
        return "checkstyle";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<checkstyle version=\"" + FORMAT_VERSION + "\">\n");
        for (Map.Entry<String, List<Finding>> file : byFile(result).entrySet()) {
            if (file.getValue().isEmpty()) {
                out.write("  <file name=\"" + Markup.attribute(file.getKey()) + "\"/>\n");
                continue;
            }
            out.write("  <file name=\"" + Markup.attribute(file.getKey()) + "\">\n");
            for (Finding f : file.getValue()) {
                out.write("    <error line=\"" + f.start().line()
                        + "\" column=\"" + f.start().column()
                        + "\" severity=\"" + severity(f.severity())
                        + "\" message=\"" + Markup.attribute(f.message())
                        + "\" source=\"" + Markup.attribute(SOURCE_PREFIX + f.ruleId()) + "\"/>\n");
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
    }

    /** Every reported file with its findings in report order; sorted by path. */
    static Map<String, List<Finding>> byFile(ScanResult result) {
        Map<String, List<Finding>> files = new TreeMap<>();
        for (String file : result.reportedFiles()) {
            files.put(file, new ArrayList<>());
        }
        for (Finding f : result.findings()) {
            files.get(f.file()).add(f);
        }
        return files;
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "info";
        };
    }
}
