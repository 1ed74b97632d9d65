package io.github.sqlguard.report;

import io.github.sqlguard.baseline.BaselineEntry;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.rules.RuleRegistry;
import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub-flavoured Markdown for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}: a heading with the counts, a
 * table of findings ({@code | Severity | Rule | Location | Message |}) whose rule ids link to the rule pages, what the
 * baseline and changed-lines mode left out, the findings fixed since the baseline and the problems. Cell text has
 * {@code |} escaped and line breaks folded, so that no message can break the table.
 */
public final class MarkdownReport implements Report {

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        out.write("### sqlguard: " + Summary.line(result) + "\n\n");
        for (String line : Summary.filtering(result.filtering())) {
            out.write(cell(capitalize(line)) + ".\n\n");
        }
        if (result.findings().isEmpty()) {
            out.write("No findings.\n");
        } else {
            out.write("| Severity | Rule | Location | Message |\n");
            out.write("|---|---|---|---|\n");
            for (Finding f : result.findings()) {
                out.write("| " + f.severity().id()
                        + " | " + rule(f.ruleId())
                        + " | " + code(f.file() + ":" + f.start().line())
                        + " | " + cell(f.message()) + " |\n");
            }
        }
        if (!result.filtering().fixed().isEmpty()) {
            out.write("\n#### Fixed since baseline\n\n");
            out.write("| Rule | File | Statement |\n");
            out.write("|---|---|---|\n");
            for (BaselineEntry e : result.filtering().fixed()) {
                out.write("| " + rule(e.ruleId())
                        + " | " + code(e.file())
                        + " | " + (e.snippet() == null || e.snippet().isBlank() ? "" : code(e.snippet())) + " |\n");
            }
        }
        if (!result.problems().isEmpty()) {
            out.write("\n#### Problems\n\n");
            for (String problem : result.problems()) {
                out.write("- " + cell(problem) + "\n");
            }
        }
    }

    /** The rule id as code, linked to its page when sqlguard knows the rule. */
    static String rule(String id) {
        String code = code(id);
        return RuleRegistry.exists(id) ? "[" + code + "](" + RuleRegistry.meta(id).helpUri() + ")" : code;
    }

    /**
     * Text as a table cell: {@code |} escaped (GitHub splits cells before it reads code spans, so this holds inside
     * them too), line breaks as spaces, surrounding white space dropped.
     */
    static String cell(String text) {
        return text == null ? "" : LineBreaks.fold(text).replace("|", "\\|").strip();
    }

    /** Text as an inline code span in a cell, fenced with more backticks than it holds in a row. */
    static String code(String text) {
        String t = cell(text);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = t.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
        return fence + pad + t + pad + fence;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
