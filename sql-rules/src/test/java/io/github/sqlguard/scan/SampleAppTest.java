package io.github.sqlguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled sample application has one finding of every kind and one suppressed; exactly these. */
class SampleAppTest {

    private static final Path APP = Path.of("..", "samples", "shop-app");
    private static final String MAIN = "src/main/";

    @Test
    void findsExactlyTheKnownFindings() {
        ScanResult result = new Scanner(ScanConfig.DEFAULT, APP).scan(List.of(APP));

        assertThat(result.problems()).isEmpty();
        assertThat(result.findings()).extracting(f -> f.file() + ":" + f.start().line() + " " + f.ruleId() + " "
                + f.severity().id()).containsExactly(
                "pom.xml:85 remote-migration-url error",
                MAIN + "java/com/example/shop/CartCleaner.java:14 delete-without-where error",
                MAIN + "java/com/example/shop/CartItemRepository.java:10 delete-without-where error",
                MAIN + "java/com/example/shop/CollectionStore.java:19 fallback-drop error",
                MAIN + "java/com/example/shop/ProformaDao.java:16 update-without-where error",
                MAIN + "java/com/example/shop/SessionMapper.java:8 tautological-where error",
                MAIN + "resources/application-staging.properties:2 cross-environment-database error",
                MAIN + "resources/application.properties:4 destructive-schema-setting error",
                MAIN + "resources/db/migration/V2__retire_legacy.sql:2 drop-table error",
                MAIN + "resources/db/migration/V2__retire_legacy.sql:7 drop-column warning",
                MAIN + "resources/db/migration/V3__feature_flags.sql:2 drop-and-recreate error",
                MAIN + "resources/db/migration/V4__reporting.sql:1 drop-schema error",
                MAIN + "resources/db/migration/V4__reporting.sql:4 truncate-table warning",
                MAIN + "resources/db/migration/V4__reporting.sql:6 delete-without-where warning",
                MAIN + "resources/db/migration/V4__reporting.sql:8 tautological-where error",
                MAIN + "resources/db/migration/V4__reporting.sql:11 unparsable-sql note",
                MAIN + "resources/db/migration/V4__reporting.sql:13 unused-suppression warning",
                MAIN + "resources/mapper/OrderMapper.xml:6 conditional-where error",
                MAIN + "resources/scripts/reset-dev-database.sql:2 drop-database error");
    }
}
