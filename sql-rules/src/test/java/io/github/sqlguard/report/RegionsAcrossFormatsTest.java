package io.github.sqlguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.ScanResult;
import io.github.sqlguard.scan.Scanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A finding has one region, and every report that places findings gives it as far as its format can: SARIF and JSON
 * whole, GitLab its lines, Checkstyle its start. Java findings are the ones whose region is code, not a statement
 * copied from the file.
 */
class RegionsAcrossFormatsTest {

    private static final Path PROJECT = Path.of("src/test/resources/fixtures/java/regions-project");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** File, rule, start line and column, end line and column: the findings of the fixture project. */
    private static final List<String> REGIONS = List.of(
            "CartDao.java delete-without-where 21 21 21 39",
            "CartDao.java update-without-where 26 17 27 42",
            "CartDao.java drop-table 32 22 34 20",
            "CartDao.java truncate-table 38 22 38 47",
            "CartDao.java delete-without-where 45 21 45 35",
            "CartDao.java delete-without-where 49 9 50 27",
            "CartDao.java delete-without-where 54 9 54 26",
            "CartMapper.java update-without-where 9 13 10 29");

    private static ScanResult result;

    @BeforeAll
    static void scan() {
        result = new Scanner(ScanConfig.DEFAULT, PROJECT).scan(List.of(PROJECT));
    }

    @Test
    void sarifGivesTheWholeRegion() throws Exception {
        List<String> regions = new ArrayList<>();
        for (JsonNode r : JSON.readTree(new SarifReport().render(result)).get("runs").get(0).get("results")) {
            JsonNode location = r.get("locations").get(0).get("physicalLocation");
            JsonNode region = location.get("region");
            regions.add(location.get("artifactLocation").get("uri").asText() + " " + r.get("ruleId").asText() + " "
                    + region.get("startLine") + " " + region.get("startColumn") + " " + region.get("endLine") + " "
                    + region.get("endColumn"));
        }
        assertThat(regions).isEqualTo(REGIONS);
    }

    @Test
    void jsonGivesTheWholeRegion() throws Exception {
        List<String> regions = new ArrayList<>();
        for (JsonNode f : JSON.readTree(new JsonReport().render(result)).get("findings")) {
            regions.add(f.get("file").asText() + " " + f.get("ruleId").asText() + " " + f.get("startLine") + " "
                    + f.get("startColumn") + " " + f.get("endLine") + " " + f.get("endColumn"));
        }
        assertThat(regions).isEqualTo(REGIONS);
    }

    @Test
    void gitlabGivesItsLines() throws Exception {
        List<String> regions = new ArrayList<>();
        for (JsonNode issue : JSON.readTree(new GitlabReport().render(result))) {
            JsonNode location = issue.get("location");
            regions.add(location.get("path").asText() + " " + issue.get("check_name").asText() + " "
                    + location.get("lines").get("begin") + " " + location.get("lines").get("end"));
        }
        assertThat(regions).isEqualTo(REGIONS.stream().map(r -> keep(r, 0, 1, 2, 4)).toList());
    }

    @Test
    void checkstyleGivesItsStart() throws Exception {
        List<String> regions = new ArrayList<>();
        NodeList errors = XmlReports.parse(new CheckstyleReport().render(result)).getElementsByTagName("error");
        for (int i = 0; i < errors.getLength(); i++) {
            Element error = (Element) errors.item(i);
            String file = ((Element) error.getParentNode()).getAttribute("name");
            regions.add(file + " " + error.getAttribute("source").replace("sqlguard.", "") + " "
                    + error.getAttribute("line") + " " + error.getAttribute("column"));
        }
        assertThat(regions).isEqualTo(REGIONS.stream().map(r -> keep(r, 0, 1, 2, 3)).toList());
    }

    /** The fields of {@code region} at {@code indexes}. */
    private static String keep(String region, int... indexes) {
        String[] fields = region.split(" ");
        List<String> kept = new ArrayList<>();
        for (int i : indexes) {
            kept.add(fields[i]);
        }
        return String.join(" ", kept);
    }
}
