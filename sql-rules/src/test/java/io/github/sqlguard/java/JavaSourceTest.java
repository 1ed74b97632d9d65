package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.ScanResult;
import io.github.sqlguard.scan.Scanner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaSourceTest {

    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private ScanResult scan(ScanConfig config) {
        return new Scanner(config, dir).scan(List.of(dir));
    }

    private static String dao(String name, String body) {
        return "package app;\nimport org.springframework.jdbc.core.JdbcTemplate;\nclass " + name + " {\n"
                + "    void run(JdbcTemplate jdbc) {\n" + body + "\n    }\n}\n";
    }

    @Test
    void filesTheIndexFoundQuietAreNotReadAgainAndTheOthersAre() throws IOException {
        Path quiet = write("src/main/java/app/Quiet.java", "package app;\nclass Quiet { int f() { return 1; } }\n");
        Path word = write("src/main/java/app/Word.java", "package app;\nclass Word { void updateAll() { } }\n");
        Path marker = write("src/main/java/app/Marker.java",
                "package app;\n// sqlguard:ignore tautological-where\nclass M { }\n");
        Path nul = write("src/main/java/app/Nul.java", "package app;\nclass Nul { char c = '\0'; }\n");
        List<Path> files = List.of(quiet, word, marker, nul);

        JavaSource prepared = (JavaSource) new JavaSource().prepare(files);

        assertThat(files).filteredOn(prepared::skips).containsExactly(quiet);
    }

    @Test
    void noFileIsSkippedWhenAConstantOfTheProjectHoldsADestructiveWord() throws IOException {
        Path quiet = write("src/main/java/app/Quiet.java", "package app;\nclass Quiet { Object o = Q.WIPE; }\n");
        Path constants = write("src/main/java/app/Q.java",
                "package app;\nclass Q { static final String WIPE = \"TRUNCATE orders\"; }\n");

        JavaSource prepared = (JavaSource) new JavaSource().prepare(List.of(quiet, constants));

        assertThat(List.of(quiet, constants)).noneMatch(prepared::skips);
    }

    @Test
    void aQuietFileCountsAsScannedAndItsStaleSuppressionIsStillReported() throws IOException {
        write("src/main/java/app/Quiet.java", "package app;\nclass Quiet { int f() { return 1; } }\n");
        write("src/main/java/app/Stale.java", "package app;\n// sqlguard:ignore tautological-where no longer needed\n"
                + "class Stale { }\n");
        write("src/main/java/app/A.java", dao("A", "        jdbc.update(\"DELETE FROM a\");"));

        ScanResult result = scan(ScanConfig.DEFAULT);

        assertThat(result.files()).isEqualTo(3);
        assertThat(result.findings()).extracting(Finding::file, Finding::ruleId).containsExactly(
                tuple("src/main/java/app/A.java", "delete-without-where"),
                tuple("src/main/java/app/Stale.java", "unused-suppression"));
    }

    @Test
    void aMalformedFileIsAProblemAndTheOthersAreStillScanned() throws IOException {
        write("src/main/java/app/A.java", dao("A", "        jdbc.update(\"DELETE FROM a\");"));
        write("src/main/java/app/Broken.java", "package app;\nclass Broken {\n    void run() { jdbc.update(\"DELETE"
                + " FROM b\") }\n}\n");
        write("src/main/java/app/Z.java", dao("Z", "        jdbc.update(\"DELETE FROM z\");"));

        ScanResult result = scan(ScanConfig.DEFAULT);

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p)
                .startsWith("src/main/java/app/Broken.java:3: Java syntax error: ").doesNotContain("\n"));
        assertThat(result.findings()).extracting(Finding::file, Finding::ruleId).containsExactly(
                tuple("src/main/java/app/A.java", "delete-without-where"),
                tuple("src/main/java/app/Z.java", "delete-without-where"));
    }

    @Test
    void aFileWithoutSqlWordsIsNotParsed() throws IOException {
        write("src/main/java/app/Broken.java", "package app;\nclass Broken {\n    void run() { int x = ; }\n}\n");

        assertThat(scan(ScanConfig.DEFAULT).problems()).isEmpty();
    }

    @Test
    void onlySqlWordsInStringsOrBuilderChainsOrProjectConstantsMakeAFileWorthParsing() {
        JavaSource source = new JavaSource();

        assertThat(source.mayHoldSql("class A { /* delete, update, drop */ // alter, truncate\n }")).isFalse();
        assertThat(source.mayHoldSql("class A { void m() { digest.update(bytes); list.delete(0); } }")).isFalse();
        assertThat(source.mayHoldSql("class A { String s = \"Drop table t\"; }")).isTrue();
        assertThat(source.mayHoldSql("class A { String s = \"\"\"\n  truncate t\n  \"\"\"; }")).isTrue();
        assertThat(source.mayHoldSql("class A { String s = \"it's \\\" update\"; }")).isTrue();
        assertThat(source.mayHoldSql("class A { void m() { dsl.deleteFrom(T).execute(); } }")).isTrue();
        assertThat(source.mayHoldSql("class A { char c = '\"'; String s = \"ok\"; }")).isFalse();
        assertThat(source.mayHoldSql("class A { String s = \"alternate, updated, dropped, undeleted\"; }"))
                .isFalse();
        assertThat(source.mayHoldSql("class A { String s = \"SELECT 1;\\nDELETE FROM t\"; }")).isTrue();
        assertThat(source.mayHoldSql("class A { String s = \"x.update()\"; }")).isTrue();
    }

    @Test
    void findingsMarkTheSqlArgumentTheAnnotationValueOrTheInitializer() throws IOException {
        write("src/main/java/app/A.java", """
                package app;
                import org.springframework.data.jpa.repository.Query;
                import org.springframework.jdbc.core.JdbcTemplate;
                interface A {
                    String PURGE = "DELETE FROM " + "orders";
                    @Query("DELETE FROM Invoice")
                    void purge();
                    default void run(JdbcTemplate jdbc) {
                        jdbc
                            .update("UPDATE orders " + "SET total = 0");
                    }
                }
                """);

        List<Finding> findings = scan(ScanConfig.DEFAULT).findings();

        assertThat(findings).extracting(Finding::start, Finding::end, Finding::snippet).containsExactly(
                tuple(new Position(5, 20), new Position(5, 45), "DELETE FROM orders"),
                tuple(new Position(6, 12), new Position(6, 33), "DELETE FROM Invoice"),
                tuple(new Position(10, 21), new Position(10, 55), "UPDATE orders SET total = 0"));
    }

    @Test
    void flywayJavaMigrationsAreMigrationsWherevertheyLive() throws IOException {
        write("src/main/java/app/V2__Purge.java", """
                package app;
                import org.flywaydb.core.api.migration.BaseJavaMigration;
                import org.flywaydb.core.api.migration.Context;
                public class V2__Purge extends BaseJavaMigration {
                    public void migrate(Context context) throws Exception {
                        context.getConnection().createStatement().execute("DELETE FROM cart");
                    }
                }
                """);
        write("src/main/java/app/Other.java", """
                package app;
                class Other implements org.flywaydb.core.api.migration.JavaMigration {
                    void run(java.sql.Statement stmt) throws Exception { stmt.execute("DELETE FROM cart"); }
                }
                """);
        write("src/main/java/app/App.java", dao("App", "        jdbc.update(\"DELETE FROM cart\");"));

        assertThat(scan(ScanConfig.DEFAULT).findings()).extracting(Finding::file, Finding::severity).containsExactly(
                tuple("src/main/java/app/App.java", Severity.ERROR),
                tuple("src/main/java/app/Other.java", Severity.WARNING),
                tuple("src/main/java/app/V2__Purge.java", Severity.WARNING));
    }

    @Test
    void testCodeGivesNotesWhenAsked() throws IOException {
        write("src/test/java/app/ATest.java", dao("ATest", "        jdbc.update(\"DELETE FROM cart\");"));

        assertThat(scan(ScanConfig.DEFAULT).findings()).isEmpty();
        assertThat(scan(ScanConfig.DEFAULT.withIncludeTests(true)).findings())
                .extracting(Finding::ruleId, Finding::severity)
                .containsExactly(tuple("delete-without-where", Severity.NOTE));
    }

    @Test
    void suppressWarningsNamesTheRulesOfThePiece() {
        JavaSources read = JavaSources.members(dir, """
                @SuppressWarnings({"sqlguard:drop-table", "sqlguard:fallback-drop"})
                void run(JdbcTemplate jdbc) {
                    try { jdbc.execute("CREATE TABLE t (id int)"); } catch (RuntimeException e) { jdbc.execute("DROP TABLE t"); }
                }
                @SuppressWarnings("sqlguard")
                void quiet(JdbcTemplate jdbc) { jdbc.execute("DROP TABLE u"); }
                """);

        assertThat(read.pieces).hasSize(2).allSatisfy(p -> assertThat(p.suppressedRules())
                .containsExactlyInAnyOrder("drop-table", "fallback-drop"));
        assertThat(read.pieces.get(1).has(PieceFact.IN_ERROR_HANDLER)).isTrue();
        assertThat(read.pieces.get(0).has(PieceFact.IN_ERROR_HANDLER)).isFalse();
    }

    @Test
    void receiversAreKnownByDeclaredTypeOrElseByName() {
        JavaSources read = JavaSources.read(dir, "app/Dao.java", """
                package app;
                import net.sf.jsqlparser.statement.Statement;
                import org.springframework.data.mongodb.core.MongoTemplate;
                import org.springframework.jdbc.core.JdbcTemplate;
                class Dao extends org.springframework.jdbc.core.support.JdbcDaoSupport {
                    private final JdbcTemplate db;
                    private final MongoTemplate mongo;
                    private Statement stmt;
                    void run(javax.sql.DataSource ds, Object unknown) {
                        db.update("DELETE FROM a");
                        this.db.update("DELETE FROM b");
                        var t = new JdbcTemplate(ds);
                        t.update("DELETE FROM c");
                        jdbcTemplate.update("DELETE FROM d");
                        getJdbcTemplate().update("DELETE FROM e");
                        mongo.update("DELETE FROM f");
                        stmt.execute("DELETE FROM g");
                        ((JdbcTemplate) unknown).update("DELETE FROM h");
                        helper.update("DELETE FROM i");
                    }
                    record Inner(JdbcTemplate jt) {
                        void run() { jt.update("DELETE FROM j"); }
                    }
                }
                """);

        assertThat(read.sql()).containsExactly("DELETE FROM a", "DELETE FROM b", "DELETE FROM c", "DELETE FROM d",
                "DELETE FROM e", "DELETE FROM h", "DELETE FROM j");
    }

    @Test
    void everyPieceIsASingleStatement() {
        assertThat(JavaSources.members(dir, "void run(JdbcTemplate jdbc) { jdbc.execute(\"DROP TABLE a; DROP TABLE"
                + " b\"); }").only().has(PieceFact.SINGLE_STATEMENT)).isTrue();
    }

    @Test
    void errorPathsAreCatchFinallyAndFailedChecks() {
        JavaSources read = JavaSources.members(dir, """
                void run(JdbcTemplate jdbc) {
                    try { } catch (Exception e) { jdbc.execute("DROP TABLE a"); } finally { jdbc.execute("DROP TABLE b"); }
                    if (!schemaExists("x")) { jdbc.execute("DROP TABLE c"); }
                    if (createIndex()) { } else { jdbc.execute("DROP TABLE d"); }
                    if (tableExists("e")) { jdbc.execute("DROP TABLE e"); }
                    if (!ready) { jdbc.execute("DROP TABLE f"); }
                    try { jdbc.execute("DROP TABLE g"); } catch (Exception e) { }
                    Runnable r = () -> { try { } catch (Exception e) { jdbc.execute("DROP TABLE h"); } };
                }
                """);

        assertThat(read.pieces).extracting(SqlPiece::text, p -> p.has(PieceFact.IN_ERROR_HANDLER)).containsExactly(
                tuple("DROP TABLE a", true), tuple("DROP TABLE b", true), tuple("DROP TABLE c", true),
                tuple("DROP TABLE d", true), tuple("DROP TABLE e", false), tuple("DROP TABLE f", false),
                tuple("DROP TABLE g", false), tuple("DROP TABLE h", true));
    }

    @Test
    void myBatisScriptBodiesReadAsAllConditionsTrue() {
        assertThat(JavaSource.scriptBody("<script>UPDATE t <set><if test='a != null'>a = #{a},</if>"
                + "<if test=\"b != null\">b = #{b},</if></set> WHERE id = #{id}</script>"))
                .isEqualTo("UPDATE t SET a = #{a}, b = #{b} WHERE id = #{id}");
        assertThat(JavaSource.scriptBody("<script>DELETE FROM t <where><if test='a'>AND a = 1</if>"
                + "<if test='b'> AND b &lt; 2</if></where></script>"))
                .isEqualTo("DELETE FROM t WHERE a = 1 AND b < 2");
        assertThat(JavaSource.scriptBody("<script>DELETE FROM t WHERE id IN <foreach item='i' collection='ids'"
                + " open='(' separator=',' close=')'>#{i}</foreach><![CDATA[ AND x < 3 ]]></script>"))
                .isEqualTo("DELETE FROM t WHERE id IN ( #{i} ) AND x < 3");
        assertThat(JavaSource.scriptBody("<script>DELETE FROM t <where><if test='a'>a = 1</if></where></script>"))
                .isEqualTo("DELETE FROM t WHERE a = 1");
        assertThat(JavaSource.scriptBody("<script>DELETE FROM t <trim prefix='WHERE' prefixOverrides='AND |OR '>"
                + "</trim></script>")).isEqualTo("DELETE FROM t");
    }

    @Test
    void parallelScansGiveTheSameResult() throws IOException {
        for (int i = 0; i < 40; i++) {
            write("src/main/java/app/Q" + i + ".java", "package app;\npublic class Q" + i + " {\n"
                    + "    public static final String T" + i + " = \"t" + i + "\";\n}\n");
            write("src/main/java/app/D" + i + ".java", dao("D" + i, "        jdbc.update(\"DELETE FROM \" + Q" + i
                    + ".T" + i + ");\n        jdbc.update(\"UPDATE \" + Q" + i + ".T" + i + " + \" SET a = 1\""
                    + " + \" WHERE id = ?\", 1);"));
        }
        ScanResult first = scan(ScanConfig.DEFAULT);
        ScanResult second = scan(ScanConfig.DEFAULT);

        assertThat(first.findings()).hasSize(40).isEqualTo(second.findings());
        assertThat(first.findings()).extracting(Finding::snippet)
                .allSatisfy(s -> assertThat(s).matches("DELETE FROM t\\d+"));
    }

    @Test
    void theJavaFixturesAreValidJava() throws URISyntaxException, IOException {
        Path resources = Path.of(Objects.requireNonNull(getClass().getResource("/rules")).toURI()).getParent();
        List<Path> javaFiles;
        try (Stream<Path> files = Stream.concat(Files.walk(resources.resolve("rules")),
                Files.walk(resources.resolve("fixtures")))) {
            javaFiles = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }

        ScanResult result = new Scanner(ScanConfig.DEFAULT, resources).scan(javaFiles);

        assertThat(result.problems()).isEmpty();
        assertThat(javaFiles).hasSizeGreaterThan(15);
        assertThat(result.files()).isEqualTo(javaFiles.size());
    }
}
