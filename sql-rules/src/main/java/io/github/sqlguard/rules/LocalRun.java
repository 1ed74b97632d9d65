package io.github.sqlguard.rules;

import io.github.sqlguard.core.Setting;
import io.github.sqlguard.core.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a developer's own command runs a migration tool with a database URL of a configuration file, without asking
 * for an environment, and what in the same configuration makes that command drop everything.
 *
 * @param command     what runs it, in the message's words: {@code `mvn flyway:migrate`}
 * @param holder      what hard-codes the URL: {@code the flyway-maven-plugin configuration}
 * @param advice      where the URL should come from instead
 * @param destruction what in the same configuration drops every table, or null
 */
record LocalRun(String command, String holder, String advice, Destruction destruction) {

    /**
     * A command of the same configuration that drops every table.
     *
     * @param command what drops them: {@code `mvn flyway:clean`}
     * @param because the setting or execution that allows it, with its line
     * @param fix     what to change about that
     */
    record Destruction(String command, String because, String fix) {
    }

    /** The run of {@code url}, or empty when no command runs it unless an environment is asked for. */
    static Optional<LocalRun> of(Settings settings, ConfiguredUrl url) {
        if (!ConfigurationFile.readByDefault(settings.file())) {
            return Optional.empty();
        }
        String key = url.setting().canonicalKey();
        return switch (ConfigurationFile.of(settings.file())) {
            case MAVEN_POM -> MavenRun.of(settings, url);
            case GRADLE_BUILD -> gradle(settings, key);
            case FLYWAY_CONF -> key.equals("flyway.url") ? Optional.of(new LocalRun("`flyway migrate`", "this file",
                    "Leave `flyway.url` out and set `FLYWAY_URL` in the environment of the run, or keep such URLs in"
                            + " a `flyway-<environment>.conf` that a run names with `-configFiles`.",
                    flywayClean(settings, "`flyway clean`"))) : Optional.empty();
            case FLYWAY_TOML -> toml(settings, url);
            case LIQUIBASE_PROPERTIES -> key.equals("url") || key.equals("liquibase.command.url")
                    ? Optional.of(new LocalRun("`liquibase update`", "this file", "Leave the URL out and set"
                    + " `LIQUIBASE_COMMAND_URL` in the environment of the run, or keep such URLs in a"
                    + " `liquibase-<environment>.properties` that a run names with `--defaults-file`.", null))
                    : Optional.empty();
            case DOT_ENV -> Optional.of(new LocalRun("A run that loads `" + settings.file().path().getFileName()
                    + "` (Docker Compose, a dotenv library)", "`" + url.setting().key() + "`", "Keep committed `.env`"
                    + " files on local databases (localhost, a Compose service) and give other databases through the"
                    + " environment of the run.", dotEnvDestruction(settings)));
            default -> Optional.empty();
        };
    }

    /** The finding's message: the command, the host it reaches, and what to do. */
    String message(String host, ConfiguredUrl url) {
        if (destruction == null) {
            return command + " on any laptop runs against " + host + ": " + holder + " hard-codes " + url.quoted()
                    + ". " + advice;
        }
        return destruction.command() + " on any laptop drops every table on " + host + ": " + holder
                + " hard-codes " + url.quoted() + " and " + destruction.because() + ". " + destruction.fix()
                + ", and " + Character.toLowerCase(advice.charAt(0)) + advice.substring(1);
    }

    private static Optional<LocalRun> gradle(Settings settings, String key) {
        if (key.equals("flyway.url")) {
            return Optional.of(new LocalRun("`./gradlew flywayMigrate`", "the `flyway` block of this build",
                    "Take the URL from the environment (`System.getenv(\"FLYWAY_URL\")`) or from a property that only"
                            + " deployments pass (`-Pflyway.url=...`).", flywayClean(settings,
                    "`./gradlew flywayClean`")));
        }
        if (key.startsWith("liquibase.") && key.endsWith(".url")) {
            return Optional.of(new LocalRun("`./gradlew update`", "the `liquibase` block of this build",
                    "Take the URL from the environment (`System.getenv(\"LIQUIBASE_URL\")`) or from a property that"
                            + " only deployments pass (`-PdbUrl=...`).", null));
        }
        return Optional.empty();
    }

    /** Only the environment Flyway uses when none is named: {@code flyway.environment}, else {@code default}. */
    private static Optional<LocalRun> toml(Settings settings, ConfiguredUrl url) {
        String environment = url.tomlEnvironment();
        String chosen = Objects.requireNonNullElse(settings.value("flyway.environment"), "default");
        if (environment == null || !environment.equals(chosen)) {
            return Optional.empty();
        }
        return Optional.of(new LocalRun("`flyway migrate`", "environment `" + environment + "`, the one Flyway uses"
                + " when a run names none,", "Take the URL from the environment (`url = \"${env.FLYWAY_URL}\"`) or"
                + " keep it in an environment that a run names with `-environment`.", flywayClean(settings,
                "`flyway clean`")));
    }

    /** {@code cleanDisabled=false} anywhere in a file that configures one Flyway run. */
    static Destruction flywayClean(Settings settings, String command) {
        for (Setting s : settings.settings()) {
            if (s.canonicalKey().equals("flyway.cleandisabled")
                    && DestructiveSettings.judge(s, settings::value).isPresent()) {
                return new Destruction(command, line(s) + " lets clean run", "Keep clean disabled");
            }
        }
        return null;
    }

    private static final Set<String> DOT_ENV_CLEAN = Set.of("flywaycleandisabled", "springflywaycleandisabled");
    private static final Set<String> DOT_ENV_DROP_FIRST = Set.of("liquibasedropfirst", "springliquibasedropfirst");

    private static Destruction dotEnvDestruction(Settings settings) {
        String loaded = " with `" + settings.file().path().getFileName() + "` loaded";
        for (Setting s : settings.settings()) {
            String key = s.canonicalKey();
            String value = s.value().strip().toLowerCase(Locale.ROOT);
            if (DOT_ENV_CLEAN.contains(key) && List.of("false", "0", "no", "off").contains(value)) {
                return new Destruction("`flyway clean`" + loaded, line(s) + " lets clean run", "Keep clean disabled");
            }
            if (DOT_ENV_DROP_FIRST.contains(key) && List.of("true", "1", "yes", "on").contains(value)) {
                return new Destruction("Starting the application" + loaded, line(s) + " makes Liquibase drop every"
                        + " object first", "Set it to false");
            }
        }
        return null;
    }

    /** {@code `key=value` (line n)}, masked. */
    static String line(Setting s) {
        return "`" + DatabaseUrl.mask(s.snippet()) + "` (line " + s.start().line() + ")";
    }
}
