package io.github.sqlguard.rules;

import io.github.sqlguard.core.SourceFile;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What reads a configuration file, told by its name, and which environment the name is for. */
enum ConfigurationFile {
    MAVEN_POM, GRADLE_BUILD, FLYWAY_CONF, FLYWAY_TOML, LIQUIBASE_PROPERTIES, DOT_ENV, SPRING, OTHER;

    private static final Pattern SPRING_NAME = Pattern.compile("(?:application|bootstrap)(?:-(.+))?\\.(?:properties|ya?ml)");
    private static final Pattern FLYWAY_NAME = Pattern.compile("flyway(?:[.-](.+))?\\.(conf|toml)");
    private static final Pattern LIQUIBASE_NAME = Pattern.compile("liquibase(?:[.-](.+))?\\.properties");
    private static final Pattern DOT_ENV_NAME = Pattern.compile("\\.env(?:\\.(.+))?");

    /** {@code .env} names that are templates to copy, which nothing loads. */
    private static final Set<String> TEMPLATE_WORDS = Set.of("example", "sample", "template", "tpl", "dist");

    /** The {@code .env} files development servers and dotenv loaders read without being told to. */
    private static final Set<String> DEFAULT_DOT_ENVS = Set.of("local", "development", "development.local");

    static ConfigurationFile of(SourceFile file) {
        String name = name(file);
        if (name.equals("pom.xml")) {
            return MAVEN_POM;
        }
        if (name.equals("build.gradle") || name.equals("build.gradle.kts")) {
            return GRADLE_BUILD;
        }
        Matcher flyway = FLYWAY_NAME.matcher(name);
        if (flyway.matches()) {
            return flyway.group(2).equals("conf") ? FLYWAY_CONF : FLYWAY_TOML;
        }
        if (LIQUIBASE_NAME.matcher(name).matches()) {
            return LIQUIBASE_PROPERTIES;
        }
        if (DOT_ENV_NAME.matcher(name).matches()) {
            return DOT_ENV;
        }
        return SPRING_NAME.matcher(name).matches() ? SPRING : OTHER;
    }

    /**
     * The environment the file's name is for: {@code dev} for {@code application-dev.yml} and {@code flyway-dev.conf},
     * {@code production} for {@code .env.production}; null when the name says none.
     */
    static String environment(SourceFile file) {
        String name = name(file);
        for (Pattern p : new Pattern[] {SPRING_NAME, FLYWAY_NAME, LIQUIBASE_NAME, DOT_ENV_NAME}) {
            Matcher m = p.matcher(name);
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** A {@code .env.example} and the like: a template to copy, never loaded. */
    static boolean isTemplate(SourceFile file) {
        String environment = environment(file);
        return of(file) == DOT_ENV && environment != null
                && EnvironmentWords.words(environment).stream().anyMatch(TEMPLATE_WORDS::contains);
    }

    /**
     * True for a file its tool reads when no environment is asked for: {@code flyway.conf}, {@code flyway.toml},
     * {@code liquibase.properties}, {@code .env}, {@code .env.local}, {@code .env.development}, poms and Gradle
     * builds. {@code flyway-prod.conf} or {@code .env.production} is read only when asked for.
     */
    static boolean readByDefault(SourceFile file) {
        String environment = environment(file);
        return switch (of(file)) {
            case MAVEN_POM, GRADLE_BUILD -> true;
            case DOT_ENV -> environment == null || DEFAULT_DOT_ENVS.contains(environment);
            case FLYWAY_CONF, FLYWAY_TOML, LIQUIBASE_PROPERTIES -> environment == null;
            default -> false;
        };
    }

    private static String name(SourceFile file) {
        return file.path().getFileName() == null ? "" : file.path().getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
