package io.github.sqlguard.rules;

import static io.github.sqlguard.core.Severity.ERROR;

import io.github.sqlguard.core.Settings;
import io.github.sqlguard.core.SourceFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * A configuration for a development, local, test, QA or staging environment that names a production database: by
 * the words of its host or database name, or by being the same server, port and database as a production
 * configuration of the project.
 */
public final class CrossEnvironmentDatabase implements SettingRule {

    public static final String ID = "cross-environment-database";

    static final RuleMeta META = new RuleMeta(
            ID,
            "Configuration of one environment that names the database of another",
            ERROR, ERROR,
            "A file or profile named for development, local, test, QA or staging (`application-dev.properties`,"
                    + " a `spring.config.activate.on-profile: dev` document, `.env.development`, `flyway-dev.conf`,"
                    + " a Maven profile `dev`) whose database URL points at production sends that environment's"
                    + " writes, test data and clean-ups to production. A swapped environment file once pointed an API"
                    + " at a half-cloned database for two days. A URL points at production when a word of its host or"
                    + " database name is a production word (`prod`, `production`, `prd`, `live`, `primary`; whole"
                    + " words, so `improd` and `reproduce` do not count, and a name that also says `dev` or `test`"
                    + " is not production), or when a production configuration of the project (`application-prod.yml`,"
                    + " `.env.production`, profile `prod`) has the same server, port and database, whatever the"
                    + " credentials. Local databases (localhost, a Compose service, embedded H2) are never"
                    + " production. The words are configurable in `.sqlguard.yml` under `environments`.",
            "Give each environment a database of its own, and take shared URLs from the environment of the run, not"
                    + " from a file that names an environment.",
            "spring.config.activate.on-profile=dev\n"
                    + "spring.datasource.url=jdbc:postgresql://pg-prod.acme.internal:5432/shop",
            "spring.config.activate.on-profile=dev\n"
                    + "spring.datasource.url=jdbc:postgresql://pg-dev.acme.internal:5432/shop",
            "properties");

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
        Set<String> services = settings.project().serviceHosts();
        for (ConfiguredUrl url : ConfiguredUrl.in(settings)) {
            if (side(words, url) != EnvironmentWords.Side.OTHER || LocalHosts.isLocal(url.url(), services, words)) {
                continue;
            }
            Optional<String> message = sharedWithProduction(settings, words, url)
                    .or(() -> namedProduction(settings, words, url));
            message.ifPresent(m -> reporter.report(url.setting(), m));
        }
    }

    private static Optional<String> sharedWithProduction(Settings settings, EnvironmentWords words,
            ConfiguredUrl url) {
        String identity = url.url().identity();
        for (Settings other : settings.project().files()) {
            for (ConfiguredUrl candidate : ConfiguredUrl.in(other)) {
                if (side(words, candidate) == EnvironmentWords.Side.PRODUCTION
                        && identity.equals(candidate.url().identity())) {
                    return Optional.of(environment(settings, url) + " uses the production database: "
                            + url.quoted() + " is the server and database of " + environment(other, candidate) + " ("
                            + shown(settings.file(), other.file().path()) + ":" + candidate.setting().start().line()
                            + "). A `" + url.environment() + "` run reads and writes production data there. Give `"
                            + url.environment() + "` a database of its own.");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> namedProduction(Settings settings, EnvironmentWords words, ConfiguredUrl url) {
        for (DatabaseUrl.Host host : url.url().hosts()) {
            Optional<String> word = words.productionWord(host.name());
            if (word.isPresent()) {
                return Optional.of(message(settings, url, "host " + host.name(), word.get()));
            }
        }
        return words.productionWord(url.url().database())
                .map(word -> message(settings, url, "database " + url.url().database(), word));
    }

    private static String message(Settings settings, ConfiguredUrl url, String what, String word) {
        return environment(settings, url) + " points at a production database: " + what + " says `" + word + "` ("
                + url.quoted() + "). A `" + url.environment() + "` run reads and writes production data there. Point it"
                + " at a `" + url.environment() + "` database, or take the URL from the environment of the run.";
    }

    /** The environment, if it names one and only one side; a negated profile ({@code !prod}) names none. */
    private static EnvironmentWords.Side side(EnvironmentWords words, ConfiguredUrl url) {
        String environment = url.environment();
        return environment == null || environment.contains("!") ? EnvironmentWords.Side.NEITHER
                : words.side(environment);
    }

    /** How a message names where a URL's environment comes from: a profile, or the file named for it. */
    private static String environment(Settings settings, ConfiguredUrl url) {
        if (url.setting().profile() != null) {
            boolean maven = ConfigurationFile.of(settings.file()) == ConfigurationFile.MAVEN_POM;
            return (maven ? "Maven profile `" : "Profile `") + url.setting().profile() + "`";
        }
        if (url.tomlEnvironment() != null && url.tomlEnvironment().equals(url.environment())) {
            return "Flyway environment `" + url.environment() + "`";
        }
        return "`" + settings.file().path().getFileName() + "`";
    }

    /**
     * How a report shows {@code other}: relative to the folder {@code shown}'s display path starts from, like every
     * path of the report; absolute when it lies outside that folder.
     */
    static String shown(SourceFile shown, Path other) {
        Path display = Path.of(shown.displayPath());
        Path base = shown.path().toAbsolutePath().normalize();
        if (display.isAbsolute()) {
            return other.toString().replace('\\', '/');
        }
        for (int i = 0; i < display.getNameCount() && base != null; i++) {
            base = base.getParent();
        }
        Path target = other.toAbsolutePath().normalize();
        return base != null && target.startsWith(base) ? base.relativize(target).toString().replace('\\', '/')
                : target.toString().replace('\\', '/');
    }
}
