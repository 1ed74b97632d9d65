package io.github.sqlguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.Scanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GitHub shows an alert on the pull-request diff when its region lies on changed lines, so a region must be its own
 * statement: from the statement's first character to just after its last, never the neighbours.
 */
class SarifRegionTest {

    @TempDir
    Path dir;

    @Test
    void eachRegionIsExactlyItsStatement() throws Exception {
        String script = ""
                + "-- header\n"
                + "CREATE TABLE a (id INT);\n"
                + "DELETE FROM a;\n"
                + "UPDATE a\n"
                + "   SET id = 2;\n"
                + "/* a comment */\n"
                + "DROP TABLE b;\n"
                + "\n"
                + "TRUNCATE TABLE c; DELETE FROM d;\n"
                + "CREATE FUNCTION f() RETURNS void AS $$\n"
                + "BEGIN\n"
                + "  DELETE FROM audit;\n"
                + "END;\n"
                + "$$ LANGUAGE plpgsql;\n";
        Files.writeString(dir.resolve("V1__init.sql"), script);

        JsonNode results = new ObjectMapper().readTree(new SarifReport().render(
                new Scanner(ScanConfig.DEFAULT, dir).scan(List.of(dir)))).get("runs").get(0).get("results");

        List<String> regions = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> lines = script.lines().toList();
        for (JsonNode r : results) {
            JsonNode region = r.get("locations").get(0).get("physicalLocation").get("region");
            int startLine = region.get("startLine").asInt();
            int startColumn = region.get("startColumn").asInt();
            int endLine = region.get("endLine").asInt();
            int endColumn = region.get("endColumn").asInt();
            regions.add(r.get("ruleId").asText() + " " + startLine + ":" + startColumn + "-" + endLine + ":"
                    + endColumn);
            StringBuilder text = new StringBuilder();
            for (int line = startLine; line <= endLine; line++) {
                String l = lines.get(line - 1);
                int from = line == startLine ? startColumn - 1 : 0;
                int to = line == endLine ? endColumn - 1 : l.length();
                text.append(line == startLine ? "" : "\n").append(l, from, to);
            }
            texts.add(text.toString());
        }

        assertThat(regions).containsExactly(
                "delete-without-where 3:1-3:14",
                "update-without-where 4:1-5:14",
                "drop-table 7:1-7:13",
                "truncate-table 9:1-9:17",
                "delete-without-where 9:19-9:32",
                "delete-without-where 12:3-12:20");
        assertThat(texts).containsExactly("DELETE FROM a", "UPDATE a\n   SET id = 2", "DROP TABLE b",
                "TRUNCATE TABLE c", "DELETE FROM d", "DELETE FROM audit");
    }
}
