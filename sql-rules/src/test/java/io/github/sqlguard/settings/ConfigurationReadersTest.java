package io.github.sqlguard.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.Setting;
import io.github.sqlguard.xml.SafeXml;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers of .env files, Gradle builds, Compose files and a pom's profiles and executions. */
class ConfigurationReadersTest {

    private static List<String> pairs(List<Setting> settings) {
        return settings.stream().map(Setting::snippet).toList();
    }

    @Test
    void theSourceAcceptsTheNewFiles() {
        SettingsSource source = new SettingsSource();
        for (String name : List.of(".env", ".env.local", ".env.production", "liquibase.properties",
                "liquibase-dev.properties", "build.gradle", "build.gradle.kts")) {
            assertThat(source.accepts(name)).as(name).isTrue();
        }
        for (String name : List.of(".envrc", "env", "settings.gradle", "liquibase.yml", "docker-compose.yml")) {
            assertThat(source.accepts(name)).as(name).isFalse();
        }
        assertThat(source.recognizes("build.gradle", "plugins { id 'java' }")).isFalse();
        assertThat(source.recognizes("build.gradle", "flyway { url = 'x' }")).isTrue();
    }

    @Test
    void dotEnvQuotesExportsAndComments() {
        List<Setting> settings = DotEnvFile.read("""
                # a comment
                DATABASE_URL=postgres://u@h/db # the shared one
                export JDBC_URL = "jdbc:postgresql://h/db"
                SINGLE='a # b'
                EMPTY=
                not a setting
                HASH=a#b
                """);

        assertThat(pairs(settings)).containsExactly("DATABASE_URL=postgres://u@h/db",
                "JDBC_URL=jdbc:postgresql://h/db", "SINGLE=a # b", "EMPTY=", "HASH=a#b");
        assertThat(settings.get(1).start()).isEqualTo(new Position(3, 8));
        assertThat(settings.get(0).end()).isEqualTo(new Position(2, 31));
    }

    @Test
    void gradleBlocksInGroovyAndKotlin() {
        List<Setting> settings = GradleFile.read("""
                flyway {
                    url = 'jdbc:postgresql://a/db' // a comment with url = 'jdbc:x://y'
                    /* url = 'jdbc:postgresql://commented/db' */
                    cleanDisabled = false
                    user = "$dbUser"
                    schemas = ['shop']
                }
                liquibase {
                    activities {
                        main {
                            url "jdbc:mysql://b/db"
                            arguments = [changelogFile: 'x.xml', url: 'jdbc:mysql://c/db']
                        }
                    }
                }
                task other { url = 'jdbc:postgresql://d/db' }
                val text = "flyway { url = 'jdbc:postgresql://e/db' }"
                flyway { url.set("jdbc:postgresql://f/db") }
                """);

        assertThat(pairs(settings)).containsExactly("flyway.url=jdbc:postgresql://a/db", "flyway.cleanDisabled=false",
                "liquibase.url=jdbc:mysql://b/db", "liquibase.changelogFile=x.xml", "liquibase.url=jdbc:mysql://c/db",
                "flyway.url=jdbc:postgresql://f/db");
        assertThat(settings.get(0).start()).isEqualTo(new Position(2, 5));
        assertThat(settings.get(0).end()).isEqualTo(new Position(2, 35));
    }

    @Test
    void composeHostsAreServicesContainerNamesHostnamesAndAliases() {
        assertThat(ComposeFile.hosts("""
                services:
                  Shop-DB:
                    image: postgres
                    container_name: shop-pg
                    networks:
                      back:
                        aliases: [database, pg]
                  cache:
                    hostname: redis-1
                    networks: [back]
                """)).containsExactly("cache", "database", "pg", "redis-1", "shop-db", "shop-pg");
        assertThat(ComposeFile.hosts("services: [unclosed")).isEmpty();
        assertThat(ComposeFile.isCompose("docker-compose.override.yml")).isTrue();
        assertThat(ComposeFile.isCompose("compose.yaml")).isTrue();
        assertThat(ComposeFile.isCompose("composer.yml")).isFalse();
    }

    @Test
    void pomProfilesAndExecutionsAreWhereTheirSettingsBelong() throws Exception {
        List<Setting> settings = XmlSettings.pom(SafeXml.parse("""
                <project>
                  <build><plugins><plugin>
                    <artifactId>flyway-maven-plugin</artifactId>
                    <configuration><url>a</url></configuration>
                    <executions><execution>
                      <id>reset</id><phase>verify</phase><goals><goal>clean</goal></goals>
                      <configuration><url>b</url></configuration>
                    </execution></executions>
                  </plugin></plugins></build>
                  <profiles><profile>
                    <id>dev</id>
                    <activation><activeByDefault>true</activeByDefault></activation>
                    <build><plugins><plugin>
                      <artifactId>liquibase-maven-plugin</artifactId>
                      <configuration><url>c</url></configuration>
                    </plugin></plugins></build>
                  </profile></profiles>
                </project>
                """));

        assertThat(settings).extracting(s -> s.snippet() + " " + s.profile() + " " + s.block()).containsExactly(
                "flyway.url=a null null", "flyway.execution.phase=verify null reset",
                "flyway.execution.goal=clean null reset", "flyway.url=b null reset",
                "activation.activeByDefault=true dev null", "liquibase.url=c dev null");
    }
}
