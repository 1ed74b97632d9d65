package io.github.sqlguard.report;

import io.github.sqlguard.core.Tool;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.rules.RuleMeta;
import io.github.sqlguard.rules.RuleRegistry;
import io.github.sqlguard.scan.ScanResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The property names SARIF 2.1.0 defines for each object this report writes (section 3 of the standard); every
     * object written must use only these, plus the required ones below.
     */
    private static final Map<String, Set<String>> PROPERTIES = Map.ofEntries(
            Map.entry("sarifLog", Set.of("$schema", "version", "runs", "inlineExternalProperties", "properties")),
            Map.entry("run", Set.of("tool", "invocations", "conversion", "language", "versionControlProvenance",
                    "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results", "automationDetails",
                    "runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding", "defaultSourceLanguage",
                    "newlineSequences", "columnKind", "externalPropertyFileReferences", "threadFlowLocations",
                    "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses",
                    "specialLocations", "properties")),
            Map.entry("tool", Set.of("driver", "extensions", "properties")),
            Map.entry("toolComponent", Set.of("guid", "name", "organization", "product", "productSuite",
                    "shortDescription", "fullDescription", "fullName", "version", "semanticVersion",
                    "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri",
                    "globalMessageStrings", "notifications", "rules", "taxa", "locations", "language", "contents",
                    "isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion",
                    "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties")),
            Map.entry("reportingDescriptor", Set.of("id", "deprecatedIds", "guid", "deprecatedGuids", "name",
                    "deprecatedNames", "shortDescription", "fullDescription", "messageStrings",
                    "defaultConfiguration", "helpUri", "help", "relationships", "properties")),
            Map.entry("multiformatMessageString", Set.of("text", "markdown", "properties")),
            Map.entry("reportingConfiguration", Set.of("enabled", "level", "rank", "parameters", "properties")),
            Map.entry("invocation", Set.of("commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc",
                    "exitCode", "ruleConfigurationOverrides", "notificationConfigurationOverrides",
                    "toolExecutionNotifications", "toolConfigurationNotifications", "exitCodeDescription",
                    "exitSignalName", "exitSignalNumber", "processStartFailureMessage", "executionSuccessful",
                    "machine", "account", "processId", "executableLocation", "workingDirectory",
                    "environmentVariables", "stdin", "stdout", "stderr", "stdoutStderr", "properties")),
            Map.entry("notification", Set.of("locations", "message", "level", "threadId", "timeUtc", "exception",
                    "descriptor", "associatedRule", "properties")),
            Map.entry("result", Set.of("ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget",
                    "locations", "guid", "correlationGuid", "occurrenceCount", "partialFingerprints", "fingerprints",
                    "stacks", "codeFlows", "graphs", "graphTraversals", "relatedLocations", "suppressions",
                    "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris", "provenance", "fixes",
                    "taxa", "webRequest", "webResponse", "properties")),
            Map.entry("message", Set.of("text", "markdown", "id", "arguments", "properties")),
            Map.entry("location", Set.of("id", "physicalLocation", "logicalLocations", "message", "annotations",
                    "relationships", "properties")),
            Map.entry("physicalLocation", Set.of("address", "artifactLocation", "region", "contextRegion",
                    "properties")),
            Map.entry("artifactLocation", Set.of("uri", "uriBaseId", "index", "description", "properties")),
            Map.entry("region", Set.of("startLine", "startColumn", "endLine", "endColumn", "charOffset",
                    "charLength", "byteOffset", "byteLength", "snippet", "message", "sourceLanguage",
                    "properties")));

    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

    @Test
    void logHasTheStructureGithubCodeScanningRequires() throws Exception {
        JsonNode log = MAPPER.readTree(new SarifReport().render(Fixtures.THREE));
        List<String> errors = new ArrayList<>();
        checkLog(log, errors);
        assertThat(errors).isEmpty();
    }

    @Test
    void emptyResultIsAValidLogWithEveryRule() throws Exception {
        JsonNode log = MAPPER.readTree(new SarifReport().render(Fixtures.EMPTY));
        List<String> errors = new ArrayList<>();
        checkLog(log, errors);
        assertThat(errors).isEmpty();
        JsonNode run = log.get("runs").get(0);
        assertThat(run.get("results")).isEmpty();
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(RuleRegistry.metas().size());
        assertThat(run.get("invocations").get(0).has("toolExecutionNotifications")).isFalse();
    }

    @Test
    void theCheckCatchesWhatGithubWouldReject() throws Exception {
        String good = new SarifReport().render(Fixtures.THREE);
        for (String[] breakage : new String[][] {
            {"\"partialFingerprints\"", "\"partialFingerprint\""},
            {"\"ruleIndex\": 0", "\"ruleIndex\": 5"},
            {"\"level\": \"error\"", "\"level\": \"fatal\""},
            {"\"startLine\": 3", "\"startLine\": 0"},
            {"\"version\": \"2.1.0\"", "\"version\": \"2.0.0\""},
            {"\"uriBaseId\": \"%SRCROOT%\"", "\"uriBaseId\": \"SRC\""}}) {
            assertThat(good).contains(breakage[0]);
            List<String> errors = new ArrayList<>();
            checkLog(MAPPER.readTree(good.replaceFirst(java.util.regex.Pattern.quote(breakage[0]), breakage[1])),
                    errors);
            assertThat(errors).as("after replacing %s", breakage[0]).isNotEmpty();
        }
    }

    @Test
    void describesEveryRuleOfTheRegistry() throws Exception {
        JsonNode rules = MAPPER.readTree(new SarifReport().render(Fixtures.EMPTY))
                .get("runs").get(0).get("tool").get("driver").get("rules");
        List<RuleMeta> metas = RuleRegistry.metas();
        assertThat(rules).hasSize(metas.size());
        for (int i = 0; i < metas.size(); i++) {
            RuleMeta meta = metas.get(i);
            JsonNode rule = rules.get(i);
            assertThat(rule.get("id").asText()).isEqualTo(meta.id());
            assertThat(rule.get("name").asText()).matches("[A-Z][A-Za-z0-9]*");
            assertThat(rule.get("shortDescription").get("text").asText()).isEqualTo(meta.title());
            assertThat(rule.get("fullDescription").get("text").asText()).isEqualTo(meta.rationale());
            assertThat(rule.get("help").get("text").asText()).contains(meta.rationale(), meta.fix(), meta.helpUri());
            assertThat(rule.get("help").get("markdown").asText())
                    .contains(meta.rationale(), meta.fix(), "```sql\n" + meta.bad() + "\n```",
                            "```sql\n" + meta.good() + "\n```");
            assertThat(rule.get("helpUri").asText()).isEqualTo(meta.helpUri());
            assertThat(rule.get("defaultConfiguration").get("level").asText()).isEqualTo(meta.application().id());
            JsonNode properties = rule.get("properties");
            assertThat(properties.get("tags").valueStream().map(JsonNode::asText)).contains("security", "sql");
            assertThat(properties.get("precision").asText()).isIn("very-high", "high", "medium", "low");
            assertThat(properties.get("problem.severity").asText()).isIn("error", "warning", "recommendation");
        }
        JsonNode delete = rules.get(0);
        assertThat(delete.get("name").asText()).isEqualTo("DeleteWithoutWhere");
        assertThat(delete.get("properties").get("problem.severity").asText()).isEqualTo("error");
    }

    @Test
    void writesResultsWithLocationsAndFingerprints() throws Exception {
        JsonNode run = MAPPER.readTree(new SarifReport().render(Fixtures.THREE)).get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("sqlguard");
        assertThat(driver.get("version").asText()).isEqualTo(Tool.version());
        assertThat(driver.get("semanticVersion").asText()).isEqualTo(Tool.version());
        assertThat(driver.get("informationUri").asText()).startsWith("https://");

        JsonNode results = run.get("results");
        assertThat(results).hasSize(3);
        JsonNode delete = results.get(0);
        assertThat(delete.get("ruleId").asText()).isEqualTo("delete-without-where");
        assertThat(delete.get("level").asText()).isEqualTo("error");
        assertThat(delete.get("message").get("text").asText()).isEqualTo(Fixtures.DELETE.message());
        JsonNode location = delete.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("src/main/resources/queries.sql");
        assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode region = location.get("region");
        assertThat(List.of(region.get("startLine").asInt(), region.get("startColumn").asInt(),
                region.get("endLine").asInt(), region.get("endColumn").asInt())).containsExactly(3, 1, 3, 20);
        assertThat(delete.get("partialFingerprints").get("sqlguardFingerprint/v1").asText())
                .isEqualTo("0123456789abcdef0123456789abcdef");

        JsonNode drop = results.get(1);
        assertThat(drop.get("level").asText()).isEqualTo("warning");
        assertThat(drop.get("ruleIndex").asInt()).isEqualTo(indexOf("drop-table"));

        JsonNode odd = results.get(2);
        assertThat(odd.get("level").asText()).isEqualTo("note");
        assertThat(odd.get("message").get("text").asText()).isEqualTo("100% odd: a, b\r\nnext line");
        assertThat(odd.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo("odd%20dir/a,b%3Ac%25.sql");
        assertThat(odd.has("partialFingerprints")).isFalse();

        JsonNode invocation = run.get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
        assertThat(notification.get("message").get("text").asText()).isEqualTo(Fixtures.PROBLEM);
        assertThat(notification.get("level").asText()).isEqualTo("warning");
        assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
    }

    @Test
    void aFileOutsideTheRootGetsAnAbsoluteUriWithoutBase() throws Exception {
        String absolute = Path.of("/elsewhere/x y.sql").toAbsolutePath().toString().replace('\\', '/');
        Finding f = new Finding("drop-table", Severity.ERROR, "m", absolute, new Position(1, 1), new Position(1, 5),
                "DROP TABLE x", "drop table x", "ab");
        JsonNode artifact = MAPPER.readTree(new SarifReport().render(new ScanResult(List.of(f), List.of(), 1, 1)))
                .get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation");
        assertThat(artifact.get("uri").asText()).startsWith("file:///").endsWith("/elsewhere/x%20y.sql");
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void anUnknownRuleHasNoRuleIndex() throws Exception {
        Finding f = new Finding("not-a-rule", Severity.ERROR, "m", "a.sql", new Position(1, 1), new Position(1, 2),
                "x", "x", "");
        JsonNode result = MAPPER.readTree(new SarifReport().render(new ScanResult(List.of(f), List.of(), 1, 1)))
                .get("runs").get(0).get("results").get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("not-a-rule");
        assertThat(result.has("ruleIndex")).isFalse();
    }

    @Test
    void namesAndPaths() {
        assertThat(SarifReport.pascalCase("delete-without-where")).isEqualTo("DeleteWithoutWhere");
        assertThat(SarifReport.pascalCase("drop-and-recreate")).isEqualTo("DropAndRecreate");
        assertThat(SarifReport.encodePath("db/migration/V1__init.sql")).isEqualTo("db/migration/V1__init.sql");
        assertThat(SarifReport.encodePath("a b/ü#?.sql")).isEqualTo("a%20b/%C3%BC%23%3F.sql");
    }

    @Test
    void sameResultSameBytes() {
        assertThat(new SarifReport().render(Fixtures.THREE)).isEqualTo(new SarifReport().render(Fixtures.THREE));
    }

    /** Checks a log against SARIF 2.1.0's required properties and value sets, and GitHub's upload rules. */
    static void checkLog(JsonNode log, List<String> errors) {
        known(log, "sarifLog", "", errors);
        expect(log.path("$schema").asText().equals(SarifReport.SCHEMA), "$schema", errors);
        expect(log.path("version").asText().equals("2.1.0"), "version must be 2.1.0", errors);
        JsonNode runs = log.path("runs");
        expect(runs.isArray() && runs.size() == 1, "exactly one run", errors);
        JsonNode run = runs.path(0);
        known(run, "run", "runs[0]", errors);
        JsonNode tool = run.path("tool");
        known(tool, "tool", "tool", errors);
        JsonNode driver = tool.path("driver");
        known(driver, "toolComponent", "driver", errors);
        expect(!driver.path("name").asText().isEmpty(), "driver.name is required", errors);
        expect(driver.path("semanticVersion").asText().matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?"),
                "driver.semanticVersion is semver", errors);
        JsonNode rules = driver.path("rules");
        expect(rules.isArray(), "driver.rules is an array", errors);
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            String at = "rules[" + i + "]";
            known(rule, "reportingDescriptor", at, errors);
            expect(!rule.path("id").asText().isEmpty(), at + ".id is required", errors);
            for (String text : List.of("shortDescription", "fullDescription", "help")) {
                known(rule.path(text), "multiformatMessageString", at + "." + text, errors);
                expect(rule.path(text).path("text").isTextual(), at + "." + text + ".text is required", errors);
            }
            known(rule.path("defaultConfiguration"), "reportingConfiguration", at + ".defaultConfiguration", errors);
            expect(LEVELS.contains(rule.path("defaultConfiguration").path("level").asText()),
                    at + ".defaultConfiguration.level", errors);
            expect(rule.path("properties").path("tags").size() <= 20, at + ": GitHub takes at most 20 tags", errors);
        }
        JsonNode invocations = run.path("invocations");
        for (int i = 0; i < invocations.size(); i++) {
            JsonNode invocation = invocations.get(i);
            known(invocation, "invocation", "invocations[" + i + "]", errors);
            expect(invocation.path("executionSuccessful").isBoolean(), "executionSuccessful is required", errors);
            for (JsonNode n : invocation.path("toolExecutionNotifications")) {
                known(n, "notification", "notification", errors);
                known(n.path("message"), "message", "notification.message", errors);
                expect(n.path("message").path("text").isTextual(), "notification.message.text", errors);
                expect(LEVELS.contains(n.path("level").asText()), "notification.level", errors);
            }
        }
        expect(List.of("utf16CodeUnits", "unicodeCodePoints").contains(run.path("columnKind").asText("utf16CodeUnits")),
                "columnKind", errors);
        JsonNode results = run.path("results");
        expect(results.isArray(), "run.results is an array", errors);
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            String at = "results[" + i + "]";
            known(r, "result", at, errors);
            known(r.path("message"), "message", at + ".message", errors);
            expect(r.path("message").path("text").isTextual(), at + ".message.text is required", errors);
            expect(r.path("ruleId").isTextual(), at + ".ruleId: GitHub needs it", errors);
            if (r.has("ruleIndex")) {
                int index = r.get("ruleIndex").asInt(-1);
                expect(index >= 0 && index < rules.size()
                        && rules.get(index).path("id").asText().equals(r.path("ruleId").asText()),
                        at + ".ruleIndex points at the rule of ruleId", errors);
            }
            expect(LEVELS.contains(r.path("level").asText("warning")), at + ".level", errors);
            JsonNode locations = r.path("locations");
            expect(locations.isArray() && locations.size() >= 1, at + ": GitHub needs a location", errors);
            for (JsonNode location : locations) {
                known(location, "location", at + ".location", errors);
                JsonNode physical = location.path("physicalLocation");
                known(physical, "physicalLocation", at + ".physicalLocation", errors);
                JsonNode artifact = physical.path("artifactLocation");
                known(artifact, "artifactLocation", at + ".artifactLocation", errors);
                String uri = artifact.path("uri").asText();
                expect(!uri.isEmpty() && !uri.contains("\\") && !uri.contains(" "), at + ".uri is a URI", errors);
                if (artifact.has("uriBaseId")) {
                    expect(artifact.get("uriBaseId").asText().equals("%SRCROOT%") && !uri.startsWith("/"),
                            at + ".uri relative to %SRCROOT%", errors);
                } else {
                    expect(uri.startsWith("file:///"), at + ".uri without base is absolute", errors);
                }
                JsonNode region = physical.path("region");
                known(region, "region", at + ".region", errors);
                for (String field : List.of("startLine", "startColumn", "endLine", "endColumn")) {
                    expect(region.path(field).isInt() && region.get(field).asInt() >= 1,
                            at + ".region." + field + " >= 1", errors);
                }
                expect(region.path("endLine").asInt() > region.path("startLine").asInt()
                        || (region.path("endLine").asInt() == region.path("startLine").asInt()
                                && region.path("endColumn").asInt() >= region.path("startColumn").asInt()),
                        at + ".region ends after it starts", errors);
            }
            JsonNode fingerprints = r.path("partialFingerprints");
            if (!fingerprints.isMissingNode()) {
                expect(fingerprints.isObject(), at + ".partialFingerprints is an object", errors);
                fingerprints.properties().forEach(e ->
                        expect(e.getValue().isTextual(), at + ".partialFingerprints values are strings", errors));
            }
        }
    }

    private static void known(JsonNode node, String type, String at, List<String> errors) {
        if (!node.isObject()) {
            errors.add(at + ": expected a " + type + " object");
            return;
        }
        node.propertyStream().map(Map.Entry::getKey)
                .filter(name -> !PROPERTIES.get(type).contains(name))
                .forEach(name -> errors.add(at + ": '" + name + "' is not a property of " + type));
    }

    private static void expect(boolean condition, String what, List<String> errors) {
        if (!condition) {
            errors.add(what);
        }
    }

    private static int indexOf(String id) {
        List<RuleMeta> metas = RuleRegistry.metas();
        for (int i = 0; i < metas.size(); i++) {
            if (metas.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}
