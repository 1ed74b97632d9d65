package io.github.sqlguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Severity;
import io.github.sqlguard.rules.EnvironmentWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules that compare configuration files, in a scan: across files, through the cache, with configured words. */
class EnvironmentRulesScanTest {

    private static final String PROD_YML = "src/main/resources/application-prod.yml";
    private static final String STAGING = "src/main/resources/application-staging.properties";

    @TempDir
    Path dir;

    @Test
    void aCachedRunGivesTheSameFindingsAndSeesAChangeInAnotherFile() throws IOException {
        write(PROD_YML, "spring.datasource.url: jdbc:postgresql://db1.acme.internal/shop\n");
        write(STAGING, "spring.datasource.url=jdbc:postgresql://db1.acme.internal:5432/shop\n");
        Path cacheFile = dir.resolve("target/cache.json");

        List<String> first = scanWithCache(cacheFile, 0);
        List<String> second = scanWithCache(cacheFile, 2);
        write(PROD_YML, "spring.datasource.url: jdbc:postgresql://db2.acme.internal/shop\n");
        List<String> third = scanWithCache(cacheFile, 0);

        assertThat(first).containsExactly(STAGING + ":1 cross-environment-database error");
        assertThat(second).isEqualTo(first);
        assertThat(third).isEmpty();
    }

    @Test
    void testConfigurationGivesNotes() throws IOException {
        write("src/test/resources/flyway.conf", "flyway.url=jdbc:postgresql://pg-ci.acme.internal/shop\n");

        assertThat(findings(ScanConfig.DEFAULT)).isEmpty();
        assertThat(findings(ScanConfig.DEFAULT.withIncludeTests(true)))
                .containsExactly("src/test/resources/flyway.conf:1 remote-migration-url note");
    }

    @Test
    void configuredWordsDecideWhatSaysProduction() throws IOException {
        write("src/main/resources/application-uat.properties",
                "spring.datasource.url=jdbc:postgresql://pg-main.acme.internal/shop\n");
        EnvironmentWords words = new EnvironmentWords(List.of("main"), List.of("uat"));
        ScanConfig configured = new ScanConfig(false, java.util.Map.of(), List.of(), List.of(), List.of(), List.of(),
                words);

        assertThat(findings(ScanConfig.DEFAULT)).isEmpty();
        assertThat(findings(configured)).containsExactly(
                "src/main/resources/application-uat.properties:1 cross-environment-database error");
    }

    @Test
    void aComposeFileAtTheTopOfTheRepositoryMakesItsServicesLocalForAScanOfOneModule() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write("docker-compose.yml", "services:\n  shop-db.acme.test:\n    image: postgres:16\n");
        write("shop/src/main/resources/flyway.conf", "flyway.url=jdbc:postgresql://shop-db.acme.test:5432/shop\n"
                + "flyway.url=jdbc:postgresql://reports-db.acme.test:5432/reports\n");
        Path module = dir.resolve("shop");

        ScanResult result = new Scanner(ScanConfig.DEFAULT, module).scan(List.of(module));

        assertThat(result.findings()).extracting(f -> f.start().line() + " " + f.ruleId())
                .containsExactly("2 remote-migration-url");
    }

    @Test
    void aSuppressionCoversTheFindingAndIsUsed() throws IOException {
        write("flyway.conf", "# sqlguard:ignore remote-migration-url a throw-away sandbox anyone may wipe\n"
                + "flyway.url=jdbc:postgresql://sandbox.acme.internal/shop\n");

        assertThat(findings(ScanConfig.DEFAULT)).isEmpty();
    }

    private List<String> scanWithCache(Path cacheFile, int expectedHits) throws IOException {
        ResultCache cache = ResultCache.open(cacheFile);
        ScanResult result = new Scanner(ScanConfig.DEFAULT, dir).withCache(cache).scan(List.of(dir));
        cache.save();
        assertThat(cache.hits()).isEqualTo(expectedHits);
        return lines(result);
    }

    private List<String> findings(ScanConfig config) {
        return lines(new Scanner(config, dir).scan(List.of(dir)));
    }

    private static List<String> lines(ScanResult result) {
        return result.findings().stream().map(EnvironmentRulesScanTest::line).toList();
    }

    private static String line(Finding f) {
        return f.file() + ":" + f.start().line() + " " + f.ruleId() + " " + f.severity().id();
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
