package io.github.sqlguard.report;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI systems that show only test reports: one test suite {@code sqlguard}, one test case per file
 * scanned (named by its path), failed by one {@code <failure>} per finding at or above the run's failing severity.
 * Every finding of a file, also those below it, is in the test case's {@code <system-out>}, as the text report shows
 * it; problems are in the suite's {@code <system-err>}. Times are 0, so the same result gives the same bytes.
 */
public final class JunitReport implements Report {

    static final String SUITE = "sqlguard";

    private final Severity failOn;

    /** @param failOn the lowest severity that fails a test case; null for none */
    public JunitReport(Severity failOn) {
        this.failOn = failOn;
    }

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        Map<String, List<Finding>> files = CheckstyleReport.byFile(result);
        long failed = files.values().stream().filter(findings -> findings.stream().anyMatch(this::fails)).count();
        String counts = " tests=\"" + files.size() + "\" failures=\"" + failed + "\" errors=\"0\"";
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"" + SUITE + "\"" + counts + " time=\"0\">\n");
        out.write("  <testsuite name=\"" + SUITE + "\"" + counts + " skipped=\"0\" time=\"0\">\n");
        for (Map.Entry<String, List<Finding>> file : files.entrySet()) {
            writeCase(file.getKey(), file.getValue(), out);
        }
        if (!result.problems().isEmpty()) {
            out.write("    <system-err>" + Markup.text(lines(result.problems())) + "</system-err>\n");
        }
        out.write("  </testsuite>\n");
        out.write("</testsuites>\n");
    }

    private void writeCase(String file, List<Finding> findings, Writer out) throws IOException {
        String open = "    <testcase name=\"" + Markup.attribute(file) + "\" classname=\"" + SUITE + "\" time=\"0\"";
        if (findings.isEmpty()) {
            out.write(open + "/>\n");
            return;
        }
        out.write(open + ">\n");
        StringBuilder all = new StringBuilder();
        for (Finding f : findings) {
            all.append(TextReport.finding(f));
            if (fails(f)) {
                out.write("      <failure type=\"" + Markup.attribute(f.ruleId())
                        + "\" message=\"" + Markup.attribute(message(f)) + "\">"
                        + Markup.text(TextReport.finding(f)) + "</failure>\n");
            }
        }
        out.write("      <system-out>" + Markup.text(all.toString()) + "</system-out>\n");
        out.write("    </testcase>\n");
    }

    private boolean fails(Finding f) {
        return failOn != null && f.severity().atLeast(failOn);
    }

    /** E.g. {@code line 7: error [drop-table] DROP TABLE deletes table ...}. */
    private static String message(Finding f) {
        return "line " + f.start().line() + ": " + f.severity().id() + " [" + f.ruleId() + "] " + f.message();
    }

    private static String lines(List<String> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }
}
