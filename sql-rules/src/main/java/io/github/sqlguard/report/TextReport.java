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
            out.write(finding(f));
        }
        out.write(trailer(result));
    }

    /**
     * One finding as this report shows it: {@code file:line:col: severity [rule-id] message}, the statement below it
     * and the link to the rule's page, each line ending in {@code \n}.
     */
    public static String finding(Finding f) {
        StringBuilder out = new StringBuilder();
        out.append(f.file()).append(':').append(f.start().line()).append(':').append(f.start().column()).append(": ")
                .append(f.severity().id()).append(" [").append(f.ruleId()).append("] ").append(oneLine(f.message()))
                .append('\n');
        String snippet = oneLine(f.snippet() == null ? "" : f.snippet()).strip();
        if (!snippet.isEmpty()) {
            out.append("    ").append(snippet).append('\n');
        }
        if (RuleRegistry.exists(f.ruleId())) {
            out.append("  see ").append(RuleRegistry.meta(f.ruleId()).helpUri()).append('\n');
        }
        return out.toString();
    }

    /**
     * What this report shows after the findings, each line starting with {@code sqlguard: } and ending in
     * {@code \n}: the problems, what the baseline and changed-lines mode left out, the findings fixed since the
     * baseline and the summary line.
     */
    public static String trailer(ScanResult result) {
        StringBuilder out = new StringBuilder();
        for (String problem : result.problems()) {
            out.append("sqlguard: problem: ").append(oneLine(problem)).append('\n');
        }
        for (String line : Summary.filtering(result.filtering())) {
            out.append("sqlguard: ").append(line).append('\n');
        }
        for (BaselineEntry e : result.filtering().fixed()) {
            out.append("sqlguard: fixed since baseline: ").append(e.file()).append(" [").append(e.ruleId()).append(']')
                    .append(e.snippet() == null || e.snippet().isBlank() ? "" : " " + oneLine(e.snippet()).strip())
                    .append('\n');
        }
        out.append("sqlguard: ").append(Summary.line(result)).append('\n');
        return out.toString();
    }

    private static String oneLine(String s) {
        return LineBreaks.fold(s);
    }
}
