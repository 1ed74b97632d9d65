package io.github.sqlguard.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.sqlguard.baseline.BaselineEntry;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Tool;
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
        JsonGenerator json = Json.start(out);
        json.writeStartObject();
        json.writeStringField("version", Tool.version());
        json.writeArrayFieldStart("findings");
        for (Finding f : result.findings()) {
            finding(json, f);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("problems");
        for (String problem : result.problems()) {
            json.writeString(problem);
        }
        json.writeEndArray();
        Filtering filtering = result.filtering();
        if (filtering.baseline()) {
            json.writeObjectFieldStart("baseline");
            json.writeNumberField("hidden", filtering.hiddenByBaseline());
            json.writeArrayFieldStart("fixed");
            for (BaselineEntry e : filtering.fixed()) {
                fixed(json, e);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        if (filtering.changedSince() != null) {
            json.writeObjectFieldStart("changedSince");
            json.writeStringField("ref", filtering.changedSince());
            json.writeNumberField("outside", filtering.outsideChanges());
            json.writeEndObject();
        }
        Json.summary(json, result);
        json.writeEndObject();
        Json.finish(json, out);
    }

    private static void finding(JsonGenerator json, Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.ruleId());
        json.writeStringField("severity", f.severity().id());
        json.writeStringField("message", f.message());
        json.writeStringField("file", f.file());
        json.writeNumberField("startLine", f.start().line());
        json.writeNumberField("startColumn", f.start().column());
        json.writeNumberField("endLine", f.end().line());
        json.writeNumberField("endColumn", f.end().column());
        json.writeStringField("snippet", f.snippet());
        json.writeStringField("fingerprint", f.fingerprint());
        json.writeEndObject();
    }

    private static void fixed(JsonGenerator json, BaselineEntry e) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", e.ruleId());
        json.writeStringField("file", e.file());
        json.writeStringField("fingerprint", e.fingerprint());
        if (e.message() != null) {
            json.writeStringField("message", e.message());
        }
        if (e.snippet() != null) {
            json.writeStringField("snippet", e.snippet());
        }
        json.writeEndObject();
    }
}
