package io.github.sqlguard.report;

import io.github.sqlguard.core.Tool;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Severity;
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
        ObjectNode root = Json.object();
        root.put("$schema", SCHEMA);
        root.put("version", SARIF_VERSION);
        ObjectNode run = root.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", Tool.NAME);
        driver.put("informationUri", Tool.INFORMATION_URI);
        driver.put("version", Tool.version());
        driver.put("semanticVersion", Tool.version());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleMeta meta : RuleRegistry.metas()) {
            ruleIndex.put(meta.id(), rules.size());
            rules.add(descriptor(meta));
        }

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        if (!result.problems().isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (String problem : result.problems()) {
                ObjectNode n = notifications.addObject();
                n.put("level", "warning");
                n.putObject("message").put("text", problem);
            }
        }

        ArrayNode results = run.putArray("results");
        for (Finding f : result.findings()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.ruleId());
            Integer index = ruleIndex.get(f.ruleId());
            if (index != null) {
                r.put("ruleIndex", index);
            }
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.message());
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            if (isAbsolute(f.file())) {
                artifact.put("uri", Path.of(f.file()).toUri().toASCIIString());
            } else {
                artifact.put("uri", encodePath(f.file()));
                artifact.put("uriBaseId", SRCROOT);
            }
            ObjectNode region = physical.putObject("region");
            region.put("startLine", f.start().line());
            region.put("startColumn", f.start().column());
            region.put("endLine", f.end().line());
            region.put("endColumn", f.end().column());
            if (f.fingerprint() != null && !f.fingerprint().isEmpty()) {
                r.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
            }
        }
        run.put("columnKind", "utf16CodeUnits");
        Json.write(root, out);
    }

    private static ObjectNode descriptor(RuleMeta meta) {
        ObjectNode d = Json.object();
        d.put("id", meta.id());
        d.put("name", pascalCase(meta.id()));
        d.putObject("shortDescription").put("text", meta.title());
        d.putObject("fullDescription").put("text", meta.rationale());
        ObjectNode help = d.putObject("help");
        help.put("text", helpText(meta));
        help.put("markdown", helpMarkdown(meta));
        d.put("helpUri", meta.helpUri());
        d.putObject("defaultConfiguration").put("level", level(meta.application()));
        ObjectNode properties = d.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        tags.add("security");
        tags.add("sql");
        tags.add(NOT_DATA_LOSS.contains(meta.id()) ? "maintainability" : "data-loss");
        properties.put("precision", "high");
        properties.put("problem.severity", problemSeverity(meta.application()));
        return d;
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
