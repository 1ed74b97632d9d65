package io.github.sqlguard.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A changelog of one module that runs files of another, by names built from its properties. */
class LiquibaseProjectTest {

    private static final String MASTER = "moduleA/src/main/resources/db/changelog/master.xml";

    @TempDir
    Path dir;

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private ScanResult scan() {
        return new Scanner(ScanConfig.DEFAULT, dir).scan(List.of(dir));
    }

    @Test
    void filesNamedByPropertiesInOtherModulesAreMigrations() throws IOException {
        write(MASTER, """
                <databaseChangeLog>
                  <property name="db" value="mysql" dbms="mysql"/>
                  <property name="db" value="postgresql" dbms="postgresql"/>
                  <property name="db" value="postgresql" dbms="h2"/>
                  <include file="db/changelog/parts/x.xml"/>
                  <include file="db/changelog/gone.xml"/>
                  <include file="db/changelog/gone.xml"/>
                  <changeSet id="1" author="a">
                    <sqlFile path="sql/${db}/purge.sql"/>
                    <sqlFile path="sql/${db}/purge.sql"/>
                    <sqlFile path="sql/${nowhere}/purge.sql"/>
                  </changeSet>
                </databaseChangeLog>
                """);
        write("moduleB/src/main/resources/db/changelog/parts/x.xml", """
                <databaseChangeLog>
                  <changeSet id="2" author="a"><delete tableName="t"/></changeSet>
                </databaseChangeLog>
                """);
        write("moduleB/src/main/resources/sql/postgresql/purge.sql", "DELETE FROM orders;\n");
        write("moduleB/src/main/resources/sql/mysql/purge.sql", "ALTER TABLE orders ADD COLUMN note int;\n");
        write("moduleB/src/main/resources/sql/other/purge.sql", "DELETE FROM orders;\n");

        ScanResult result = scan();

        assertThat(result.findings()).extracting(Finding::file, Finding::ruleId, Finding::severity).containsExactly(
                tuple("moduleB/src/main/resources/db/changelog/parts/x.xml", "delete-without-where", Severity.WARNING),
                tuple("moduleB/src/main/resources/sql/other/purge.sql", "delete-without-where", Severity.ERROR),
                tuple("moduleB/src/main/resources/sql/postgresql/purge.sql", "delete-without-where",
                        Severity.WARNING));
        assertThat(result.problems()).containsExactly(
                MASTER + ":6: include file 'db/changelog/gone.xml' not found; 1 more path not found:"
                        + " 'sql/${nowhere}/purge.sql' (line 11)");
    }

    @Test
    void aCachedChangelogIsReadAgainWhenTheModulesChange(@TempDir Path cacheDir) throws IOException {
        write(MASTER, """
                <databaseChangeLog>
                  <changeSet id="1" author="a"><sqlFile path="sql/purge.sql"/></changeSet>
                </databaseChangeLog>
                """);
        Path cacheFile = cacheDir.resolve("cache.json");
        ResultCache first = ResultCache.open(cacheFile);
        assertThat(new Scanner(ScanConfig.DEFAULT, dir).withCache(first).scan(List.of(dir)).problems())
                .containsExactly(MASTER + ":2: sqlFile 'sql/purge.sql' not found");
        first.save();

        write("moduleB/src/main/resources/sql/purge.sql", "DELETE FROM orders;\n");
        ScanResult again = new Scanner(ScanConfig.DEFAULT, dir).withCache(ResultCache.open(cacheFile))
                .scan(List.of(dir));

        assertThat(again.problems()).isEmpty();
        assertThat(again.findings()).extracting(Finding::file, Finding::severity)
                .containsExactly(tuple("moduleB/src/main/resources/sql/purge.sql", Severity.WARNING));
    }
}
