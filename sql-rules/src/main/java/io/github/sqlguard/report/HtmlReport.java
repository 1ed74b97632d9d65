package io.github.sqlguard.report;

import io.github.sqlguard.baseline.BaselineEntry;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.core.Tool;
import io.github.sqlguard.rules.RuleRegistry;
import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page for a reviewer: a summary (counts, findings per rule, what the baseline and
 * changed-lines mode left out), a severity filter, the findings grouped by file, each with its statement and the
 * flagged part marked, linked to the rule's page, then the findings fixed since the baseline and the problems. Styles
 * are inline and there is no script, font or image: opening it makes no network request. Links go to the rule pages
 * of the project's site.
 */
public final class HtmlReport implements Report {

    static final String TITLE = "sqlguard report";

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + TITLE + ": " + Markup.text(Summary.line(result)) + "</title>\n"
                + "<style>\n" + HtmlStyle.CSS + "</style>\n</head>\n<body>\n<div class=\"sqlguard\">\n"
                + "<h1>" + TITLE + "</h1>\n");
        new HtmlContent(result, out).write();
        out.write("</div>\n</body>\n</html>\n");
    }

    /**
     * The report without its page around it, for another page to hold (the Maven site): the style sheet, then the
     * same content as the page in a {@code <div class="sqlguard">}.
     */
    public static String embeddable(ScanResult result) {
        StringWriter out = new StringWriter();
        try {
            out.write("<style>\n" + HtmlStyle.CSS + "</style>\n<div class=\"sqlguard\">\n");
            new HtmlContent(result, out).write();
            out.write("</div>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the parts of the report in order. */
    private static final class HtmlContent {

        private final ScanResult result;
        private final Writer out;

        HtmlContent(ScanResult result, Writer out) {
            this.result = result;
            this.out = out;
        }

        void write() throws IOException {
            Map<String, List<Finding>> files = CheckstyleReport.byFile(result);
            files.values().removeIf(List::isEmpty);
            summary(files.size());
            if (files.isEmpty()) {
                out.write("<p class=\"sg-none\">No findings.</p>\n");
            } else {
                filter();
                out.write("<div class=\"sg-files\">\n");
                for (Map.Entry<String, List<Finding>> file : files.entrySet()) {
                    file(file.getKey(), file.getValue());
                }
                out.write("</div>\n");
            }
            fixed();
            problems();
            out.write("<p class=\"sg-footer\">" + Tool.NAME + " " + Markup.text(Tool.version())
                    + " &middot; <a href=\"" + Markup.attribute(Tool.INFORMATION_URI) + "\">"
                    + Markup.text(Tool.INFORMATION_URI) + "</a></p>\n");
        }

        private void summary(int filesWithFindings) throws IOException {
            out.write("<section class=\"sg-summary\">\n<p class=\"sg-totals\">" + Markup.text(Summary.line(result))
                    + "</p>\n<ul class=\"sg-counts\">\n");
            for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.NOTE)) {
                long n = result.count(s);
                out.write("<li class=\"sg-count sg-" + s.id() + "\"><span class=\"sg-n\">" + n + "</span>"
                        + s.id() + (n == 1 ? "" : "s") + "</li>\n");
            }
            out.write("<li class=\"sg-count sg-files\"><span class=\"sg-n\">" + filesWithFindings + "</span>"
                    + (filesWithFindings == 1 ? "file" : "files") + " with findings, of " + result.files()
                    + "</li>\n</ul>\n");
            for (String line : Summary.filtering(result.filtering())) {
                out.write("<p class=\"sg-filtering\">" + Markup.text(capitalize(line)) + ".</p>\n");
            }
            rules();
            out.write("</section>\n");
        }

        private void rules() throws IOException {
            List<Map.Entry<String, Long>> counts = RuleCounts.of(result.findings());
            if (counts.isEmpty()) {
                return;
            }
            out.write("<ul class=\"sg-by-rule\" aria-label=\"Findings by rule\">\n");
            for (Map.Entry<String, Long> rule : counts) {
                out.write("<li>" + ruleLink(rule.getKey()) + "<span class=\"sg-n\">" + rule.getValue()
                        + "</span></li>\n");
            }
            out.write("</ul>\n");
        }

        private void filter() throws IOException {
            out.write("<input type=\"radio\" class=\"sg-show\" name=\"sg-show\" id=\"sg-show-all\" checked>\n"
                    + "<input type=\"radio\" class=\"sg-show\" name=\"sg-show\" id=\"sg-show-warning\">\n"
                    + "<input type=\"radio\" class=\"sg-show\" name=\"sg-show\" id=\"sg-show-error\">\n"
                    + "<div class=\"sg-filter\">Show"
                    + "<label for=\"sg-show-all\">all findings</label>"
                    + "<label for=\"sg-show-warning\">warnings and errors</label>"
                    + "<label for=\"sg-show-error\">errors only</label></div>\n");
        }

        private void file(String path, List<Finding> findings) throws IOException {
            Severity highest = findings.stream().map(Finding::severity).max(Severity::compareTo).orElseThrow();
            out.write("<details class=\"sg-file sg-max-" + highest.id() + "\" open>\n<summary><code>"
                    + Markup.text(path) + "</code>");
            for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.NOTE)) {
                long n = findings.stream().filter(f -> f.severity() == s).count();
                if (n > 0) {
                    out.write("<span class=\"sg-badge sg-" + s.id() + "\">" + Summary.count(n, s.id()) + "</span>");
                }
            }
            out.write("</summary>\n<ol class=\"sg-findings\">\n");
            for (Finding f : findings) {
                finding(f);
            }
            out.write("</ol>\n</details>\n");
        }

        private void finding(Finding f) throws IOException {
            FlaggedPart part = FlaggedPart.of(f);
            out.write("<li class=\"sg-finding sg-" + f.severity().id() + "\">\n<div class=\"sg-head\">"
                    + "<span class=\"sg-sev\">" + f.severity().id() + "</span>" + ruleLink(f.ruleId())
                    + "<span class=\"sg-at\">" + place(f) + "</span></div>\n"
                    + "<p class=\"sg-message\">" + withCode(f.message()) + "</p>\n");
            if (!f.snippet().isBlank()) {
                out.write("<pre class=\"sg-statement\"><code>" + Markup.text(part.before()) + "<mark>"
                        + Markup.text(part.flagged()) + "</mark>" + Markup.text(part.after()) + "</code></pre>\n");
            }
            out.write("</li>\n");
        }

        private void fixed() throws IOException {
            List<BaselineEntry> fixed = result.filtering().fixed();
            if (fixed.isEmpty()) {
                return;
            }
            out.write("<section class=\"sg-fixed\">\n<h2>Fixed since baseline</h2>\n<ul class=\"sg-list\">\n");
            for (BaselineEntry e : fixed) {
                out.write("<li>" + ruleLink(e.ruleId()) + " in <code>" + Markup.text(e.file()) + "</code>"
                        + (e.snippet() == null || e.snippet().isBlank() ? ""
                                : ": <code>" + Markup.text(e.snippet()) + "</code>") + "</li>\n");
            }
            out.write("</ul>\n</section>\n");
        }

        private void problems() throws IOException {
            if (result.problems().isEmpty()) {
                return;
            }
            out.write("<section class=\"sg-problems\">\n<h2>Problems</h2>\n<ul class=\"sg-list\">\n");
            for (String problem : result.problems()) {
                out.write("<li>" + Markup.text(problem) + "</li>\n");
            }
            out.write("</ul>\n</section>\n");
        }
    }

    /** The rule id linked to its page when sqlguard knows the rule, with its title as the link's tooltip. */
    static String ruleLink(String id) {
        if (!RuleRegistry.exists(id)) {
            return "<span class=\"sg-rule\">" + Markup.text(id) + "</span>";
        }
        return "<a class=\"sg-rule\" href=\"" + Markup.attribute(RuleRegistry.meta(id).helpUri()) + "\" title=\""
                + Markup.attribute(RuleRegistry.meta(id).title()) + "\">" + Markup.text(id) + "</a>";
    }

    /** {@code line 7, column 5}, or {@code lines 7&ndash;8} for a statement over several lines. */
    static String place(Finding f) {
        if (f.end().line() > f.start().line()) {
            return "lines " + f.start().line() + "&ndash;" + f.end().line();
        }
        return "line " + f.start().line() + ", column " + f.start().column();
    }

    /** Escaped text with the names messages quote in backticks shown as code. */
    static String withCode(String text) {
        String[] parts = (text == null ? "" : text).split("`", -1);
        if (parts.length % 2 == 0) {
            return Markup.text(text);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            out.append(i % 2 == 1 ? "<code>" + Markup.text(parts[i]) + "</code>" : Markup.text(parts[i]));
        }
        return out.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
