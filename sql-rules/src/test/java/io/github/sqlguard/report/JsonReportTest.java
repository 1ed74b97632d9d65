package io.github.sqlguard.report;

import io.github.sqlguard.core.Tool;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sqlguard.baseline.BaselineEntry;
import io.github.sqlguard.scan.Filtering;
import io.github.sqlguard.scan.ScanResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesFindingsProblemsAndSummary() throws Exception {
        JsonNode root = MAPPER.readTree(new JsonReport().render(Fixtures.THREE));

        assertThat(names(root)).containsExactly("version", "findings", "problems", "summary");
        assertThat(root.get("version").asText()).isEqualTo(Tool.version());
        assertThat(root.get("findings")).hasSize(3);
        JsonNode first = root.get("findings").get(0);
        assertThat(names(first)).containsExactly("ruleId", "severity", "message", "file", "startLine", "startColumn",
                "endLine", "endColumn", "snippet", "fingerprint");
        assertThat(first.get("ruleId").asText()).isEqualTo("delete-without-where");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("message").asText()).isEqualTo(Fixtures.DELETE.message());
        assertThat(first.get("file").asText()).isEqualTo("src/main/resources/queries.sql");
        assertThat(first.get("startLine").asInt()).isEqualTo(3);
        assertThat(first.get("startColumn").asInt()).isEqualTo(1);
        assertThat(first.get("endLine").asInt()).isEqualTo(3);
        assertThat(first.get("endColumn").asInt()).isEqualTo(20);
        assertThat(first.get("snippet").asText()).isEqualTo("DELETE FROM invoice");
        assertThat(first.get("fingerprint").asText()).isEqualTo("0123456789abcdef0123456789abcdef");

        JsonNode second = root.get("findings").get(1);
        assertThat(second.get("severity").asText()).isEqualTo("warning");
        assertThat(second.get("endLine").asInt()).isEqualTo(8);
        JsonNode odd = root.get("findings").get(2);
        assertThat(odd.get("severity").asText()).isEqualTo("note");
        assertThat(odd.get("message").asText()).isEqualTo("100% odd: a, b\r\nnext line");
        assertThat(odd.get("file").asText()).isEqualTo("odd dir/a,b:c%.sql");

        assertThat(root.get("problems")).hasSize(1);
        assertThat(root.get("problems").get(0).asText()).isEqualTo(Fixtures.PROBLEM);
        JsonNode summary = root.get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(12);
        assertThat(summary.get("statements").asInt()).isEqualTo(57);
        assertThat(summary.get("errors").asInt()).isEqualTo(1);
        assertThat(summary.get("warnings").asInt()).isEqualTo(1);
        assertThat(summary.get("notes").asInt()).isEqualTo(1);
    }

    @Test
    void baselineAndChangedSinceObjectsOnlyWhenUsed() throws Exception {
        Filtering filtering = new Filtering(true, 2, List.of(
                new BaselineEntry("drop-table", "db/V1__a.sql", "f1", "c1", "m", "DROP TABLE a")), "origin/main", 1);
        JsonNode root = MAPPER.readTree(new JsonReport().render(
                new ScanResult(List.of(Fixtures.DELETE), List.of(), 2, 3, filtering)));

        assertThat(names(root)).containsExactly("version", "findings", "problems", "baseline", "changedSince",
                "summary");
        assertThat(root.get("baseline").get("hidden").asInt()).isEqualTo(2);
        JsonNode fixed = root.get("baseline").get("fixed");
        assertThat(fixed).hasSize(1);
        assertThat(names(fixed.get(0))).containsExactly("ruleId", "file", "fingerprint", "message", "snippet");
        assertThat(fixed.get(0).get("file").asText()).isEqualTo("db/V1__a.sql");
        assertThat(root.get("changedSince").get("ref").asText()).isEqualTo("origin/main");
        assertThat(root.get("changedSince").get("outside").asInt()).isEqualTo(1);

        JsonNode onlyBaseline = MAPPER.readTree(new JsonReport().render(new ScanResult(List.of(), List.of(), 0, 0,
                new Filtering(true, 0, List.of(), null, 0))));
        assertThat(names(onlyBaseline)).containsExactly("version", "findings", "problems", "baseline", "summary");
    }

    @Test
    void prettyPrintedWithNewlinesOnly() {
        String json = new JsonReport().render(Fixtures.THREE);
        assertThat(json).startsWith("{\n  \"version\": \"").endsWith("}\n").doesNotContain("\r");
        assertThat(json).contains("\n  \"findings\": [\n    {\n      \"ruleId\": \"delete-without-where\",\n");
    }

    @Test
    void emptyResult() throws Exception {
        String json = new JsonReport().render(Fixtures.EMPTY);
        JsonNode root = MAPPER.readTree(json);
        assertThat(root.get("findings")).isEmpty();
        assertThat(root.get("problems")).isEmpty();
        assertThat(root.get("summary").get("files").asInt()).isZero();
        assertThat(json).contains("\"findings\": [],\n  \"problems\": [],\n");
    }

    @Test
    void sameResultSameBytes() {
        assertThat(new JsonReport().render(Fixtures.THREE)).isEqualTo(new JsonReport().render(Fixtures.THREE));
    }

    private static List<String> names(JsonNode node) {
        return node.propertyStream().map(e -> e.getKey()).toList();
    }
}
