package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.ERROR;

import io.github.sqlguard.core.Settings;
import java.util.Optional;

/**
 * A migration tool that a developer runs from the build or a local command line, configured with a hard-coded
 * database URL whose host is not on the developer's machine: the Flyway and Liquibase Maven plugins, Gradle's
 * {@code flyway} and {@code liquibase} blocks, {@code flyway.conf}, {@code flyway.toml}, {@code liquibase.properties}
 * and committed {@code .env} files.
 */
public final class RemoteMigrationUrl implements SettingRule {

    public static final String ID = "remote-migration-url";

    static final RuleMeta META = new RuleMeta(
            ID,
            "Migration tool configured with a remote database URL",
            ERROR, ERROR,
            "A migration run from a laptop reaches whatever database its configuration names. When a pom's"
                    + " flyway-maven-plugin or liquibase-maven-plugin configuration, a Gradle `flyway { }` block,"
                    + " `flyway.conf`, `flyway.toml`, `liquibase.properties` or a committed `.env` hard-codes a URL"
                    + " whose host is not local, every `mvn flyway:migrate` on every machine runs against that host;"
                    + " with clean enabled (`cleanDisabled=false`, a `clean` execution, `dropFirst`, `dropAll`) one"
                    + " command drops every table there. That is how a production database lost every table for"
                    + " twelve hours: a migration command run locally while its configuration pointed at production."
                    + " Local hosts are `localhost`, loopback addresses, `host.docker.internal`, embedded H2, HSQLDB,"
                    + " Derby and SQLite databases, Testcontainers `jdbc:tc:` URLs and the services of the"
                    + " repository's Compose files. A URL taken from a placeholder the file does not set"
                    + " (`${env.DB_URL}`, `${DB_URL}`) is not hard-coded, and a profile, Flyway environment or"
                    + " `flyway-<env>.conf` that a run must name is not used by default; neither is reported.",
            "Take the URL from the environment of the run (`${env.FLYWAY_URL}`, `FLYWAY_URL`,"
                    + " `LIQUIBASE_COMMAND_URL`) or put it in a profile or environment that is never active by"
                    + " default, and keep clean disabled in any configuration that can reach a shared database.",
            "<plugin>\n"
                    + "  <artifactId>flyway-maven-plugin</artifactId>\n"
                    + "  <configuration>\n"
                    + "    <url>jdbc:postgresql://pg-prod.acme.internal:5432/shop</url>\n"
                    + "  </configuration>\n"
                    + "</plugin>",
            "<plugin>\n"
                    + "  <artifactId>flyway-maven-plugin</artifactId>\n"
                    + "  <configuration>\n"
                    + "    <url>${env.FLYWAY_URL}</url>\n"
                    + "  </configuration>\n"
                    + "</plugin>",
            "pom");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Settings settings, Reporter reporter) {
        check(settings, EnvironmentWords.DEFAULT, reporter);
    }

    @Override
    public void check(Settings settings, EnvironmentWords words, Reporter reporter) {
        for (ConfiguredUrl url : ConfiguredUrl.in(settings)) {
            String host = LocalHosts.firstRemote(url.url(), settings.project().serviceHosts(), words);
            Optional<LocalRun> run = host == null ? Optional.empty() : LocalRun.of(settings, url);
            run.ifPresent(r -> reporter.report(url.setting(), r.message(host, url)));
        }
    }
}
