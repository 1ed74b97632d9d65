package io.github.sqlguard.report;

import io.github.sqlguard.baseline.BaselineEntry;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.rules.RuleRegistry;
import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;

/**
 * For people: each finding as {@code file:line:col: severity [rule-id] message}, the statement below it and a link to
 * the rule's page; then the problems, what the baseline and changed-lines mode left out (with the findings fixed
 * since the baseline) and a summary line.
 */
public final class TextReport implements Report {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        for (Finding f : result.findings()) {
            out.write(f.file() + ":" + f.start().line() + ":" + f.start().column() + ": " + f.severity().id() + " ["
                    + f.ruleId() + "] " + oneLine(f.message()) + "\n");
            String snippet = oneLine(f.snippet() == null ? "" : f.snippet()).strip();
            if (!snippet.isEmpty()) {
                out.write("    " + snippet + "\n");
            }
            if (RuleRegistry.exists(f.ruleId())) {
                out.write("  see " + RuleRegistry.meta(f.ruleId()).helpUri() + "\n");
            }
        }
        for (String problem : result.problems()) {
            out.write("sqlguard: problem: " + oneLine(problem) + "\n");
        }
        for (String line : Summary.filtering(result.filtering())) {
            out.write("sqlguard: " + line + "\n");
        }
        for (BaselineEntry e : result.filtering().fixed()) {
            out.write("sqlguard: fixed since baseline: " + e.file() + " [" + e.ruleId() + "]"
                    + (e.snippet() == null || e.snippet().isBlank() ? "" : " " + oneLine(e.snippet()).strip())
                    + "\n");
        }
        out.write("sqlguard: " + Summary.line(result) + "\n");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\R", " ");
    }
}
