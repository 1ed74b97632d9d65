package io.github.sqlguard.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Fingerprints;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static final String MIGRATION = "db/migration/V1__init.sql";

    @TempDir
    Path dir;

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private List<Finding> scan() {
        return new Scanner(ScanConfig.DEFAULT, dir).scan(List.of(dir)).findings();
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.file() + ":" + f.start().line() + " " + f.ruleId()).toList();
    }

    @Test
    void findingsStayMatchedWhenLinesAboveThemAreInsertedOrRemoved() throws IOException {
        write(MIGRATION, "CREATE TABLE a (id INT);\nDELETE FROM a;\nDROP TABLE b;\n");
        Baseline baseline = Baseline.of(scan());
        assertThat(baseline.entries()).hasSize(2);

        write(MIGRATION, "-- one\n-- two\n-- three\nCREATE TABLE a (id INT);\n\n\nDELETE FROM a;\nDROP TABLE b;\n");
        BaselineMatch shifted = baseline.match(scan());
        assertThat(describe(shifted.hidden())).containsExactly(MIGRATION + ":7 delete-without-where",
                MIGRATION + ":8 drop-table");
        assertThat(shifted.fresh()).isEmpty();
        assertThat(shifted.fixed()).isEmpty();

        write(MIGRATION, "DELETE FROM a;\nDROP TABLE b;\n");
        BaselineMatch removed = baseline.match(scan());
        assertThat(removed.fresh()).isEmpty();
        assertThat(removed.hidden()).hasSize(2);
    }

    @Test
    void aNewFindingOfTheSameRuleInTheSameFileIsShown() throws IOException {
        write(MIGRATION, "DELETE FROM a;\nDROP TABLE b;\n");
        Baseline baseline = Baseline.of(scan());

        write(MIGRATION, "DELETE FROM a;\nDELETE FROM c;\nDROP TABLE b;\n");
        BaselineMatch match = baseline.match(scan());

        assertThat(describe(match.fresh())).containsExactly(MIGRATION + ":2 delete-without-where");
        assertThat(describe(match.hidden())).containsExactly(MIGRATION + ":1 delete-without-where",
                MIGRATION + ":3 drop-table");
    }

    @Test
    void identicalFindingsNeedOneEntryEach() throws IOException {
        write(MIGRATION, "DELETE FROM a;\nDELETE FROM a;\n");
        Baseline baseline = Baseline.of(scan());
        assertThat(baseline.entries()).hasSize(2);
        assertThat(baseline.entries().get(0).fingerprint()).isNotEqualTo(baseline.entries().get(1).fingerprint());

        write(MIGRATION, "DELETE FROM a;\nDELETE FROM a;\nDELETE FROM a;\n");
        BaselineMatch third = baseline.match(scan());
        assertThat(third.hidden()).hasSize(2);
        assertThat(describe(third.fresh())).containsExactly(MIGRATION + ":3 delete-without-where");

        Baseline one = Baseline.parse(baseline.render().replaceFirst(
                "(?s)\\{\\s*\"ruleId\"[^}]*},\\s*", ""), "edited");
        assertThat(one.entries()).hasSize(1);
        write(MIGRATION, "DELETE FROM a;\nDELETE FROM a;\n");
        assertThat(one.match(scan()).fresh()).hasSize(1);
    }

    @Test
    void anEntryListedTwiceStillMatchesOnlyItsOwnFinding() {
        Finding a = finding("x.sql", 1, "delete from a");
        List<Finding> three = Fingerprints.assign(List.of(a, finding("x.sql", 2, "delete from a"),
                finding("x.sql", 3, "delete from a")));
        BaselineEntry first = Baseline.of(three).entries().stream()
                .filter(e -> e.fingerprint().equals(three.get(0).fingerprint())).findFirst().orElseThrow();
        Baseline doubled = Baseline.parse(render(List.of(first, first)), "doubled");

        BaselineMatch match = doubled.match(three);

        assertThat(match.hidden()).containsExactly(three.get(0));
        assertThat(match.fresh()).containsExactly(three.get(1), three.get(2));
        assertThat(match.fixed()).extracting(BaselineEntry::fingerprint).containsExactly(first.fingerprint());
    }

    @Test
    void entriesNoFindingMatchesAreFixed() throws IOException {
        write(MIGRATION, "DELETE FROM a;\nDROP TABLE b;\n");
        write("data.sql", "TRUNCATE TABLE c;\n");
        Baseline baseline = Baseline.of(scan());

        write(MIGRATION, "DELETE FROM a WHERE id = 1;\nDROP TABLE b;\n");
        Files.delete(dir.resolve("data.sql"));
        BaselineMatch match = baseline.match(scan());

        assertThat(match.fresh()).isEmpty();
        assertThat(match.fixed()).extracting(BaselineEntry::file, BaselineEntry::ruleId, BaselineEntry::snippet)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("data.sql", "truncate-table", "TRUNCATE TABLE c"),
                        org.assertj.core.groups.Tuple.tuple(MIGRATION, "delete-without-where", "DELETE FROM a"));
    }

    @Test
    void aRenamedOrMovedFileKeepsItsFindingsHidden() throws IOException {
        write(MIGRATION, "DELETE FROM a;\nDROP TABLE b;\n");
        write("db/migration/V2__more.sql", "DELETE FROM a;\n");
        Baseline baseline = Baseline.of(scan());

        Files.createDirectories(dir.resolve("archive"));
        Files.move(dir.resolve(MIGRATION), dir.resolve("archive/V1__init_renamed.sql"));
        BaselineMatch moved = baseline.match(scan());

        assertThat(moved.fresh()).isEmpty();
        assertThat(moved.fixed()).isEmpty();
        assertThat(describe(moved.hidden())).containsExactly("archive/V1__init_renamed.sql:1 delete-without-where",
                "archive/V1__init_renamed.sql:2 drop-table", "db/migration/V2__more.sql:1 delete-without-where");
    }

    @Test
    void aCopyOfAnAcceptedStatementInAnotherFileIsShown() throws IOException {
        write(MIGRATION, "DELETE FROM a;\n");
        Baseline baseline = Baseline.of(scan());

        write("db/migration/V2__copy.sql", "DELETE FROM a;\n");
        BaselineMatch match = baseline.match(scan());

        assertThat(describe(match.fresh())).containsExactly("db/migration/V2__copy.sql:1 delete-without-where");
        assertThat(describe(match.hidden())).containsExactly(MIGRATION + ":1 delete-without-where");
    }

    @Test
    void theFileIsSortedPrettyPrintedWithoutLineNumbersAndReadsBack() throws IOException {
        write(MIGRATION, "DROP TABLE b;\nDELETE FROM a;\n");
        write("app/data.sql", "UPDATE t SET x = 1;\n");
        List<Finding> findings = scan();
        Baseline baseline = Baseline.of(findings);
        List<Finding> shuffled = new ArrayList<>(findings);
        Collections.reverse(shuffled);

        String text = baseline.render();

        assertThat(Baseline.of(shuffled).render()).isEqualTo(text);
        assertThat(text).doesNotContain("\r").doesNotContain("Line").doesNotContain("\"line").endsWith("}\n")
                .startsWith("{\n  \"sqlguardBaseline\": 1,\n  \"findings\": [\n    {\n      \"ruleId\": ");
        assertThat(baseline.entries()).extracting(BaselineEntry::file, BaselineEntry::ruleId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("app/data.sql", "update-without-where"),
                org.assertj.core.groups.Tuple.tuple(MIGRATION, "delete-without-where"),
                org.assertj.core.groups.Tuple.tuple(MIGRATION, "drop-table"));
        Path file = dir.resolve("config/baselines/sqlguard-baseline.json");
        baseline.write(file);
        assertThat(Files.readString(file)).isEqualTo(text);
        assertThat(Baseline.read(file).entries()).isEqualTo(baseline.entries());
    }

    @Test
    void unreadableFilesAreOneLineErrors() throws IOException {
        assertThatThrownBy(() -> Baseline.read(dir.resolve("missing.json")))
                .isInstanceOf(BaselineException.class).hasMessageEndingWith("missing.json does not exist");
        assertThatThrownBy(() -> Baseline.parse("{\"findings\": [", "b.json"))
                .hasMessage("baseline b.json is not valid JSON (line 1)");
        assertThatThrownBy(() -> Baseline.parse("{\"findings\": []}", "b.json"))
                .hasMessage("baseline b.json is not a sqlguard baseline (no \"sqlguardBaseline\" key)");
        assertThatThrownBy(() -> Baseline.parse("{\"sqlguardBaseline\": 2, \"findings\": []}", "b.json"))
                .hasMessage("baseline b.json has format 2, this sqlguard reads 1");
        assertThatThrownBy(() -> Baseline.parse("{\"sqlguardBaseline\": 1, \"findings\": [{\"ruleId\": \"x\","
                + " \"file\": \"a.sql\"}]}", "b.json"))
                .hasMessage("baseline b.json: findings[0] has no \"fingerprint\"");
        assertThatThrownBy(() -> Baseline.parse("{\"sqlguardBaseline\": 1, \"findings\": [{\"ruleId\": \"x\","
                + " \"file\": \"a.sql\", \"fingerprint\": \"f\", \"line\": 3}]}", "b.json"))
                .hasMessage("baseline b.json: findings[0] has an unknown key \"line\"");
        assertThat(Baseline.parse("{\"sqlguardBaseline\": 1, \"findings\": []}", "b.json").entries()).isEmpty();
    }

    private static Finding finding(String file, int line, String key) {
        return new Finding("delete-without-where", Severity.ERROR, "m", file, new Position(line, 1),
                new Position(line, 10), key, key, "");
    }

    private static String render(List<BaselineEntry> entries) {
        StringBuilder sb = new StringBuilder("{\"sqlguardBaseline\": 1, \"findings\": [");
        for (int i = 0; i < entries.size(); i++) {
            BaselineEntry e = entries.get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"ruleId\": \"").append(e.ruleId()).append("\", \"file\": \"")
                    .append(e.file()).append("\", \"fingerprint\": \"").append(e.fingerprint())
                    .append("\", \"contentFingerprint\": \"").append(e.contentFingerprint()).append("\"}");
        }
        return sb.append("]}").toString();
    }
}
