package io.github.sqlguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.baseline.Baseline;
import io.github.sqlguard.scan.ResultCache;
import io.github.sqlguard.scan.ScanConfig;
import io.github.sqlguard.scan.ScanResult;
import io.github.sqlguard.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A password in a configured database URL never reaches a report, a baseline or the result cache. */
class CredentialsInReportsTest {

    private static final String SECRET = "s3cret";

    @TempDir
    Path dir;

    @Test
    void everyFormatShowsTheHostAndNoPassword() throws IOException {
        write("flyway.conf", "flyway.url=jdbc:postgresql://admin:" + SECRET + "@pg-prod.acme.internal/shop?password="
                + SECRET + "&ssl=true\n");
        write(".env.development", "DATABASE_URL=postgres://shop:" + SECRET + "@pg-prod.acme.internal:5432/shop\n");
        write("src/main/resources/application-qa.properties",
                "spring.datasource.url=jdbc:sqlserver://sql-prod.acme.internal;user=sa;password={" + SECRET + ";x}\n");
        write("pom.xml", "<project><build><plugins><plugin><artifactId>liquibase-maven-plugin</artifactId>"
                + "<configuration><url>jdbc:oracle:thin:scott/" + SECRET + "@ora.acme.internal:1521:ORD</url>"
                + "</configuration></plugin></plugins></build></project>\n");
        Path cacheFile = dir.resolve("target/cache.json");
        ResultCache cache = ResultCache.open(cacheFile);

        ScanResult result = new Scanner(ScanConfig.DEFAULT, dir).withCache(cache).scan(List.of(dir));
        cache.save();

        assertThat(result.findings()).extracting(f -> f.ruleId() + " " + f.file()).containsExactly(
                "cross-environment-database .env.development", "remote-migration-url .env.development",
                "remote-migration-url flyway.conf", "remote-migration-url pom.xml",
                "cross-environment-database src/main/resources/application-qa.properties");
        for (String format : Reports.FORMATS) {
            assertThat(Reports.forFormat(format).render(result)).as(format)
                    .contains("pg-prod.acme.internal", "sql-prod.acme.internal", "ora.acme.internal")
                    .doesNotContain(SECRET);
        }
        assertThat(Baseline.of(result.findings()).render()).contains("pg-prod.acme.internal").doesNotContain(SECRET);
        assertThat(Files.readString(cacheFile)).contains("pg-prod.acme.internal").doesNotContain(SECRET);
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
