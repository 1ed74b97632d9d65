package io.github.sqlguard.liquibase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogReaderTest {

    private static final Path CHANGELOGS = Path.of("src/test/resources/liquibase/project/src/main/resources/db/changelog");
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static Changelog fixture(String relative) throws IOException {
        Path path = CHANGELOGS.resolve(relative);
        return ChangelogReader.read(migration(path, "db/changelog/" + relative), Files.readString(path));
    }

    private static SourceFile migration(Path path, String display) {
        return new SourceFile(path, display, SourceContext.MIGRATION);
    }

    private static Changelog inline(String fileName, String content) {
        return ChangelogReader.read(migration(Path.of("db", fileName), "db/" + fileName), content);
    }

    private static Position at(SqlPiece piece) {
        return piece.positions().at(0);
    }

    private static Position at(SqlPiece piece, String text) {
        int offset = piece.text().indexOf(text);
        assertThat(offset).as("'%s' in %s", text, piece.text()).isNotNegative();
        return piece.positions().at(offset);
    }

    private static List<String> texts(Changelog log) {
        return log.pieces().stream().map(SqlPiece::text).collect(Collectors.toList());
    }

    private static String everything(Changelog log) {
        return Stream.concat(log.pieces().stream().map(SqlPiece::text), log.problems().stream())
                .collect(Collectors.joining("\n"));
    }

    @Nested
    class Xml {

        @Test
        void synthesizesEachChangeAtTheStartOfItsElement() throws IOException {
            Changelog log = fixture("changes/001-init.xml");

            List<SqlPiece> synthesized = log.pieces().stream().filter(p -> p.has(PieceFact.SINGLE_STATEMENT)).toList();
            assertThat(synthesized).extracting(SqlPiece::text, ChangelogReaderTest::at).containsExactly(
                    tuple("CREATE TABLE app.customer (x int)", new Position(10, 9)),
                    tuple("DROP TABLE app.legacy CASCADE", new Position(13, 9)),
                    tuple("ALTER TABLE customer DROP COLUMN fax", new Position(21, 9)),
                    tuple("ALTER TABLE customer DROP COLUMN pager", new Position(22, 9)),
                    tuple("ALTER TABLE customer DROP COLUMN telex", new Position(22, 9)),
                    tuple("DELETE FROM session", new Position(26, 9)),
                    tuple("DELETE FROM customer WHERE created < '2020-01-01'", new Position(27, 9)),
                    tuple("UPDATE customer SET status = ?, note = ?", new Position(30, 9)),
                    tuple("UPDATE customer SET __sqlguard_column__ = ? WHERE id = 1", new Position(35, 9)),
                    tuple("DROP VIEW v_customer", new Position(36, 9)),
                    tuple("DROP INDEX idx_customer_name", new Position(37, 9)),
                    tuple("ALTER TABLE customer RENAME TO client", new Position(38, 9)));
            assertThat(synthesized).allSatisfy(p -> {
                assertThat(p.context()).isEqualTo(SourceContext.MIGRATION);
                assertThat(p.source().displayPath()).isEqualTo("db/changelog/changes/001-init.xml");
            });
            assertThat(log.problems()).isEmpty();
        }

        @Test
        void sqlBodiesAreScriptsMappedLineByLine() throws IOException {
            Changelog log = fixture("changes/001-init.xml");

            List<SqlPiece> scripts = log.pieces().stream().filter(p -> !p.has(PieceFact.SINGLE_STATEMENT)).toList();
            assertThat(scripts).extracting(SqlPiece::text).containsExactly(
                    "\nDELETE FROM audit_log;\n    UPDATE client SET flag = 0;\n",
                    "DELETE FROM x WHERE a < 3;\nTRUNCATE TABLE y;");

            SqlPiece cdata = scripts.get(0);
            assertThat(at(cdata)).isEqualTo(new Position(43, 68));
            assertThat(at(cdata, "DELETE")).isEqualTo(new Position(44, 1));
            assertThat(at(cdata, "UPDATE")).isEqualTo(new Position(45, 5));

            SqlPiece escaped = scripts.get(1);
            assertThat(at(escaped)).isEqualTo(new Position(47, 14));
            assertThat(at(escaped, "<")).isEqualTo(new Position(47, 36));
            assertThat(at(escaped, "3;")).isEqualTo(new Position(47, 41));
            assertThat(at(escaped, "TRUNCATE")).isEqualTo(new Position(48, 1));
        }

        @Test
        void rollbackAndPreconditionsAreIgnored() throws IOException {
            Changelog log = fixture("changes/001-init.xml");

            assertThat(texts(log))
                    .noneMatch(t -> t.contains("DROP TABLE app.customer"))
                    .noneMatch(t -> t.equals("DELETE FROM customer"))
                    .noneMatch(t -> t.contains("DROP TABLE client"))
                    .noneMatch(t -> t.contains("legacy") && !t.startsWith("DROP TABLE app.legacy"));
            assertThat(log.pieces()).hasSize(14);
        }

        @Test
        void sqlFileRelativeToTheChangelogIsAReference() throws IOException {
            Changelog log = fixture("changes/001-init.xml");

            assertThat(log.references()).containsExactly(CHANGELOGS.resolve("changes/cleanup.sql").normalize());
        }

        @Test
        void includesResolveOnTheClasspathRootOrTheChangelogFolder() throws IOException {
            Changelog log = fixture("master.xml");

            assertThat(log.references()).containsExactly(
                    CHANGELOGS.resolve("changes/001-init.xml"),
                    CHANGELOGS.resolve("changes/002-orders.yaml"),
                    CHANGELOGS.resolve("changes/003-audit.json"),
                    CHANGELOGS.resolve("all/a-first.xml"),
                    CHANGELOGS.resolve("all/b-second.yaml"),
                    CHANGELOGS.resolve("all/c-third.sql"),
                    CHANGELOGS.resolve("all/sub/d-nested.json"));
            assertThat(log.references()).allSatisfy(p -> assertThat(p).isRegularFile());
            assertThat(log.problems()).containsExactly(
                    "db/changelog/master.xml:7: include file 'db/changelog/changes/missing.xml' not found; 1 more path"
                            + " not found: 'changes/missing-relative.yaml' (line 8)");
            assertThat(log.pieces()).isEmpty();
        }

        @Test
        void matchesLocalNamesWithOrWithoutANamespacePrefix() {
            Changelog prefixed = inline("prefixed.xml", """
                    <lb:databaseChangeLog xmlns:lb="http://www.liquibase.org/xml/ns/dbchangelog">
                      <lb:changeSet id="1" author="a">
                        <lb:dropTable tableName="t1"/>
                      </lb:changeSet>
                    </lb:databaseChangeLog>
                    """);
            Changelog plain = inline("plain.xml", """
                    <databaseChangeLog>
                      <changeSet id="1" author="a"><delete tableName="t2"/></changeSet>
                    </databaseChangeLog>
                    """);

            assertThat(prefixed.pieces()).extracting(SqlPiece::text, ChangelogReaderTest::at)
                    .containsExactly(tuple("DROP TABLE t1", new Position(3, 5)));
            assertThat(plain.pieces()).extracting(SqlPiece::text, ChangelogReaderTest::at)
                    .containsExactly(tuple("DELETE FROM t2", new Position(2, 32)));
            assertThat(prefixed.problems()).isEmpty();
            assertThat(plain.problems()).isEmpty();
        }

        @Test
        void crlfLineEndsKeepPositions() {
            Changelog log = inline("crlf.xml", "<databaseChangeLog>\r\n"
                    + "  <changeSet id=\"1\" author=\"a\">\r\n"
                    + "    <sql>\r\n"
                    + "      DELETE FROM a;\r\n"
                    + "      DELETE FROM b;\r\n"
                    + "    </sql>\r\n"
                    + "    <dropTable tableName=\"c\"/>\r\n"
                    + "  </changeSet>\r\n"
                    + "</databaseChangeLog>\r\n");

            assertThat(log.pieces()).hasSize(2);
            SqlPiece script = log.pieces().get(0);
            assertThat(script.text()).isEqualTo("\n      DELETE FROM a;\n      DELETE FROM b;\n    ");
            assertThat(at(script, "DELETE FROM a")).isEqualTo(new Position(4, 7));
            assertThat(at(script, "DELETE FROM b")).isEqualTo(new Position(5, 7));
            assertThat(at(log.pieces().get(1))).isEqualTo(new Position(7, 5));
        }

        @Test
        void sqlWithANestedCommentKeepsOnlyTheBody() {
            Changelog log = inline("comment.xml", """
                    <databaseChangeLog>
                      <changeSet id="1" author="a">
                        <sql><comment>clean up</comment>DELETE FROM t;</sql>
                      </changeSet>
                    </databaseChangeLog>
                    """);

            assertThat(log.pieces()).extracting(SqlPiece::text).containsExactly("DELETE FROM t;");
            assertThat(at(log.pieces().get(0))).isEqualTo(new Position(3, 37));
        }

        @Test
        void propertiesBecomeUnknownFragments() {
            Changelog log = inline("props.xml", """
                    <databaseChangeLog>
                      <changeSet id="1" author="a">
                        <dropTable tableName="${prefix}_users" schemaName="${schema}"/>
                        <sql>DELETE FROM ${schema}.t; DELETE FROM u;</sql>
                      </changeSet>
                    </databaseChangeLog>
                    """);

            assertThat(texts(log)).containsExactly(
                    "DROP TABLE __sqlguard_fragment__.__sqlguard_fragment___users",
                    "DELETE FROM __sqlguard_fragment__.t; DELETE FROM u;");
            SqlPiece script = log.pieces().get(1);
            assertThat(at(script, "__sqlguard_fragment__")).isEqualTo(new Position(4, 22));
            assertThat(at(script, "DELETE FROM u")).isEqualTo(new Position(4, 35));
        }

        @Test
        void changesWithoutTheirTableAreProblems() {
            Changelog log = inline("missing.xml", """
                    <databaseChangeLog>
                      <changeSet id="1" author="a">
                        <dropTable/>
                        <dropColumn tableName="t"/>
                        <delete tableName="ok"/>
                      </changeSet>
                    </databaseChangeLog>
                    """);

            assertThat(texts(log)).containsExactly("DELETE FROM ok");
            assertThat(log.problems()).containsExactly(
                    "db/missing.xml:3: dropTable has no tableName",
                    "db/missing.xml:4: dropColumn has no columnName");
        }

        @Test
        void malformedXmlGivesAProblemAndKeepsOnlyFinishedChanges() {
            Changelog log = inline("broken.xml", """
                    <databaseChangeLog>
                      <changeSet id="1" author="a">
                        <dropTable tableName="done"/>
                        <delete tableName="unfinished">
                          <where>id = 1
                    """);

            assertThat(texts(log)).containsExactly("DROP TABLE done");
            assertThat(log.problems()).singleElement().asString()
                    .startsWith("db/broken.xml:")
                    .contains("invalid XML")
                    .doesNotContain("\n");
        }

        @Test
        void anotherRootElementIsAProblem() {
            Changelog log = inline("mapper.xml", "<mapper namespace=\"x\"><delete id=\"d\">DELETE FROM t</delete></mapper>");

            assertThat(log.pieces()).isEmpty();
            assertThat(log.problems()).containsExactly("db/mapper.xml:1: root element is <mapper>, not <databaseChangeLog>");
        }
    }

    @Nested
    class Yaml {

        @Test
        void synthesizesEachChangeAtItsKey() throws IOException {
            Changelog log = fixture("changes/002-orders.yaml");

            List<SqlPiece> synthesized = log.pieces().stream().filter(p -> p.has(PieceFact.SINGLE_STATEMENT)).toList();
            assertThat(synthesized).extracting(SqlPiece::text, ChangelogReaderTest::at).containsExactly(
                    tuple("CREATE TABLE orders (x int)", new Position(6, 11)),
                    tuple("DROP TABLE old_orders", new Position(12, 11)),
                    tuple("ALTER TABLE orders DROP COLUMN legacy_code", new Position(14, 11)),
                    tuple("ALTER TABLE orders DROP COLUMN legacy_flag", new Position(14, 11)),
                    tuple("DELETE FROM orders WHERE status = 'void'", new Position(21, 11)),
                    tuple("UPDATE orders SET total = ?", new Position(24, 11)),
                    tuple("ALTER TABLE orders DROP COLUMN note", new Position(45, 11)));
            assertThat(log.problems()).isEmpty();
        }

        @Test
        void blockAndQuotedSqlBodiesMapToTheirLines() throws IOException {
            Changelog log = fixture("changes/002-orders.yaml");

            List<SqlPiece> scripts = log.pieces().stream().filter(p -> !p.has(PieceFact.SINGLE_STATEMENT)).toList();
            assertThat(scripts).extracting(SqlPiece::text).containsExactly(
                    "DELETE FROM order_lines;\nDROP TABLE tmp_orders;\n",
                    "UPDATE orders SET a = 1;\nDELETE FROM b");
            assertThat(at(scripts.get(0))).isEqualTo(new Position(32, 15));
            assertThat(at(scripts.get(0), "DROP")).isEqualTo(new Position(33, 15));
            assertThat(at(scripts.get(0), "tmp_orders")).isEqualTo(new Position(33, 26));
            assertThat(at(scripts.get(1))).isEqualTo(new Position(35, 19));
            assertThat(at(scripts.get(1), "DELETE")).isEqualTo(new Position(35, 45));
        }

        @Test
        void rollbackIsIgnoredAndSqlFileResolvesOnTheClasspath() throws IOException {
            Changelog log = fixture("changes/002-orders.yaml");

            assertThat(texts(log)).noneMatch(t -> t.equals("DROP TABLE orders"));
            assertThat(log.references()).containsExactly(CHANGELOGS.resolve("changes/cleanup.sql"));
        }

        @Test
        void foldedBodyFallsBackToTheChange() {
            Changelog log = inline("folded.yaml", """
                    databaseChangeLog:
                      - changeSet:
                          id: 1
                          author: a
                          changes:
                            - sql:
                                sql: >
                                  DELETE FROM a
                                  WHERE id = 1
                    """);

            assertThat(log.pieces()).singleElement().satisfies(p -> {
                assertThat(p.text()).isEqualTo("DELETE FROM a WHERE id = 1\n");
                assertThat(at(p)).isEqualTo(new Position(6, 11));
                assertThat(at(p, "WHERE")).isEqualTo(new Position(6, 11));
                assertThat(p.has(PieceFact.SINGLE_STATEMENT)).isFalse();
            });
        }

        @Test
        void plainSqlBodyAndIncludes(@TempDir Path dir) throws IOException {
            Path changelogDir = Files.createDirectories(dir.resolve("db"));
            Files.writeString(changelogDir.resolve("part.yaml"), "databaseChangeLog: []\n");
            Files.createDirectories(changelogDir.resolve("more"));
            Files.writeString(changelogDir.resolve("more/z.sql"), "DELETE FROM z;\n");
            Files.writeString(changelogDir.resolve("more/a.yml"), "databaseChangeLog: []\n");
            Path main = changelogDir.resolve("main.yaml");
            String content = """
                    databaseChangeLog:
                      - include:
                          file: part.yaml
                      - includeAll:
                          path: more
                          relativeToChangelogFile: true
                      - include:
                          file: nowhere.yaml
                          relativeToChangelogFile: true
                      - changeSet:
                          id: 1
                          author: a
                          changes:
                            - sql:
                                sql: DELETE FROM t; DELETE FROM u
                    """;
            Files.writeString(main, content);

            Changelog log = ChangelogReader.read(migration(main, "db/main.yaml"), content);

            assertThat(log.references()).containsExactly(
                    changelogDir.resolve("part.yaml"), changelogDir.resolve("more/a.yml"),
                    changelogDir.resolve("more/z.sql"));
            assertThat(log.problems()).containsExactly("db/main.yaml:7: include file 'nowhere.yaml' not found");
            assertThat(log.pieces()).singleElement().satisfies(p -> {
                assertThat(p.text()).isEqualTo("DELETE FROM t; DELETE FROM u");
                assertThat(at(p)).isEqualTo(new Position(15, 18));
                assertThat(at(p, "DELETE FROM u")).isEqualTo(new Position(15, 33));
            });
        }

        @Test
        void classpathRootWinsOverTheChangelogFolder(@TempDir Path dir) throws IOException {
            Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
            Path changelogDir = Files.createDirectories(resources.resolve("db/changelog"));
            Files.createDirectories(resources.resolve("common"));
            Files.createDirectories(changelogDir.resolve("common"));
            Files.writeString(resources.resolve("common/x.yaml"), "databaseChangeLog: []\n");
            Files.writeString(changelogDir.resolve("common/x.yaml"), "databaseChangeLog: []\n");
            String content = """
                    databaseChangeLog:
                      - include:
                          file: common/x.yaml
                      - include:
                          file: common/x.yaml
                          relativeToChangelogFile: true
                      - changeSet:
                          id: 1
                          changes:
                            - sqlFile:
                                path: common/none.sql
                    """;

            Changelog log = ChangelogReader.read(
                    migration(changelogDir.resolve("master.yaml"), "src/main/resources/db/changelog/master.yaml"), content);

            assertThat(log.references()).containsExactly(
                    resources.resolve("common/x.yaml"), changelogDir.resolve("common/x.yaml"));
            assertThat(log.problems()).containsExactly(
                    "src/main/resources/db/changelog/master.yaml:10: sqlFile 'common/none.sql' not found");
        }

        @Test
        void recursiveAliasStopsWithAProblem() {
            Changelog log = assertTimeoutPreemptively(HANG_GUARD, () -> inline("loop.yaml", """
                    databaseChangeLog: &loop
                      - changeSet:
                          changes: *loop
                    """));

            assertThat(log.pieces()).isEmpty();
            assertThat(log.problems()).singleElement().asString().contains("nests too deep");
        }

        @Test
        void wrongTypesAreProblems() {
            Changelog notAList = inline("map.yaml", "databaseChangeLog:\n  changeSet: {}\n");
            Changelog badChanges = inline("bad.yaml", """
                    databaseChangeLog:
                      - changeSet:
                          id: 1
                          changes: DROP TABLE x
                      - changeSet:
                          id: 2
                          changes:
                            - dropTable: [t]
                            - just text
                            - delete:
                                tableName: kept
                      - 42
                    """);

            assertThat(notAList.pieces()).isEmpty();
            assertThat(notAList.problems()).containsExactly("db/map.yaml:1: databaseChangeLog must be a list, not a map");
            assertThat(texts(badChanges)).containsExactly("DELETE FROM kept");
            assertThat(badChanges.problems()).containsExactly(
                    "db/bad.yaml:4: changes must be a list, not a scalar",
                    "db/bad.yaml:8: dropTable must be a map, not a list",
                    "db/bad.yaml:9: a change must be a map, not a scalar",
                    "db/bad.yaml:12: databaseChangeLog entry must be a map, not a scalar");
        }

        @Test
        void malformedYamlGivesAProblemWithItsLine() {
            Changelog log = inline("broken.yaml", """
                    databaseChangeLog:
                      - changeSet:
                          changes:
                            - dropTable: {tableName: x
                      - bad: [
                    """);

            assertThat(log.pieces()).isEmpty();
            assertThat(log.problems()).singleElement().asString()
                    .matches("db/broken\\.yaml:[5-6]: invalid YAML: .*")
                    .doesNotContain("\n");
        }

        @Test
        void aliasBombStopsWithAProblem() {
            StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
            for (char c = 'b'; c <= 'j'; c++) {
                char p = (char) (c - 1);
                bomb.append(c).append(": &").append(c).append(" [")
                        .append(String.join(",", java.util.Collections.nCopies(9, "*" + p))).append("]\n");
            }
            bomb.append("databaseChangeLog: *j\n");

            Changelog log = assertTimeoutPreemptively(HANG_GUARD, () -> inline("bomb.yaml", bomb.toString()));

            assertThat(log.pieces()).isEmpty();
            assertThat(log.problems()).singleElement().asString()
                    .startsWith("db/bomb.yaml:")
                    .contains("aliases");
        }

        @Test
        void aliasExpansionBelowTheAliasLimitIsStillBounded() {
            StringBuilder bomb = new StringBuilder("l0: &l0 [x, y]\n");
            for (int i = 1; i <= 24; i++) {
                bomb.append("l").append(i).append(": &l").append(i)
                        .append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
            }
            bomb.append("databaseChangeLog:\n  - changeSet:\n      changes: *l24\n");

            Changelog log = assertTimeoutPreemptively(HANG_GUARD, () -> inline("wide.yaml", bomb.toString()));

            assertThat(log.pieces()).isEmpty();
            assertThat(log.problems()).singleElement().asString().contains("too many nodes");
        }

        @Test
        void everyDocumentIsRead() {
            Changelog log = inline("multi.yaml", """
                    databaseChangeLog:
                      - changeSet: {id: 1, changes: [{dropTable: {tableName: a}}]}
                    ---
                    databaseChangeLog:
                      - changeSet: {id: 2, changes: [{dropTable: {tableName: b}}]}
                    """);

            assertThat(log.pieces()).extracting(SqlPiece::text, ChangelogReaderTest::at).containsExactly(
                    tuple("DROP TABLE a", new Position(2, 35)),
                    tuple("DROP TABLE b", new Position(5, 35)));
        }
    }

    @Nested
    class Json {

        @Test
        void synthesizesEachChangeAtItsKeyWithTabIndentation() throws IOException {
            Changelog log = fixture("changes/003-audit.json");

            List<SqlPiece> synthesized = log.pieces().stream().filter(p -> p.has(PieceFact.SINGLE_STATEMENT)).toList();
            assertThat(synthesized).extracting(SqlPiece::text, ChangelogReaderTest::at).containsExactly(
                    tuple("DROP TABLE hist.audit CASCADE", new Position(8, 8)),
                    tuple("DELETE FROM audit_event", new Position(10, 7)),
                    tuple("UPDATE audit_event SET seen = ? WHERE id > 10", new Position(16, 7)));
            assertThat(texts(log)).noneMatch(t -> t.contains("audit_rollback"));
            assertThat(log.references()).containsExactly(CHANGELOGS.resolve("changes/cleanup.sql"));
            assertThat(log.problems()).isEmpty();
        }

        @Test
        void escapedSqlBodyMapsEachStatementToItsColumn() throws IOException {
            Changelog log = fixture("changes/003-audit.json");

            List<SqlPiece> scripts = log.pieces().stream().filter(p -> !p.has(PieceFact.SINGLE_STATEMENT)).toList();
            assertThat(scripts).singleElement().satisfies(p -> {
                assertThat(p.text()).isEqualTo("DELETE FROM a;\n\tDELETE FROM b;");
                assertThat(at(p)).isEqualTo(new Position(14, 25));
                assertThat(at(p, "\n")).isEqualTo(new Position(14, 39));
                assertThat(at(p, "DELETE FROM b")).isEqualTo(new Position(14, 43));
            });
        }

        @Test
        void truncatedJsonKeepsFinishedChangesOnly() {
            Changelog log = inline("cut.json", """
                    {"databaseChangeLog": [
                      {"changeSet": {"id": "1", "changes": [
                        {"dropTable": {"tableName": "done"}},
                        {"delete": {"tableName": "half", "where":
                    """);

            assertThat(texts(log)).containsExactly("DROP TABLE done");
            assertThat(log.problems()).singleElement().asString()
                    .startsWith("db/cut.json:")
                    .contains("invalid JSON");
        }

        @Test
        void wrongTypesAndOtherRootsAreProblems() {
            Changelog scalar = inline("scalar.json", "{\"databaseChangeLog\": \"nope\"}");
            Changelog other = inline("package.json", "{\"name\": \"x\", \"version\": \"1.0.0\"}");

            assertThat(scalar.problems()).containsExactly("db/scalar.json:1: databaseChangeLog must be a list, not a scalar");
            assertThat(other.problems()).containsExactly("db/package.json:1: no top-level databaseChangeLog key");
            assertThat(scalar.pieces()).isEmpty();
            assertThat(other.pieces()).isEmpty();
        }
    }

    @Nested
    class HostileInput {

        @Test
        void externalEntityIsNeverRead(@TempDir Path dir) throws IOException {
            Path secret = dir.resolve("secret.txt");
            Files.writeString(secret, "TOP-SECRET-4711");
            Files.writeString(dir.resolve("secret.dtd"), "<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">");
            String internalSubset = "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE databaseChangeLog [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                    + "<databaseChangeLog><changeSet id=\"1\" author=\"a\">\n"
                    + "<sql>DELETE FROM t WHERE x = '&xxe;'</sql>\n"
                    + "<dropTable tableName=\"&xxe;\"/>\n"
                    + "</changeSet></databaseChangeLog>\n";
            String externalSubset = "<!DOCTYPE databaseChangeLog SYSTEM \"" + dir.resolve("secret.dtd").toUri() + "\">\n"
                    + "<databaseChangeLog><changeSet id=\"1\" author=\"a\"><sql>&leak;</sql></changeSet></databaseChangeLog>\n";

            for (String content : List.of(internalSubset, externalSubset)) {
                assertThat(ChangelogReader.isChangelog("xxe.xml", content)).isTrue();
                Changelog log = assertTimeoutPreemptively(HANG_GUARD, () -> inline("xxe.xml", content));

                assertThat(everything(log)).doesNotContain("TOP-SECRET");
                assertThat(log.pieces()).isEmpty();
                assertThat(log.problems()).singleElement().asString().contains("DOCTYPE is not allowed");
            }
        }

        @Test
        void billionLaughsFinishesWithAProblem() {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE databaseChangeLog [\n");
            xml.append(" <!ENTITY lol0 \"lol\">\n");
            for (int i = 1; i <= 10; i++) {
                xml.append(" <!ENTITY lol").append(i).append(" \"");
                for (int j = 0; j < 10; j++) {
                    xml.append("&lol").append(i - 1).append(';');
                }
                xml.append("\">\n");
            }
            xml.append("]>\n<databaseChangeLog><changeSet id=\"1\" author=\"a\"><sql>&lol10;</sql></changeSet>"
                    + "</databaseChangeLog>\n");

            Changelog log = assertTimeoutPreemptively(HANG_GUARD, () -> inline("lol.xml", xml.toString()));

            assertThat(log.pieces()).isEmpty();
            assertThat(log.problems()).containsExactly("db/lol.xml:2: DOCTYPE is not allowed in a changelog; file not read");
        }

        @Test
        void binaryJunkGivesOneProblemPerFile() {
            byte[] bytes = new byte[512];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (i * 37 + 11);
            }
            String junk = new String(bytes, StandardCharsets.ISO_8859_1);

            for (String name : List.of("junk.xml", "junk.yaml", "junk.json", "junk.bin")) {
                Changelog log = inline(name, junk);

                assertThat(log.pieces()).as(name).isEmpty();
                assertThat(log.problems()).as(name).singleElement().asString().startsWith("db/" + name + ":");
            }
        }

        @Test
        void emptyFilesGiveAProblem() {
            assertThat(inline("empty.xml", "").problems()).containsExactly("db/empty.xml:1: empty file");
            assertThat(inline("empty.yaml", "\n\n").problems()).containsExactly("db/empty.yaml:1: empty file");
            assertThat(inline("empty.json", "  ").problems()).containsExactly("db/empty.json:1: empty file");
            assertThat(inline("comments.yaml", "# nothing yet\n").problems())
                    .containsExactly("db/comments.yaml:1: no top-level databaseChangeLog key");
            assertThat(inline("prolog.xml", "<?xml version=\"1.0\"?>\n<!-- nothing -->\n").problems())
                    .singleElement().asString().startsWith("db/prolog.xml:").contains("invalid XML");
            assertThat(ChangelogReader.read(migration(Path.of("x.xml"), "x.xml"), null).problems())
                    .containsExactly("x.xml:1: empty file");
        }
    }

    @Nested
    class Detection {

        @Test
        void recognizesChangelogsInEachFormat() throws IOException {
            assertThat(ChangelogReader.isChangelog("001-init.xml",
                    Files.readString(CHANGELOGS.resolve("changes/001-init.xml")))).isTrue();
            assertThat(ChangelogReader.isChangelog("002-orders.YAML",
                    Files.readString(CHANGELOGS.resolve("changes/002-orders.yaml")))).isTrue();
            assertThat(ChangelogReader.isChangelog("003-audit.json",
                    Files.readString(CHANGELOGS.resolve("changes/003-audit.json")))).isTrue();
            assertThat(ChangelogReader.isChangelog("c.yml", "# comment\n---\n\"databaseChangeLog\" :\n  - changeSet: {}\n"))
                    .isTrue();
            assertThat(ChangelogReader.isChangelog("c.xml",
                    "\uFEFF<?xml version=\"1.0\"?>\n<!-- license <b> -->\n<lb:databaseChangeLog xmlns:lb=\"x\"/>")).isTrue();
            assertThat(ChangelogReader.isChangelog("c.json", "{\"$schema\": {\"a\": [1]}, \"databaseChangeLog\": []}"))
                    .isTrue();
        }

        @Test
        void rejectsOtherFiles() {
            String springConfig = """
                    spring:
                      liquibase:
                        change-log: classpath:db/changelog/db.changelog-master.yaml
                      datasource:
                        url: jdbc:h2:mem:test
                    databaseChangeLogTable: custom
                    """;
            String mapper = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "https://mybatis.org/dtd/mybatis-3-mapper.dtd">
                    <mapper namespace="com.example.UserMapper">
                      <!-- <databaseChangeLog> -->
                      <delete id="deleteAll">DELETE FROM databaseChangeLog</delete>
                    </mapper>
                    """;

            assertThat(ChangelogReader.isChangelog("application.yml", springConfig)).isFalse();
            assertThat(ChangelogReader.isChangelog("UserMapper.xml", mapper)).isFalse();
            assertThat(ChangelogReader.isChangelog("nested.yaml", "root:\n  databaseChangeLog:\n    - x\n")).isFalse();
            assertThat(ChangelogReader.isChangelog("nested.json", "{\"a\": {\"databaseChangeLog\": []}}")).isFalse();
            assertThat(ChangelogReader.isChangelog("changelog.sql", "databaseChangeLog:\n")).isFalse();
            assertThat(ChangelogReader.isChangelog("pom.xml", "<project><databaseChangeLog/></project>")).isFalse();
            assertThat(ChangelogReader.isChangelog("broken.json", "{\"x\": ")).isFalse();
            assertThat(ChangelogReader.isChangelog(null, "databaseChangeLog:")).isFalse();
        }
    }

    @Nested
    class Properties {

        @TempDir
        Path dir;

        private Path write(String relative, String content) throws IOException {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        }

        private Changelog read(String relative, String content) throws IOException {
            return ChangelogReader.read(migration(write(relative, content), relative), content);
        }

        @Test
        void sqlFilePathIsReadForEachValueOfAProperty() throws IOException {
            write("db/parts/mysql/0001_x.sql", "ALTER TABLE t DROP COLUMN c;\n");
            write("db/parts/postgresql/0001_x.sql", "DROP TABLE t;\n");

            Changelog log = read("db/master.xml", """
                    <databaseChangeLog>
                      <property name="db" value="mysql" dbms="mysql"/>
                      <property name="db" value="postgresql" dbms="postgresql"/>
                      <changeSet id="1" author="a">
                        <sqlFile path="parts/${db}/0001_x.sql" relativeToChangelogFile="true"/>
                      </changeSet>
                    </databaseChangeLog>
                    """);

            assertThat(log.references()).containsExactly(
                    dir.resolve("db/parts/mysql/0001_x.sql"), dir.resolve("db/parts/postgresql/0001_x.sql"));
            assertThat(log.problems()).isEmpty();
        }

        @Test
        void aValueWhoseFileIsMissingIsOneProblemAndTheOthersAreRead() throws IOException {
            write("db/parts/postgresql/0001_x.sql", "DROP TABLE t;\n");

            Changelog log = read("db/master.xml", """
                    <databaseChangeLog>
                      <changeSet id="1" author="a">
                        <sqlFile path="parts/${db}/0001_x.sql" relativeToChangelogFile="true"/>
                        <sqlFile path="parts/${db}/0001_x.sql" relativeToChangelogFile="true"/>
                      </changeSet>
                      <property name="db" value="mysql" dbms="mysql"/>
                      <property name="db" value="postgresql" dbms="postgresql"/>
                    </databaseChangeLog>
                    """);

            assertThat(log.references()).containsExactly(dir.resolve("db/parts/postgresql/0001_x.sql"));
            assertThat(log.problems()).containsExactly(
                    "db/master.xml:3: sqlFile 'parts/mysql/0001_x.sql' not found (path 'parts/${db}/0001_x.sql')");
        }

        @Test
        void yamlAndJsonDefineProperties() throws IOException {
            write("db/h2/a.yaml", "databaseChangeLog: []\n");
            write("db/postgresql/a.yaml", "databaseChangeLog: []\n");
            write("db/common/b.sql", "DELETE FROM t;\n");

            Changelog yaml = read("db/master.yaml", """
                    databaseChangeLog:
                      - property: {name: db, value: postgresql, dbms: postgresql}
                      - property:
                          name: db
                          value: h2
                          context: test
                      - property: {name: shared, value: common, global: true}
                      - include:
                          file: ${db}/a.yaml
                          relativeToChangelogFile: true
                      - changeSet:
                          id: 1
                          changes:
                            - sqlFile:
                                path: ${shared}/b.sql
                                relativeToChangelogFile: true
                    """);
            Changelog json = read("db/master.json", """
                    {"databaseChangeLog": [
                      {"property": {"name": "db", "value": "h2", "dbms": "h2"}},
                      {"property": {"name": "db", "value": "postgresql", "dbms": "postgresql"}},
                      {"includeAll": {"path": "${db}", "relativeToChangelogFile": true}}
                    ]}
                    """);

            assertThat(yaml.references()).containsExactly(
                    dir.resolve("db/postgresql/a.yaml"), dir.resolve("db/h2/a.yaml"), dir.resolve("db/common/b.sql"));
            assertThat(yaml.problems()).isEmpty();
            assertThat(json.references()).containsExactly(
                    dir.resolve("db/h2/a.yaml"), dir.resolve("db/postgresql/a.yaml"));
            assertThat(json.problems()).isEmpty();
        }

        @Test
        void aValueGivenSeveralTimesIsReadOnce() throws IOException {
            write("db/postgresql/x.sql", "DROP TABLE t;\n");

            Changelog log = read("db/master.xml", """
                    <databaseChangeLog>
                      <property name="db" value="postgresql" dbms="postgresql"/>
                      <property name="db" value="postgresql" dbms="h2"/>
                      <property name="db" value="postgresql"/>
                      <changeSet id="1" author="a">
                        <sqlFile path="${db}/x.sql" relativeToChangelogFile="true"/>
                      </changeSet>
                    </databaseChangeLog>
                    """);

            assertThat(log.references()).containsExactly(dir.resolve("db/postgresql/x.sql"));
            assertThat(log.problems()).isEmpty();
        }

        @Test
        void anUndefinedPropertyIsNamedOnceAndThePathIsTriedAsWritten() throws IOException {
            write("db/${kept}/x.sql", "DROP TABLE t;\n");

            Changelog log = read("db/master.xml", """
                    <databaseChangeLog>
                      <include file="${nope}/a.xml" relativeToChangelogFile="true"/>
                      <include file="${nope}/a.xml" relativeToChangelogFile="true"/>
                      <changeSet id="1" author="a">
                        <sqlFile path="${kept}/x.sql" relativeToChangelogFile="true"/>
                        <sqlFile path="${a}/${b}.sql"/>
                      </changeSet>
                    </databaseChangeLog>
                    """);

            assertThat(log.references()).containsExactly(dir.resolve("db/${kept}/x.sql"));
            assertThat(log.problems()).containsExactly(
                    "db/master.xml:2: include file '${nope}/a.xml' not found: property 'nope' is not defined in this"
                            + " changelog; 1 more path not found: '${a}/${b}.sql' (line 6)");
        }

        @Test
        void combinationsOfValuesAreBounded() throws IOException {
            StringBuilder content = new StringBuilder("databaseChangeLog:\n");
            for (int i = 0; i < 10; i++) {
                content.append("  - property: {name: a, value: a").append(i).append("}\n");
                content.append("  - property: {name: b, value: b").append(i).append("}\n");
            }
            content.append("  - include: {file: '${a}/${b}.yaml'}\n  - include: {file: '${a}/${b}.yaml'}\n");

            Changelog log = read("db/many.yaml", content.toString());

            assertThat(log.problems()).containsExactly(
                    "db/many.yaml:22: include file '${a}/${b}.yaml': only the first 64 combinations of"
                            + " property values are read",
                    "db/many.yaml:22: include file 'a0/b0.yaml' not found (path '${a}/${b}.yaml'); 63 more paths"
                            + " not found: 'a0/b1.yaml' (line 22), 'a0/b2.yaml' (line 22), 'a0/b3.yaml' (line 22)"
                            + " and 60 more");
        }

        @Test
        void theMissingPathsOfAChangelogAreOneProblemNamingEachPathOnce() throws IOException {
            Changelog log = read("db/master.yaml", """
                    databaseChangeLog:
                      - include: {file: db/gone.yaml}
                      - include: {file: db/other.yaml}
                      - include: {file: db/gone.yaml}
                      - changeSet:
                          id: 1
                          changes:
                            - sqlFile: {path: db/gone.yaml}
                    """);

            assertThat(log.problems()).containsExactly(
                    "db/master.yaml:2: include file 'db/gone.yaml' not found; 2 more paths not found:"
                            + " 'db/other.yaml' (line 3), 'db/gone.yaml' (line 8)");
        }
    }

    @Nested
    class Roots {

        @TempDir
        Path dir;

        private Path write(String relative, String content) throws IOException {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        }

        private static final String MASTER = """
                <databaseChangeLog>
                  <include file="db/changelog/parts/x.xml"/>
                  <includeAll path="db/changelog/all/"/>
                  <changeSet id="1" author="a">
                    <sqlFile path="sql/purge.sql"/>
                  </changeSet>
                </databaseChangeLog>
                """;

        @Test
        void namesNotRelativeToTheChangelogAreFoundInOtherModules() throws IOException {
            Path master = write("moduleA/src/main/resources/db/changelog/master.xml", MASTER);
            Path part = write("moduleB/src/main/resources/db/changelog/parts/x.xml", "<databaseChangeLog/>");
            Path all = write("moduleC/src/main/resources/db/changelog/all/y.yaml", "databaseChangeLog: []\n");
            Path purge = write("moduleB/src/main/resources/sql/purge.sql", "TRUNCATE t;\n");
            ResourceRoots roots = ResourceRoots.of(List.of(master, part, all, purge, write("moduleD/pom.xml", "")));

            Changelog log = ChangelogReader.read(migration(master, "moduleA/db/changelog/master.xml"), MASTER, roots);
            Changelog alone = ChangelogReader.read(migration(master, "moduleA/db/changelog/master.xml"), MASTER);

            assertThat(log.references()).containsExactly(part, all, purge);
            assertThat(log.problems()).isEmpty();
            assertThat(alone.references()).isEmpty();
            assertThat(alone.problems()).containsExactly(
                    "moduleA/db/changelog/master.xml:2: include file 'db/changelog/parts/x.xml' not found; 2 more paths"
                            + " not found: 'db/changelog/all/' (line 3), 'sql/purge.sql' (line 5)");
        }

        @Test
        void theChangelogsOwnRootComesFirst() throws IOException {
            Path master = write("moduleA/src/main/resources/db/changelog/master.xml", MASTER);
            Path own = write("moduleA/src/main/resources/sql/purge.sql", "TRUNCATE a;\n");
            Path other = write("moduleB/src/main/resources/sql/purge.sql", "TRUNCATE b;\n");

            Changelog log = ChangelogReader.read(migration(master, "master.xml"), MASTER,
                    ResourceRoots.of(List.of(other, own, master)));

            assertThat(log.references()).containsExactly(own);
        }

        @Test
        void testResourcesAreOnlyForTestChangelogs() throws IOException {
            Path main = write("app/src/main/resources/db/changelog/master.xml", MASTER);
            Path test = write("app/src/test/resources/db/changelog/master.xml", MASTER);
            Path purge = write("lib/src/test/resources/sql/purge.sql", "TRUNCATE t;\n");
            ResourceRoots roots = ResourceRoots.of(List.of(main, test, purge));

            Changelog fromMain = ChangelogReader.read(migration(main, "main.xml"), MASTER, roots);
            Changelog fromTest = ChangelogReader.read(migration(test, "test.xml"), MASTER, roots);

            assertThat(fromMain.references()).isEmpty();
            assertThat(fromTest.references()).containsExactly(purge);
        }

        @Test
        void rootsAreTheResourceFoldersOfTheScannedFiles() throws IOException {
            ResourceRoots roots = ResourceRoots.of(List.of(
                    dir.resolve("a/src/main/resources/db/changelog/x.xml"),
                    dir.resolve("a/src/main/resources/y.xml"),
                    dir.resolve("b/src/test/resources/z.sql"),
                    dir.resolve("c/src/main/java/resources/Z.java"),
                    dir.resolve("d/resources/db/w.xml")));

            assertThat(roots.toString()).isEqualTo("main " + dir.resolve("a/src/main/resources") + "\n"
                    + "test " + dir.resolve("b/src/test/resources") + "\n");
            assertThat(ResourceRoots.of(List.of(dir.resolve("d/resources/db/w.xml"))).isEmpty()).isTrue();
        }
    }
}
