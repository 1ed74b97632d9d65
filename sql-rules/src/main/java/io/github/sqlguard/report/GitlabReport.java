package io.github.sqlguard.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Hashes;
import io.github.sqlguard.core.JsonText;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;

/**
 * GitLab Code Quality (the subset of the Code Climate format that {@code artifacts:reports:codequality} reads): an
 * array with one issue per finding, whose {@code fingerprint} is the finding's, the value SARIF gives as
 * {@code partialFingerprints}, so that GitLab matches an issue across pipelines as code scanning matches an alert.
 * Severities: error is {@code critical}, warning {@code major}, note {@code info}; {@code blocker} is left to
 * {@code --fail-on}, which decides what stops a merge. Problems have no place in this format.
 */
public final class GitlabReport implements Report {

    @Override
    public String format() {
        return "gitlab";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        ArrayNode issues = JsonNodeFactory.instance.arrayNode();
        for (Finding f : result.findings()) {
            ObjectNode issue = issues.addObject();
            issue.put("description", f.message());
            issue.put("check_name", f.ruleId());
            issue.put("fingerprint", fingerprint(f));
            issue.put("severity", severity(f.severity()));
            ObjectNode location = issue.putObject("location");
            location.put("path", f.file());
            ObjectNode lines = location.putObject("lines");
            lines.put("begin", f.start().line());
            lines.put("end", f.end().line());
        }
        JsonText.write(issues, out);
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case NOTE -> "info";
        };
    }

    /**
     * The finding's fingerprint; a finding that has none (one not made by a scan) gets one from its rule, place and
     * message, so that GitLab still tells it apart.
     */
    static String fingerprint(Finding f) {
        if (f.fingerprint() != null && !f.fingerprint().isEmpty()) {
            return f.fingerprint();
        }
        return Hashes.sha256(f.ruleId() + '\0' + f.file() + '\0' + f.start().line() + '\0' + f.start().column()
                + '\0' + f.message()).substring(0, 32);
    }
}
