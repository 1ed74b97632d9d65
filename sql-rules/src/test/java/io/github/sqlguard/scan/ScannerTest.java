package io.github.sqlguard.scan;

import io.github.sqlguard.engine.Engine;
import io.github.sqlguard.core.Source;
import io.github.sqlguard.core.SourceOutput;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.PositionMap;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {

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

    @Test
    void severityFollowsContext() throws IOException {
        write("src/main/resources/data.sql", "DELETE FROM cart;\n");
        write("src/main/resources/db/migration/V2__purge.sql", "DELETE FROM cart;\n");
        write("src/test/resources/cleanup.sql", "DELETE FROM cart;\n");

        List<Finding> findings = scan(ScanConfig.DEFAULT).findings();

        assertThat(findings).extracting(Finding::file, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("src/main/resources/data.sql", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("src/main/resources/db/migration/V2__purge.sql",
                        Severity.WARNING));
    }

    @Test
    void testsAreScannedAsNotesWhenAsked() throws IOException {
        write("src/test/resources/cleanup.sql", "DROP TABLE cart;\n");

        List<Finding> findings = scan(ScanConfig.DEFAULT.withIncludeTests(true)).findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("drop-table");
            assertThat(f.severity()).isEqualTo(Severity.NOTE);
        });
    }

    @Test
    void flywayNamesAreMigrationsAnywhere() throws IOException {
        write("sql/V1_2__init.sql", "TRUNCATE t;\n");
        write("sql/R__views.sql", "TRUNCATE t;\n");
        write("sql/afterMigrate.sql", "TRUNCATE t;\n");
        write("sql/report.sql", "TRUNCATE t;\n");
        write("sql/changes.sql", "--liquibase formatted sql\n--changeset a:1\nTRUNCATE t;\n");

        assertThat(scan(ScanConfig.DEFAULT).findings()).extracting(Finding::file, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sql/R__views.sql", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("sql/V1_2__init.sql", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("sql/afterMigrate.sql", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("sql/changes.sql", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("sql/report.sql", Severity.ERROR));
    }

    @Test
    void upgradeAndInstallScriptsAreMigrationsAndSpringScriptsStayApplication() throws IOException {
        write("db/upgrade/x.sql", "TRUNCATE t;\n");
        write("security-admin/db/mysql/patches/001-purge.sql", "TRUNCATE t;\n");
        write("engine/src/main/resources/db/drop/h2.drop.engine.sql", "ALTER TABLE t DROP COLUMN c;\n");
        write("scripts/upgrade-3.2.0.sql", "TRUNCATE t;\n");
        write("src/main/resources/schema.sql", "TRUNCATE t;\n");
        write("src/main/resources/db/mysql/data.sql", "TRUNCATE t;\n");

        assertThat(scan(ScanConfig.DEFAULT).findings()).extracting(Finding::file, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("db/upgrade/x.sql", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("engine/src/main/resources/db/drop/h2.drop.engine.sql",
                                Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("scripts/upgrade-3.2.0.sql", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("security-admin/db/mysql/patches/001-purge.sql",
                                Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("src/main/resources/db/mysql/data.sql", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("src/main/resources/schema.sql", Severity.ERROR));
    }

    @Test
    void testFoldersAreSkippedUnlessAskedThenNotes() throws IOException {
        write("tests/sql/reset.sql", "DROP TABLE t;\n");
        write("src/integrationTest/resources/reset.sql", "DROP TABLE t;\n");
        write("src/main/resources/test/seed.sql", "DROP TABLE t;\n");
        write("src/main/java/io/github/it/Purge.java",
                "class Purge { void f(java.sql.Statement st) throws Exception { st.execute(\"DROP TABLE t\"); } }\n");

        assertThat(scan(ScanConfig.DEFAULT).findings()).extracting(Finding::file, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("src/main/java/io/github/it/Purge.java", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("src/main/resources/test/seed.sql", Severity.ERROR));
        assertThat(scan(ScanConfig.DEFAULT.withIncludeTests(true)).findings())
                .extracting(Finding::file, Finding::severity)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("src/integrationTest/resources/reset.sql", Severity.NOTE),
                        org.assertj.core.groups.Tuple.tuple("tests/sql/reset.sql", Severity.NOTE));
    }

    @Test
    void configuredPathsAddTestCodeAndMigrationsRelativeToTheScannedDirectory() throws IOException {
        write("project/qa/reset.sql", "TRUNCATE t;\n");
        write("project/ops/sql/purge.sql", "TRUNCATE t;\n");
        write("project/ops/purge.sql", "TRUNCATE t;\n");
        write("project/db/upgrade/x.sql", "TRUNCATE t;\n");
        ScanConfig config = ConfigFile.parse(ConfigFile.NAME,
                "test-paths: [\"qa/**\"]\nmigration-paths: [\"ops/sql/**\"]\n");

        ScanResult result = new Scanner(config, dir).scan(List.of(dir.resolve("project")));

        assertThat(result.findings()).extracting(Finding::file, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("project/db/upgrade/x.sql", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("project/ops/purge.sql", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("project/ops/sql/purge.sql", Severity.WARNING));
    }

    @Test
    void foldersAboveAScannedDirectoryOutsideTheReportBaseDoNotCount() throws IOException {
        Path repo = dir.resolve("tests/repo");
        write("tests/repo/src/main/resources/purge.sql", "TRUNCATE t;\n");
        write("tests/repo/tests/reset.sql", "TRUNCATE t;\n");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        ScanResult result = new Scanner(ScanConfig.DEFAULT, elsewhere).scan(List.of(repo));

        assertThat(result.findings()).extracting(Finding::file, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(repo.resolve("src/main/resources/purge.sql").toString()
                        .replace('\\', '/'), Severity.ERROR));
    }

    @Test
    void ruleSettingsChangeSeverityOrSwitchOff() throws IOException {
        write("a.sql", "DROP TABLE t;\nTRUNCATE u;\n");
        ScanConfig config = new ScanConfig(false,
                Map.of("drop-table", Optional.of(Severity.NOTE), "truncate-table", Optional.empty()), List.of(),
                List.of());

        assertThat(scan(config).findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("drop-table", Severity.NOTE));
    }

    @Test
    void includesAndExcludesSelectFiles() throws IOException {
        write("keep/a.sql", "DROP TABLE t;\n");
        write("legacy/b.sql", "DROP TABLE t;\n");
        write("target/copy.sql", "DROP TABLE t;\n");

        assertThat(scan(new ScanConfig(false, Map.of(), List.of(), List.of("legacy/**"))).findings())
                .extracting(Finding::file).containsExactly("keep/a.sql");
        assertThat(scan(new ScanConfig(false, Map.of(), List.of(), List.of("**/legacy/**"))).findings())
                .extracting(Finding::file).containsExactly("keep/a.sql");
        assertThat(scan(new ScanConfig(false, Map.of(), List.of("legacy/**"), List.of())).findings())
                .extracting(Finding::file).containsExactly("legacy/b.sql");
    }

    @Test
    void listsTheFilesItScannedByTheirDisplayPathsSorted() throws IOException {
        write("src/main/resources/db/migration/V2__b.sql", "DROP TABLE b;\n");
        write("src/main/resources/db/migration/V1__a.sql", "SELECT 1;\n");
        write("src/main/java/Clean.java", "class Clean { }\n");
        write("src/test/resources/reset.sql", "DROP TABLE t;\n");
        write("notes.txt", "DROP TABLE t;\n");

        ScanResult result = scan(ScanConfig.DEFAULT);

        assertThat(result.scannedFiles()).containsExactly("src/main/java/Clean.java",
                "src/main/resources/db/migration/V1__a.sql", "src/main/resources/db/migration/V2__b.sql");
        assertThat(result.files()).isEqualTo(3);
        assertThat(result.withPathPrefix("module/").scannedFiles()).first()
                .isEqualTo("module/src/main/java/Clean.java");
        assertThat(result.withPathPrefix("module/").findings()).extracting(Finding::file)
                .containsExactly("module/src/main/resources/db/migration/V2__b.sql");
    }

    @Test
    void resultsOfSeveralScansMergeInReportOrder() throws IOException {
        write("a/x.sql", "DROP TABLE b;\n");
        write("b/x.sql", "TRUNCATE a;\nbroken \u0000");
        ScanResult a = new Scanner(ScanConfig.DEFAULT, dir).scan(List.of(dir.resolve("a")));
        ScanResult b = new Scanner(ScanConfig.DEFAULT, dir).scan(List.of(dir.resolve("b")));

        ScanResult merged = ScanResult.merged(List.of(b, a));

        assertThat(merged.findings()).extracting(Finding::file).containsExactly("a/x.sql");
        assertThat(merged.problems()).isEqualTo(b.problems()).isNotEmpty();
        assertThat(merged.scannedFiles()).containsExactly("a/x.sql");
        assertThat(merged.files()).isEqualTo(a.files() + b.files());
        assertThat(merged.statements()).isEqualTo(a.statements() + b.statements());
        assertThat(ScanResult.merged(List.of(a, a)).findings()).hasSize(2);
    }

    @Test
    void globsAreRelativeToTheScannedDirectoryNotTheReportBase() throws IOException {
        write("project/keep/a.sql", "DROP TABLE t;\n");
        write("project/legacy/b.sql", "DROP TABLE t;\n");

        ScanResult result = new Scanner(new ScanConfig(false, Map.of(), List.of(), List.of("legacy/**")), dir)
                .scan(List.of(dir.resolve("project")));

        assertThat(result.findings()).extracting(Finding::file).containsExactly("project/keep/a.sql");
    }

    @Test
    void positionsCoverTheStatement() throws IOException {
        write("a.sql", "SELECT 1;\n  UPDATE t\n  SET a = 1;\n");

        Finding f = scan(ScanConfig.DEFAULT).findings().get(0);

        assertThat(f.start()).isEqualTo(new Position(2, 3));
        assertThat(f.end()).isEqualTo(new Position(3, 12));
        assertThat(f.snippet()).isEqualTo("UPDATE t SET a = 1");
        assertThat(f.message()).contains("`t`");
    }

    @Test
    void fingerprintSurvivesLineShiftsAndCountsOccurrences() throws IOException {
        write("a.sql", "DELETE FROM t;\nDELETE FROM t;\n");
        List<Finding> before = scan(ScanConfig.DEFAULT).findings();
        write("a.sql", "-- a new header\nSELECT 1;\n\nDELETE   FROM t;\nDELETE FROM t;\n");
        List<Finding> after = scan(ScanConfig.DEFAULT).findings();

        assertThat(before).extracting(Finding::fingerprint).doesNotHaveDuplicates();
        assertThat(after).extracting(Finding::fingerprint)
                .containsExactlyElementsOf(before.stream().map(Finding::fingerprint).toList());
        assertThat(after.get(0).start().line()).isEqualTo(4);
    }

    @Test
    void sameInputSameResult() throws IOException {
        for (int i = 0; i < 30; i++) {
            write("d" + (i % 5) + "/f" + i + ".sql", "DROP TABLE t" + i + ";\nDELETE FROM u;\nSELECT 1;\n");
        }
        ScanResult first = scan(ScanConfig.DEFAULT);
        ScanResult second = scan(ScanConfig.DEFAULT);

        assertThat(first.findings()).hasSize(60).isEqualTo(second.findings());
        assertThat(first.findings()).isSortedAccordingTo(Finding.ORDER);
    }

    @Test
    void badInputIsAProblemNotAFailure() throws IOException {
        Files.write(write("bin.sql", "").toAbsolutePath(), new byte[] {0, 1, 2, 'D', 'R', 'O', 'P'});
        Files.write(write("latin1.sql", "").toAbsolutePath(),
                "-- caf\u00e9\nDROP TABLE caf\u00e9;\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        write("empty.sql", "");

        ScanResult result = new Scanner(ScanConfig.DEFAULT, dir).scan(List.of(dir, dir.resolve("missing")));

        assertThat(result.problems()).anyMatch(p -> p.startsWith("bin.sql: binary"))
                .anyMatch(p -> p.contains("missing: no such file"));
        assertThat(result.findings()).extracting(Finding::file, f -> f.start().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("latin1.sql", 2));
    }

    @Test
    void unparsableStatementIsReportedOnceWithTheLexicalVerdict() throws IOException {
        write("a.sql", "DELETE FROM t PARTITION (p1) FOO BAR;\n");

        assertThat(scan(ScanConfig.DEFAULT).findings()).extracting(Finding::ruleId)
                .containsExactly("delete-without-where", "unparsable-sql");
    }

    @Test
    void filesAChangelogRunsAreMigrations() throws IOException {
        write("src/main/resources/master.xml", """
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                  <include file="changes/001.yaml" relativeToChangelogFile="true"/>
                  <changeSet id="1" author="a">
                    <sqlFile path="sql/cleanup.sql" relativeToChangelogFile="true"/>
                  </changeSet>
                </databaseChangeLog>
                """);
        write("src/main/resources/changes/001.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 2
                      author: a
                      changes:
                        - delete:
                            tableName: cart
                """);
        write("src/main/resources/sql/cleanup.sql", "TRUNCATE audit;\n");

        assertThat(scan(ScanConfig.DEFAULT).findings())
                .extracting(Finding::file, Finding::ruleId, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("src/main/resources/changes/001.yaml",
                                "delete-without-where", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("src/main/resources/sql/cleanup.sql", "truncate-table",
                                Severity.WARNING));
    }

    @Test
    void rulesSuppressedOnAPieceAreNotReported() {
        SourceFile file = new SourceFile(dir.resolve("A.java"), "A.java", SourceContext.APPLICATION);
        SqlPiece piece = new SqlPiece("DELETE FROM t", file, PositionMap.fixed(new Position(3, 9)),
                Set.of(PieceFact.SINGLE_STATEMENT, PieceFact.IN_ERROR_HANDLER), Set.of("fallback-drop"));
        SqlPiece plain = new SqlPiece("DELETE FROM t", file, PositionMap.fixed(new Position(4, 9)),
                Set.of(PieceFact.SINGLE_STATEMENT), Set.of("drop-table"));

        List<Finding> findings = new Engine(Map.of()).checkPieces(List.of(piece, plain));

        assertThat(findings).extracting(Finding::ruleId, f -> f.start().line()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("delete-without-where", 4));
    }

    @Test
    void sourcesArePreparedWithTheSelectedFilesBeforeReading() throws IOException {
        write("a.sql", "SELECT 1;\n");
        write("b.sql", "SELECT 2;\n");
        write("skipped/c.sql", "SELECT 3;\n");
        Source counting = new CountingSource(0);

        ScanResult result = new Scanner(new ScanConfig(false, Map.of(), List.of(), List.of("skipped/**")), dir,
                List.of(counting)).scan(List.of(dir));

        assertThat(result.findings()).extracting(Finding::file, Finding::snippet).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.sql", "DROP TABLE seen_with_2_files"),
                org.assertj.core.groups.Tuple.tuple("b.sql", "DROP TABLE seen_with_2_files"));
    }

    private record CountingSource(int files) implements Source {
        @Override
        public boolean accepts(String fileName) {
            return fileName.endsWith(".sql");
        }

        @Override
        public Source prepare(List<java.nio.file.Path> selected) {
            return new CountingSource(selected.size());
        }

        @Override
        public void read(SourceFile file, String text, SourceOutput sink) {
            sink.piece(SqlPiece.ofFile("DROP TABLE seen_with_" + files + "_files;", file));
        }
    }

    @Test
    void cachedResultsAreReusedUntilAFileChanges() throws IOException {
        write("src/main/resources/db/migration/V1__a.sql", "DROP TABLE a;\n");
        write("src/main/resources/data.sql", "-- sqlguard:ignore truncate-table rebuilt below\nTRUNCATE t;\n");
        write("src/main/java/Dao.java", "class Dao { void f(java.sql.Statement st) throws Exception {"
                + " st.execute(Queries.PURGE); } }\n");
        write("src/main/java/Queries.java", "class Queries { static final String PURGE = \"DELETE FROM cart\"; }\n");
        Path cacheFile = dir.resolve("target/cache.json");
        ScanResult uncached = scan(ScanConfig.DEFAULT);

        ResultCache first = ResultCache.open(cacheFile);
        ScanResult firstRun = new Scanner(ScanConfig.DEFAULT, dir).withCache(first).scan(List.of(dir));
        first.save();
        ResultCache second = ResultCache.open(cacheFile);
        ScanResult secondRun = new Scanner(ScanConfig.DEFAULT, dir).withCache(second).scan(List.of(dir));

        assertThat(first.hits()).isZero();
        assertThat(second.hits()).isEqualTo(4);
        assertThat(firstRun).isEqualTo(uncached);
        assertThat(secondRun).isEqualTo(uncached);

        write("src/main/java/Queries.java", "class Queries { static final String PURGE = \"DELETE FROM cart"
                + " WHERE id = ?\"; }\n");
        second.save();
        ResultCache third = ResultCache.open(cacheFile);
        ScanResult thirdRun = new Scanner(ScanConfig.DEFAULT, dir).withCache(third).scan(List.of(dir));

        assertThat(thirdRun.findings()).extracting(Finding::ruleId).containsExactly("drop-table");
        assertThat(third.hits()).isEqualTo(2);
    }

    @Test
    void changedMigrationPathsAreNotAnsweredFromTheCache() throws IOException {
        write("ops/purge.sql", "TRUNCATE t;\n");
        write("src/main/resources/data.sql", "TRUNCATE t;\n");
        Path cacheFile = dir.resolve("target/cache.json");
        ResultCache first = ResultCache.open(cacheFile);
        ScanResult before = new Scanner(ScanConfig.DEFAULT, dir).withCache(first).scan(List.of(dir));
        first.save();

        ResultCache second = ResultCache.open(cacheFile);
        ScanConfig config = ConfigFile.parse(ConfigFile.NAME, "migration-paths: [\"ops/**\"]\n");
        ScanResult after = new Scanner(config, dir).withCache(second).scan(List.of(dir));

        assertThat(before.findings()).extracting(Finding::file, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ops/purge.sql", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("src/main/resources/data.sql", Severity.ERROR));
        assertThat(after.findings()).extracting(Finding::file, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ops/purge.sql", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("src/main/resources/data.sql", Severity.ERROR));
        assertThat(second.hits()).isEqualTo(1);
    }

    @Test
    void anUnreadableCacheIsEmpty() throws IOException {
        write("a.sql", "DROP TABLE a;\n");
        Path cacheFile = write("target/cache.json", "{ not json");

        ResultCache cache = ResultCache.open(cacheFile);
        ScanResult result = new Scanner(ScanConfig.DEFAULT, dir).withCache(cache).scan(List.of(dir.resolve("a.sql")));

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("drop-table");
        assertThat(cache.hits()).isZero();
    }
}
