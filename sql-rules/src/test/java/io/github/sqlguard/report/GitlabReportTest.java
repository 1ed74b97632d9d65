package io.github.sqlguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.scan.ScanResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GitlabReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The severities GitLab's documentation lists; its schema says only "string". */
    private static final Set<String> SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

    @Test
    void fixturesAndSampleAreValidCodeQualityReports() throws IOException {
        assertThat(problems(new GitlabReport().render(Fixtures.THREE))).isEmpty();
        assertThat(problems(new GitlabReport().render(GoldenReportsTest.sample()))).isEmpty();
        assertThat(new GitlabReport().render(Fixtures.EMPTY)).isEqualTo("[]\n");
    }

    @Test
    void theCheckCatchesWhatGitlabWouldReject() throws IOException {
        String good = new GitlabReport().render(Fixtures.THREE);
        for (String[] breakage : new String[][] {
            {"\"fingerprint\"", "\"fingerprints\""},
            {"\"severity\": \"critical\"", "\"severity\": \"error\""},
            {"\"begin\": 3", "\"begin\": \"3\""},
            {"\"description\"", "\"message\""},
            {"\"check_name\"", "\"rule\""},
            {"\"path\"", "\"file\""}}) {
            assertThat(good).contains(breakage[0]);
            assertThat(problems(good.replaceFirst(java.util.regex.Pattern.quote(breakage[0]), breakage[1])))
                    .as("after replacing %s", breakage[0]).isNotEmpty();
        }
    }

    @Test
    void mapsFindingsToIssues() throws IOException {
        JsonNode issues = MAPPER.readTree(new GitlabReport().render(Fixtures.THREE));

        assertThat(issues).hasSize(3);
        JsonNode delete = issues.get(0);
        assertThat(delete.get("description").asText()).isEqualTo(Fixtures.DELETE.message());
        assertThat(delete.get("check_name").asText()).isEqualTo("delete-without-where");
        assertThat(delete.get("fingerprint").asText()).isEqualTo(Fixtures.DELETE.fingerprint());
        assertThat(delete.get("severity").asText()).isEqualTo("critical");
        assertThat(delete.get("location").get("path").asText()).isEqualTo("src/main/resources/queries.sql");
        assertThat(delete.get("location").get("lines").get("begin").asInt()).isEqualTo(3);
        assertThat(issues.get(1).get("severity").asText()).isEqualTo("major");
        assertThat(issues.get(1).get("location").get("lines").get("end").asInt()).isEqualTo(8);
        assertThat(issues.get(2).get("severity").asText()).isEqualTo("info");
        assertThat(issues.get(2).get("description").asText()).isEqualTo("100% odd: a, b\r\nnext line");
        assertThat(issues.get(2).get("location").get("path").asText()).isEqualTo("odd dir/a,b:c%.sql");
    }

    @Test
    void fingerprintsAreSarifsAndUniqueOnTheSample() throws IOException {
        ScanResult sample = GoldenReportsTest.sample();
        JsonNode issues = MAPPER.readTree(new GitlabReport().render(sample));
        JsonNode results = MAPPER.readTree(new SarifReport().render(sample)).get("runs").get(0).get("results");

        assertThat(issues).hasSize(sample.findings().size()).hasSize(results.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < issues.size(); i++) {
            String fingerprint = issues.get(i).get("fingerprint").asText();
            assertThat(fingerprint).isNotEmpty()
                    .isEqualTo(results.get(i).get("partialFingerprints").get(SarifReport.FINGERPRINT_KEY).asText());
            assertThat(seen.add(fingerprint)).as("fingerprint %s is unique", fingerprint).isTrue();
        }
    }

    @Test
    void aFindingWithoutFingerprintGetsAStableOne() {
        Finding odd = Fixtures.ODD;
        Finding moved = odd.withFile("elsewhere.sql");

        assertThat(GitlabReport.fingerprint(odd)).hasSize(32).isEqualTo(GitlabReport.fingerprint(odd))
                .isNotEqualTo(GitlabReport.fingerprint(moved));
    }

    /** What GitLab's schema and documentation say is wrong with a report; empty when it would read it. */
    static List<String> problems(String report) throws IOException {
        JsonSchema schema;
        try (InputStream in = GitlabReportTest.class.getResourceAsStream("/schemas/gitlab-codeclimate.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        List<String> problems = new ArrayList<>();
        JsonNode root = MAPPER.readTree(report);
        if (!root.isArray()) {
            return List.of("the report is not an array");
        }
        for (JsonNode issue : root) {
            for (ValidationMessage m : schema.validate(issue)) {
                problems.add(m.getMessage());
            }
            if (!SEVERITIES.contains(issue.path("severity").asText())) {
                problems.add("severity " + issue.path("severity") + " is not one of " + SEVERITIES);
            }
            if (!issue.path("check_name").isTextual()) {
                problems.add("check_name is missing");
            }
            if (!issue.path("location").path("path").isTextual()
                    || !issue.path("location").path("lines").path("begin").canConvertToExactIntegral()) {
                problems.add("location.path and location.lines.begin are needed to place the issue");
            }
        }
        return problems;
    }
}
