package io.github.sqlguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.SourceContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathContextTest {

    private static final PathContext DEFAULTS = new PathContext(ScanConfig.DEFAULT);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            src/test/java/io/github/FooTest.java                                   | TEST
            src/it/smoke-project/src/main/java/App.java                            | TEST
            src/testFixtures/java/Fixtures.java                                    | TEST
            src/integrationTest/resources/seed.sql                                 | TEST
            src/functionalTests/java/Flow.java                                     | TEST
            src/e2eTest/resources/reset.sql                                        | TEST
            src/e2e-test/resources/reset.sql                                       | TEST
            src/test-integration/resources/reset.sql                               | TEST
            src/e2e/resources/reset.sql                                            | TEST
            tests/sql/cleanup.sql                                                  | TEST
            test/fixtures/cleanup.sql                                              | TEST
            it/src/main/java/io/github/Smoke.java                                  | TEST
            e2e/pom.xml                                                            | TEST
            shop/tests/reset.sql                                                   | TEST
            tests/io/github/PurgeIT.java                                           | APPLICATION
            src/main/resources/archetype-resources/src/test/java/AppTest.java      | TEST
            src/test/resources/db/migration/V1__init.sql                           | TEST
            src/main/java/io/github/it/Foo.java                                    | APPLICATION
            src/main/java/com/acme/test/Helper.java                                | APPLICATION
            src/main/resources/test/data.sql                                       | APPLICATION
            src/main/resources/tests/data.sql                                      | APPLICATION
            io/github/it/Foo.java                                                  | APPLICATION
            src/main/resources/commit.sql                                          | APPLICATION
            src/main/resources/test.sql                                            | APPLICATION
            src/latest/resources/a.sql                                             | APPLICATION
            src/contest/resources/a.sql                                            | APPLICATION
            src/testdata/a.sql                                                     | APPLICATION
            testing/cleanup.sql                                                    | APPLICATION
            latest/cleanup.sql                                                     | APPLICATION
            contest/src/main/resources/data.sql                                    | APPLICATION
            """)
    void testCode(String path, SourceContext expected) {
        assertThat(DEFAULTS.of(path, Path.of(path))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            src/main/resources/db/migration/V2__purge.sql                          | MIGRATION
            src/main/java/db/migration/V3__Backfill.java                           | MIGRATION
            src/main/resources/db/changelog/master.xml                             | MIGRATION
            ops/flyway/cleanup.sql                                                 | MIGRATION
            sql/V1_2__init.sql                                                     | MIGRATION
            db/upgrade/x.sql                                                       | MIGRATION
            upgrade/purge.sql                                                      | MIGRATION
            Upgrades/purge.sql                                                     | MIGRATION
            db/migrations/20151129054053_init.sql                                  | MIGRATION
            security-admin/db/mysql/patches/001-create-schema.sql                  | MIGRATION
            dolphinscheduler-dao/src/main/resources/sql/upgrade/3.2.0_schema/mysql/dolphinscheduler_ddl.sql | MIGRATION
            engine/src/main/resources/org/camunda/bpm/engine/db/create/activiti.h2.create.engine.sql | MIGRATION
            engine/src/main/resources/org/camunda/bpm/engine/db/drop/activiti.h2.drop.engine.sql | MIGRATION
            engine/src/main/resources/org/camunda/bpm/engine/db/upgrade/h2_engine_7.1_to_7.2.sql | MIGRATION
            sql/install/schema.sql                                                 | MIGRATION
            db/uninstall/schema.sql                                                | MIGRATION
            scripts/h2_engine_7.1_to_7.2.sql                                       | MIGRATION
            scripts/1.0-to-1.1.sql                                                 | MIGRATION
            scripts/upgrade-3.2.0.sql                                              | MIGRATION
            scripts/mysql_patch_1_2.sql                                            | MIGRATION
            scripts/UPGRADE_v2.0.sql                                               | MIGRATION
            src/main/resources/schema.sql                                          | APPLICATION
            src/main/resources/data.sql                                            | APPLICATION
            src/main/resources/db/schema.sql                                       | APPLICATION
            src/main/resources/db/mysql/schema.sql                                 | APPLICATION
            src/main/resources/ddl/schema.sql                                      | APPLICATION
            src/main/resources/create/tables.sql                                   | APPLICATION
            src/main/resources/db/created/tables.sql                               | APPLICATION
            src/main/resources/upgraded/tables.sql                                 | APPLICATION
            src/main/java/com/acme/upgrade/UpgradeService.java                     | APPLICATION
            src/main/resources/mapper/patches/PatchMapper.xml                      | APPLICATION
            src/main/resources/db/create/create.xml                                | APPLICATION
            scripts/upgrade.sql                                                    | APPLICATION
            scripts/upgrade-notes.sql                                              | APPLICATION
            scripts/upgrade-3.sql                                                  | APPLICATION
            scripts/dispatch-1.2.sql                                               | APPLICATION
            scripts/app_1_to_2.sql                                                 | APPLICATION
            scripts/tomato_1.2.sql                                                 | APPLICATION
            upgrade.sql                                                            | APPLICATION
            """)
    void migrations(String path, SourceContext expected) {
        assertThat(DEFAULTS.of(path, Path.of(path))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            qa/reset.sql                                                           | TEST
            module/qa/reset.sql                                                    | TEST
            qaa/reset.sql                                                          | APPLICATION
            security-admin/db/postgres/optimized/current/ranger_core_db_postgres.sql | MIGRATION
            security-admin/db/postgres/ranger_core_db_postgres.sql                 | APPLICATION
            qa/db/migration/V1__init.sql                                           | TEST
            src/test/java/FooTest.java                                             | TEST
            db/upgrade/x.sql                                                       | MIGRATION
            """)
    void configuredGlobsAddToTheDefaults(String path, SourceContext expected) {
        PathContext configured = new PathContext(new ScanConfig(false, Map.of(), List.of(), List.of(),
                List.of("**/qa/**"), List.of("**/db/*/optimized/**")));

        assertThat(configured.of(path, Path.of(path))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            repo/ops/purge.sql       | ops/purge.sql     | MIGRATION
            ops/purge.sql            | purge.sql         | APPLICATION
            """)
    void globsMatchThePathInTheScannedDirectory(String shown, String relative, SourceContext expected) {
        PathContext configured = new PathContext(new ScanConfig(false, Map.of(), List.of(), List.of(), List.of(),
                List.of("ops/**")));

        assertThat(configured.of(shown, Path.of(relative))).isEqualTo(expected);
    }
}
