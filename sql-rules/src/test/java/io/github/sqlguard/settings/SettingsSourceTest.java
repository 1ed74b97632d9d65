package io.github.sqlguard.settings;

import io.github.sqlguard.engine.Engine;
import io.github.sqlguard.core.Settings;
import io.github.sqlguard.core.Finding;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.rules.DestructiveSchemaSetting;
import io.github.sqlguard.core.SourceOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsSourceTest {

    record Reported(Position start, Position end, String snippet, String message) {
    }

    @TempDir
    Path dir;

    private static final Engine ENGINE = new Engine(Map.of());

    private final SettingsSource source = new SettingsSource();
    private final List<Reported> findings = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private List<Reported> read(String fileName, String text) {
        SourceFile file = new SourceFile(Path.of("src/main/resources").resolve(fileName),
                "src/main/resources/" + fileName, SourceContext.APPLICATION);
        source.read(file, text, new SourceOutput() {
            @Override
            public void piece(SqlPiece piece) {
                throw new AssertionError("settings yield no SQL");
            }

            @Override
            public void settings(Settings settings) {
                for (Finding f : ENGINE.check(settings)) {
                    assertThat(f.ruleId()).isEqualTo(DestructiveSchemaSetting.ID);
                    findings.add(new Reported(f.start(), f.end(), f.snippet(), f.message()));
                }
            }

            @Override
            public void problem(String message) {
                problems.add(message);
            }

            @Override
            public void reference(Path path) {
                throw new AssertionError("settings reference no files");
            }
        });
        return findings;
    }

    private List<String> snippets(String fileName, String text) {
        return read(fileName, text).stream().map(Reported::snippet).toList();
    }

    @Test
    void acceptsSpringHibernateFlywayJpaAndPomFiles() {
        for (String name : List.of("application.properties", "application-prod.properties", "application.yml",
                "application-dev.yaml", "bootstrap.yml", "bootstrap-cloud.properties", "hibernate.properties",
                "flyway.conf", "flyway.toml", "persistence.xml", "hibernate.cfg.xml", "pom.xml")) {
            assertThat(source.accepts(name)).as(name).isTrue();
        }
        for (String name : List.of("app.properties", "messages.properties", "applications.yml", "docker-compose.yml",
                "web.xml", "OrderMapper.xml", "flyway.sql", "application.json")) {
            assertThat(source.accepts(name)).as(name).isFalse();
        }
    }

    @Test
    void pomIsRecognizedOnlyWithFlywayOrLiquibase() {
        assertThat(source.recognizes("pom.xml", "<project><build><plugins><plugin><artifactId>flyway-maven-plugin"))
                .isTrue();
        assertThat(source.recognizes("pom.xml", "<project><artifactId>shop</artifactId></project>")).isFalse();
        assertThat(source.recognizes("persistence.xml", "<persistence/>")).isTrue();
        assertThat(source.recognizes("persistence.xml", "<beans/>")).isFalse();
    }

    @Test
    void propertiesSeparatorsAndPositions() {
        List<Reported> r = read("application.properties", """
                spring.jpa.hibernate.ddl-auto=create
                  spring.jpa.hibernate.ddl-auto : create-drop \t
                spring.jpa.hibernate.ddl-auto\tdrop
                spring.jpa.hibernate.ddl-auto:validate
                spring.jpa.hibernate.ddl-auto=create-only
                """);

        assertThat(r).extracting(Reported::snippet).containsExactly("spring.jpa.hibernate.ddl-auto=create",
                "spring.jpa.hibernate.ddl-auto=create-drop", "spring.jpa.hibernate.ddl-auto=drop");
        assertThat(r.get(0).start()).isEqualTo(new Position(1, 1));
        assertThat(r.get(0).end()).isEqualTo(new Position(1, 37));
        assertThat(r.get(1).start()).isEqualTo(new Position(2, 3));
        assertThat(r.get(1).end()).isEqualTo(new Position(2, 46));
        assertThat(r.get(1).message()).contains("spring.jpa.hibernate.ddl-auto=create-drop")
                .contains("drops and recreates every table the application maps at each start-up")
                .contains("all rows are lost").contains("validate").contains("none");
    }

    @Test
    void propertiesContinuationsCommentsAndEscapes() {
        List<Reported> r = read("application.properties", "# a comment ending in a backslash \\\n"
                + "spring.jpa.hibernate.ddl-auto=create\n"
                + "! spring.liquibase.drop-first=true\n"
                + "spring.flyway.clean-\\\n"
                + "    disabled = fal\\\n"
                + "      se\n"
                + "note=do not set \\\n"
                + "spring.liquibase.drop-first=true\n"
                + "spring.liquibase.drop\\-first=\\u0074rue\r\n"
                + "  # spring.jpa.hibernate.ddl-auto=create\n");

        assertThat(r).extracting(Reported::snippet).containsExactly("spring.jpa.hibernate.ddl-auto=create",
                "spring.flyway.clean-disabled=false", "spring.liquibase.drop-first=true");
        assertThat(r.get(1).start()).isEqualTo(new Position(4, 1));
        assertThat(r.get(1).end()).isEqualTo(new Position(6, 9));
        assertThat(r.get(2).start()).isEqualTo(new Position(9, 1));
    }

    @Test
    void propertiesDocumentsCarryTheirProfile() {
        List<Reported> r = read("application.properties", """
                spring.jpa.hibernate.ddl-auto=validate
                #---
                spring.config.activate.on-profile=local
                spring.jpa.hibernate.ddl-auto=create-drop
                #---
                spring.liquibase.drop-first=true
                """);

        assertThat(r).extracting(Reported::snippet).containsExactly("spring.jpa.hibernate.ddl-auto=create-drop",
                "spring.liquibase.drop-first=true");
        assertThat(r.get(0).message()).contains("in profile `local`");
        assertThat(r.get(1).message()).doesNotContain("profile");
    }

    @Test
    void relaxedBindingAndUnrelatedKeys() {
        assertThat(snippets("application.properties", """
                spring.jpa.hibernate.ddlAuto=create
                spring.jpa.hibernate.ddl_auto=create
                SPRING.JPA.HIBERNATE.DDL-AUTO=create
                spring.flyway.cleanDisabled=off
                spring.jpa.properties[hibernate.hbm2ddl.auto]=create-drop
                my.app.ddl-auto=create
                spring.jpa.hibernate.ddl-auto.note=create
                spring.jpa.hibernate.naming.physical-strategy=create
                """)).containsExactly("spring.jpa.hibernate.ddlAuto=create", "spring.jpa.hibernate.ddl_auto=create",
                "SPRING.JPA.HIBERNATE.DDL-AUTO=create", "spring.flyway.cleanDisabled=off",
                "spring.jpa.properties[hibernate.hbm2ddl.auto]=create-drop");
    }

    @Test
    void valuesAreCaseInsensitiveAndOnlyDestructiveOnesCount() {
        assertThat(snippets("hibernate.properties", """
                hibernate.hbm2ddl.auto=CREATE-DROP
                hibernate.hbm2ddl.auto=Truncate
                hibernate.hbm2ddl.auto=create-only
                hibernate.hbm2ddl.auto=update
                hibernate.hbm2ddl.auto=validate
                hibernate.hbm2ddl.auto=none
                jakarta.persistence.schema-generation.database.action=create
                jakarta.persistence.schema-generation.database.action=DROP-AND-CREATE
                jakarta.persistence.schema-generation.scripts.action=drop-and-create
                """)).containsExactly("hibernate.hbm2ddl.auto=CREATE-DROP", "hibernate.hbm2ddl.auto=Truncate",
                "jakarta.persistence.schema-generation.database.action=DROP-AND-CREATE");
    }

    @Test
    void flywayAndLiquibaseSwitches() {
        assertThat(snippets("application.properties", """
                spring.flyway.clean-disabled=false
                spring.flyway.clean-disabled=true
                spring.flyway.clean-on-validation-error=true
                spring.flyway.clean-on-validation-error=false
                spring.liquibase.drop-first=true
                spring.liquibase.drop-first=false
                liquibase.dropFirst=true
                flyway.cleanOnValidationError=yes
                """)).containsExactly("spring.flyway.clean-disabled=false",
                "spring.flyway.clean-on-validation-error=true", "spring.liquibase.drop-first=true",
                "liquibase.dropFirst=true", "flyway.cleanOnValidationError=yes");
        assertThat(findings.get(0).message()).contains("Set it to true");
    }

    @Test
    void placeholdersAreJudgedByTheirDefaultOrTheKeyTheyName() {
        List<Reported> r = read("application.properties", """
                spring.jpa.hibernate.ddl-auto=${DDL_AUTO:create-drop}
                spring.jpa.hibernate.ddl-auto=${DDL_AUTO:validate}
                spring.jpa.hibernate.ddl-auto=${DDL_AUTO}
                spring.jpa.hibernate.ddl-auto=${A:${B:create}}
                spring.jpa.hibernate.ddl-auto=${app.schema-mode}
                app.schema-mode=drop
                spring.jpa.hibernate.ddl-auto=${app.safe-mode:create}
                app.safe-mode=none
                spring.jpa.hibernate.ddl-auto=${loop}
                loop=${loop}
                """);

        assertThat(r).extracting(Reported::snippet).containsExactly(
                "spring.jpa.hibernate.ddl-auto=${DDL_AUTO:create-drop}",
                "spring.jpa.hibernate.ddl-auto=${A:${B:create}}",
                "spring.jpa.hibernate.ddl-auto=${app.schema-mode}");
        assertThat(r.get(0).message()).contains("the default of `${DDL_AUTO:create-drop}`")
                .contains("whenever DDL_AUTO is not set");
        assertThat(r.get(2).message()).contains("through `${app.schema-mode}`");
    }

    @Test
    void yamlNestedKeysAndDocumentsWithProfiles() {
        List<Reported> r = read("application.yml", """
                spring:
                  jpa:
                    hibernate:
                      ddl-auto: validate
                ---
                spring:
                  config:
                    activate:
                      on-profile: dev
                  jpa:
                    hibernate:
                      ddl-auto: create-drop   # for local runs
                ---
                spring.config.activate.on-profile: demo
                spring.flyway.clean-disabled: false
                spring.jpa.properties:
                  "[hibernate.hbm2ddl.auto]": drop
                  jakarta.persistence.schema-generation.database.action: none
                ---
                spring:
                  liquibase:
                    drop-first: true
                """);

        assertThat(problems).isEmpty();
        assertThat(r).extracting(Reported::snippet).containsExactly("spring.jpa.hibernate.ddl-auto=create-drop",
                "spring.flyway.clean-disabled=false", "spring.jpa.properties.[hibernate.hbm2ddl.auto]=drop",
                "spring.liquibase.drop-first=true");
        assertThat(r.get(0).start()).isEqualTo(new Position(12, 7));
        assertThat(r.get(0).end()).isEqualTo(new Position(12, 28));
        assertThat(r.get(0).message()).contains("in profile `dev`");
        assertThat(r.get(1).message()).contains("in profile `demo`");
        assertThat(r.get(3).message()).doesNotContain("profile");
    }

    @Test
    void yamlAnchorsMergeAndPlaceholders() {
        assertThat(snippets("application-local.yaml", """
                base: &base
                  ddl-auto: create
                spring:
                  jpa:
                    hibernate:
                      <<: *base
                    properties:
                      hibernate.hbm2ddl.auto: ${HBM2DDL:create-drop}
                """)).containsExactly("spring.jpa.hibernate.ddl-auto=create",
                "spring.jpa.properties.hibernate.hbm2ddl.auto=${HBM2DDL:create-drop}");
    }

    @Test
    void yamlAliasBombIsAProblemNotAHang() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i <= 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 9; k++) {
                yaml.append(k == 0 ? "" : ",").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        yaml.append("spring.jpa.hibernate.ddl-auto: create\n");

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read("application.yml", yaml.toString()));

        assertThat(problems).singleElement().asString().startsWith("src/main/resources/application.yml: YAML not fully"
                + " read: ").doesNotContain("\n");
    }

    @Test
    void yamlRecursionAndSyntaxErrorsAreProblems() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read("application.yml",
                "spring.jpa.hibernate.ddl-auto: create\nloop: &l [*l, *l]\n"));
        assertThat(findings).extracting(Reported::snippet).containsExactly("spring.jpa.hibernate.ddl-auto=create");

        findings.clear();
        problems.clear();
        read("application.yml", "spring.jpa.hibernate.ddl-auto: create-drop\n---\nspring: [unclosed\n");
        assertThat(findings).extracting(Reported::snippet).containsExactly(
                "spring.jpa.hibernate.ddl-auto=create-drop");
        assertThat(problems).singleElement().asString().contains("YAML not fully read");
    }

    @Test
    void persistenceXmlProperties() {
        List<Reported> r = read("persistence.xml", """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="shop">
                    <properties>
                      <property name="jakarta.persistence.schema-generation.database.action" value="drop-and-create"/>
                      <property name="javax.persistence.schema-generation.database.action" value="create"/>
                      <property name="hibernate.hbm2ddl.auto"
                                value="create-drop"/>
                      <property name="hibernate.hbm2ddl.auto" value="validate"/>
                    </properties>
                  </persistence-unit>
                </persistence>
                """);

        assertThat(r).extracting(Reported::snippet).containsExactly(
                "jakarta.persistence.schema-generation.database.action=drop-and-create",
                "hibernate.hbm2ddl.auto=create-drop");
        assertThat(r.get(1).start()).isEqualTo(new Position(6, 7));
        assertThat(r.get(1).end()).isEqualTo(new Position(7, 38));
    }

    @Test
    void hibernateCfgXmlWithAndWithoutPrefix() {
        assertThat(snippets("hibernate.cfg.xml", """
                <!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
                  "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
                <hibernate-configuration><session-factory>
                  <property name="hbm2ddl.auto">create</property>
                  <property name="hibernate.hbm2ddl.auto"> drop </property>
                  <property name="hibernate.hbm2ddl.auto">update</property>
                  <property name="connection.url">jdbc:h2:mem:create</property>
                </session-factory></hibernate-configuration>
                """)).containsExactly("hibernate.hbm2ddl.auto=create", "hibernate.hbm2ddl.auto=drop");
    }

    @Test
    void pomPluginConfigurationAndProperties() {
        List<Reported> r = read("pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <properties>
                    <flyway.cleanOnValidationError>true</flyway.cleanOnValidationError>
                    <reset>true</reset>
                  </properties>
                  <build>
                    <pluginManagement><plugins>
                      <plugin>
                        <artifactId>flyway-maven-plugin</artifactId>
                        <configuration><cleanDisabled>false</cleanDisabled></configuration>
                      </plugin>
                    </plugins></pluginManagement>
                    <plugins>
                      <plugin>
                        <artifactId>liquibase-maven-plugin</artifactId>
                        <executions><execution><configuration>
                          <dropFirst>${reset}</dropFirst>
                        </configuration></execution></executions>
                      </plugin>
                      <plugin>
                        <artifactId>flyway-maven-plugin</artifactId>
                        <configuration><cleanDisabled>true</cleanDisabled></configuration>
                      </plugin>
                      <plugin>
                        <artifactId>maven-clean-plugin</artifactId>
                        <configuration><dropFirst>true</dropFirst><cleanDisabled>false</cleanDisabled></configuration>
                      </plugin>
                    </plugins>
                  </build>
                  <profiles><profile><build><plugins><plugin>
                    <artifactId>liquibase-maven-plugin</artifactId>
                    <configuration><dropFirst>true</dropFirst></configuration>
                  </plugin></plugins></build></profile></profiles>
                </project>
                """);

        assertThat(r).extracting(Reported::snippet).containsExactly("flyway.cleanOnValidationError=true",
                "liquibase.dropFirst=${reset}", "flyway.cleanDisabled=false", "liquibase.dropFirst=true");
        assertThat(r).extracting(f -> f.start().line()).containsExactly(3, 17, 10, 32);
    }

    @Test
    void flywayConfAndToml() {
        assertThat(snippets("flyway.conf", """
                flyway.cleanDisabled=false
                flyway.cleanDisabled=true
                flyway.cleanOnValidationError=false
                """)).containsExactly("flyway.cleanDisabled=false");
        findings.clear();
        List<Reported> r = read("flyway.toml", """
                [environments.dev.flyway]
                cleanDisabled = false   # local only
                [flyway]
                cleanDisabled = true
                "cleanOnValidationError" = 'true'
                locations = ["filesystem:sql"]
                """);
        assertThat(r).extracting(Reported::snippet).containsExactly("flyway.cleanDisabled=false",
                "flyway.cleanOnValidationError=true");
        assertThat(r.get(0).start()).isEqualTo(new Position(2, 1));
    }

    @Test
    void xmlBombAndExternalEntitiesAreProblemsAndNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        StringBuilder bomb = new StringBuilder("<!DOCTYPE persistence [<!ENTITY l0 \"create\">");
        for (int i = 1; i <= 12; i++) {
            bomb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]>");
        String unit = "<persistence><persistence-unit name=\"u\"><properties>"
                + "<property name=\"hibernate.hbm2ddl.auto\" value=\"%s\"/></properties></persistence-unit></persistence>";

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read("persistence.xml",
                bomb + unit.formatted("&l12;")));
        read("hibernate.cfg.xml", "<!DOCTYPE hibernate-configuration [<!ENTITY s SYSTEM \"" + secret.toUri()
                + "\">]><hibernate-configuration><session-factory><property name=\"hbm2ddl.auto\">&s;</property>"
                + "</session-factory></hibernate-configuration>");

        assertThat(findings).isEmpty();
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p)
                .matches("src/main/resources/(persistence|hibernate\\.cfg)\\.xml: not read: .*")
                .doesNotContain("TOP-SECRET-42")
                .doesNotContain("\n"));
    }
}
