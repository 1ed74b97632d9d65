package io.github.sqlguard.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.core.Tool;
import io.github.sqlguard.rules.RuleMeta;
import io.github.sqlguard.rules.RuleRegistry;
import io.github.sqlguard.rules.UnusedSuppression;
import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, a descriptor for every rule (so that alerts keep their help
 * text when a rule has no finding), results located relative to {@code %SRCROOT%} with a line-independent
 * fingerprint, and unreadable input as tool execution notifications.
 */
public final class SarifReport implements Report {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String SARIF_VERSION = "2.1.0";
    public static final String SRCROOT = "%SRCROOT%";
    public static final String FINGERPRINT_KEY = "sqlguardFingerprint/v1";

    private static final Set<String> NOT_DATA_LOSS = Set.of("unparsable-sql", UnusedSuppression.ID);

    private static final String ALLOWED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        JsonGenerator json = Json.start(out);
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", SARIF_VERSION);
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        Map<String, Integer> ruleIndex = tool(json);
        invocation(json, result);
        json.writeArrayFieldStart("results");
        for (Finding f : result.findings()) {
            result(json, f, ruleIndex.get(f.ruleId()));
        }
        json.writeEndArray();
        json.writeStringField("columnKind", "utf16CodeUnits");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        Json.finish(json, out);
    }

    /** The driver with a descriptor for every rule; returns each rule's index in it. */
    private static Map<String, Integer> tool(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", Tool.NAME);
        json.writeStringField("informationUri", Tool.INFORMATION_URI);
        json.writeStringField("version", Tool.version());
        json.writeStringField("semanticVersion", Tool.version());
        json.writeArrayFieldStart("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleMeta meta : RuleRegistry.metas()) {
            ruleIndex.put(meta.id(), ruleIndex.size());
            descriptor(json, meta);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        return ruleIndex;
    }

    private static void invocation(JsonGenerator json, ScanResult result) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", true);
        if (!result.problems().isEmpty()) {
            json.writeArrayFieldStart("toolExecutionNotifications");
            for (String problem : result.problems()) {
                json.writeStartObject();
                json.writeStringField("level", "warning");
                text(json, "message", problem);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void result(JsonGenerator json, Finding f, Integer ruleIndex) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.ruleId());
        if (ruleIndex != null) {
            json.writeNumberField("ruleIndex", ruleIndex);
        }
        json.writeStringField("level", level(f.severity()));
        text(json, "message", f.message());
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        if (isAbsolute(f.file())) {
            json.writeStringField("uri", Path.of(f.file()).toUri().toASCIIString());
        } else {
            json.writeStringField("uri", encodePath(f.file()));
            json.writeStringField("uriBaseId", SRCROOT);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", f.start().line());
        json.writeNumberField("startColumn", f.start().column());
        json.writeNumberField("endLine", f.end().line());
        json.writeNumberField("endColumn", f.end().column());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        if (f.fingerprint() != null && !f.fingerprint().isEmpty()) {
            json.writeObjectFieldStart("partialFingerprints");
            json.writeStringField(FINGERPRINT_KEY, f.fingerprint());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void descriptor(JsonGenerator json, RuleMeta meta) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", meta.id());
        json.writeStringField("name", pascalCase(meta.id()));
        text(json, "shortDescription", meta.title());
        text(json, "fullDescription", meta.rationale());
        json.writeObjectFieldStart("help");
        json.writeStringField("text", helpText(meta));
        json.writeStringField("markdown", helpMarkdown(meta));
        json.writeEndObject();
        json.writeStringField("helpUri", meta.helpUri());
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(meta.application()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("tags");
        json.writeString("security");
        json.writeString("sql");
        json.writeString(NOT_DATA_LOSS.contains(meta.id()) ? "maintainability" : "data-loss");
        json.writeEndArray();
        json.writeStringField("precision", "high");
        json.writeStringField("problem.severity", problemSeverity(meta.application()));
        json.writeEndObject();
        json.writeEndObject();
    }

    /** {@code "field": {"text": text}}, SARIF's message object. */
    private static void text(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    static String helpText(RuleMeta meta) {
        return meta.title() + "\n\n" + meta.rationale() + "\n\nHow to fix: " + meta.fix()
                + "\n\nFlagged:\n" + indent(meta.bad()) + "\n\nNot flagged:\n" + indent(meta.good())
                + "\n\nMore: " + meta.helpUri();
    }

    static String helpMarkdown(RuleMeta meta) {
        return "# " + meta.title() + "\n\n" + meta.rationale() + "\n\n## How to fix\n\n" + meta.fix()
                + "\n\n## Examples\n\nFlagged:\n\n```sql\n" + meta.bad() + "\n```\n\nNot flagged:\n\n```sql\n"
                + meta.good() + "\n```\n\n[More about `" + meta.id() + "`](" + meta.helpUri() + ")";
    }

    private static String indent(String code) {
        return String.join("\n", code.lines().map(l -> "    " + l).toList());
    }

    /** {@code delete-without-where} → {@code DeleteWithoutWhere}. */
    static String pascalCase(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    /** GitHub's scale for non-security severity: error, warning or recommendation. */
    static String problemSeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "recommendation";
        };
    }

    private static boolean isAbsolute(String file) {
        if (file.startsWith("/")) {
            return true;
        }
        try {
            return Path.of(file).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** A relative path as a URI reference: {@code :} and what RFC 3986 does not allow in a path as %XX. */
    static String encodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && ALLOWED.indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return sb.toString();
    }
}
