package io.github.sqlguard.settings;

import io.github.sqlguard.core.ProjectSettings;
import io.github.sqlguard.core.Setting;
import io.github.sqlguard.core.Settings;
import io.github.sqlguard.core.Source;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SourceOutput;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.xml.SafeXml;
import io.github.sqlguard.xml.XmlElement;
import io.github.sqlguard.xml.XmlException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Configuration files whose settings can wipe the database at start-up or point a run at a database: Spring Boot
 * {@code application*} and {@code bootstrap*} properties and YAML, {@code hibernate.properties},
 * {@code hibernate.cfg.xml}, {@code persistence.xml}, {@code flyway.conf}, {@code flyway.toml},
 * {@code liquibase.properties}, {@code .env} files, and the Flyway and Liquibase configuration of poms and Gradle build
 * files. Yields their settings, for the rules that judge settings; yields no SQL. Prepared for a scan, it reads every
 * such file of the scan first, and the project's Compose files, so that each file's settings come with the rest of
 * the project's.
 */
public final class SettingsSource implements Source {

    private static final Pattern SPRING_PROPERTIES = Pattern.compile("(application|bootstrap)(-[^/]*)?\\.properties");
    private static final Pattern SPRING_YAML = Pattern.compile("(application|bootstrap)(-[^/]*)?\\.ya?ml");
    private static final Pattern FLYWAY_CONF = Pattern.compile("flyway([.-][^/]*)?\\.conf");
    private static final Pattern FLYWAY_TOML = Pattern.compile("flyway([.-][^/]*)?\\.toml");
    private static final Pattern LIQUIBASE_PROPERTIES = Pattern.compile("liquibase([.-][^/]*)?\\.properties");
    private static final Pattern DOT_ENV = Pattern.compile("\\.env(\\.[^/]+)?");

    private enum Format {
        PROPERTIES, YAML, TOML, DOT_ENV, GRADLE, PERSISTENCE, HIBERNATE_CFG, POM
    }

    private final ProjectSettings project;
    private final String projectKey;

    public SettingsSource() {
        this(ProjectSettings.NONE, "");
    }

    private SettingsSource(ProjectSettings project, String projectKey) {
        this.project = project;
        this.projectKey = projectKey;
    }

    /** A copy that knows the settings of every configuration file among {@code files} and their Compose hosts. */
    @Override
    public Source prepare(List<Path> files) {
        ProjectReading reading = ProjectReading.of(files, this);
        return new SettingsSource(reading.project(), reading.key());
    }

    @Override
    public String stateKey() {
        return projectKey;
    }

    @Override
    public boolean accepts(String fileName) {
        return format(fileName) != null;
    }

    @Override
    public boolean recognizes(String fileName, String text) {
        Format format = format(fileName);
        if (format == null) {
            return false;
        }
        return switch (format) {
            case POM -> "project".equals(SafeXml.rootName(text))
                    && (text.contains("flyway") || text.contains("liquibase"));
            case GRADLE -> text.contains("flyway") || text.contains("liquibase");
            case PERSISTENCE -> "persistence".equals(SafeXml.rootName(text));
            case HIBERNATE_CFG -> "hibernate-configuration".equals(SafeXml.rootName(text));
            default -> true;
        };
    }

    private static Format format(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.startsWith(".env")) {
            return DOT_ENV.matcher(name).matches() ? Format.DOT_ENV : null;
        }
        if (name.equals("build.gradle") || name.equals("build.gradle.kts")) {
            return Format.GRADLE;
        }
        if (!(name.endsWith(".properties") || name.endsWith(".yml") || name.endsWith(".yaml")
                || name.endsWith(".conf") || name.endsWith(".toml") || name.endsWith(".xml"))) {
            return null; // asked for every file of a scan: most are none of these, and need no pattern
        }
        if (SPRING_PROPERTIES.matcher(name).matches() || name.equals("hibernate.properties")
                || FLYWAY_CONF.matcher(name).matches() || LIQUIBASE_PROPERTIES.matcher(name).matches()) {
            return Format.PROPERTIES;
        }
        if (SPRING_YAML.matcher(name).matches()) {
            return Format.YAML;
        }
        if (FLYWAY_TOML.matcher(name).matches()) {
            return Format.TOML;
        }
        return switch (name) {
            case "persistence.xml" -> Format.PERSISTENCE;
            case "hibernate.cfg.xml" -> Format.HIBERNATE_CFG;
            case "pom.xml" -> Format.POM;
            default -> null;
        };
    }

    @Override
    public void read(SourceFile file, String text, SourceOutput out) {
        String name = file.path().getFileName() == null ? file.displayPath() : file.path().getFileName().toString();
        Format format = format(name);
        if (format == null) {
            return;
        }
        try {
            report(file, format, text, new SourceOutput() {
                @Override
                public void piece(SqlPiece piece) {
                    out.piece(piece);
                }

                @Override
                public void settings(Settings settings) {
                    out.settings(settings.inProject(project));
                }

                @Override
                public void problem(String message) {
                    out.problem(message);
                }

                @Override
                public void reference(Path path) {
                    out.reference(path);
                }
            });
        } catch (RuntimeException e) {
            out.problem(file.displayPath() + ": settings not fully read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void report(SourceFile file, Format format, String text, SourceOutput out) {
        List<Setting> settings;
        Map<String, String> values = new HashMap<>();
        switch (format) {
            case PROPERTIES -> settings = PropertiesFile.read(text);
            case YAML -> {
                YamlFile.Result result = YamlFile.read(text);
                if (result.problem() != null) {
                    out.problem(file.displayPath() + ": YAML not fully read: " + result.problem());
                }
                settings = result.settings();
            }
            case TOML -> settings = TomlFile.read(text).stream().map(SettingsSource::flywayTable).toList();
            case DOT_ENV -> settings = DotEnvFile.read(text);
            case GRADLE -> settings = GradleFile.read(text);
            default -> {
                XmlElement root;
                try {
                    root = SafeXml.parse(text);
                } catch (XmlException e) {
                    out.problem(file.displayPath() + ": not read: " + e.getMessage());
                    return;
                }
                settings = switch (format) {
                    case PERSISTENCE -> XmlSettings.persistence(root);
                    case HIBERNATE_CFG -> XmlSettings.hibernateConfig(root);
                    default -> XmlSettings.pom(root);
                };
                if (format == Format.POM) {
                    values.putAll(XmlSettings.pomProperties(root));
                }
            }
        }
        if (format != Format.POM) {
            for (Setting s : settings) {
                values.put(s.canonicalKey(), s.value());
            }
        }
        out.settings(new Settings(file, settings, values));
    }

    /** {@code [environments.x.flyway]} settings are Flyway's as much as {@code [flyway]} ones. */
    private static Setting flywayTable(Setting s) {
        String[] parts = s.key().split("\\.");
        if (parts.length > 2 && parts[parts.length - 2].equals("flyway")) {
            return new Setting("flyway." + parts[parts.length - 1], s.value(), s.start(), s.end(), s.profile());
        }
        return s;
    }
}
