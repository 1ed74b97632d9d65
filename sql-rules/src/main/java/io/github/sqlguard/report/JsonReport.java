package io.github.sqlguard.report;

import io.github.sqlguard.core.Tool;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sqlguard.baseline.BaselineEntry;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.scan.Filtering;
import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;

/**
 * For scripts: {@code version}, {@code findings} (rule, severity, message, file, 1-based start and exclusive end,
 * snippet, fingerprint), {@code problems}, with a baseline a {@code baseline} object ({@code hidden} count and the
 * {@code fixed} entries), in changed-lines mode a {@code changedSince} object ({@code ref}, {@code outside} count), and
 * a {@code summary} of the counts.
 */
public final class JsonReport implements Report {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        ObjectNode root = Json.object();
        root.put("version", Tool.version());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode n = findings.addObject();
            n.put("ruleId", f.ruleId());
            n.put("severity", f.severity().id());
            n.put("message", f.message());
            n.put("file", f.file());
            n.put("startLine", f.start().line());
            n.put("startColumn", f.start().column());
            n.put("endLine", f.end().line());
            n.put("endColumn", f.end().column());
            n.put("snippet", f.snippet());
            n.put("fingerprint", f.fingerprint());
        }
        ArrayNode problems = root.putArray("problems");
        result.problems().forEach(problems::add);
        Filtering filtering = result.filtering();
        if (filtering.baseline()) {
            ObjectNode baseline = root.putObject("baseline");
            baseline.put("hidden", filtering.hiddenByBaseline());
            ArrayNode fixed = baseline.putArray("fixed");
            for (BaselineEntry e : filtering.fixed()) {
                ObjectNode n = fixed.addObject();
                n.put("ruleId", e.ruleId());
                n.put("file", e.file());
                n.put("fingerprint", e.fingerprint());
                if (e.message() != null) {
                    n.put("message", e.message());
                }
                if (e.snippet() != null) {
                    n.put("snippet", e.snippet());
                }
            }
        }
        if (filtering.changedSince() != null) {
            ObjectNode changed = root.putObject("changedSince");
            changed.put("ref", filtering.changedSince());
            changed.put("outside", filtering.outsideChanges());
        }
        root.set("summary", Json.summary(result));
        Json.write(root, out);
    }
}
