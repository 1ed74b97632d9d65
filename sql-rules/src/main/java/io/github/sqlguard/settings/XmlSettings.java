package io.github.sqlguard.settings;

import io.github.sqlguard.core.Setting;
import io.github.sqlguard.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Settings in XML: JPA {@code persistence.xml}, {@code hibernate.cfg.xml}, and a pom's Flyway and Liquibase. */
final class XmlSettings {

    private static final Map<String, String> PLUGIN_PREFIX = Map.of(
            "flyway-maven-plugin", "flyway.",
            "liquibase-maven-plugin", "liquibase.");
    private static final Set<String> POM_PROPERTIES = Set.of("flyway.cleanDisabled", "flyway.cleanOnValidationError",
            "liquibase.dropFirst", "flyway.url", "liquibase.url");

    private XmlSettings() {
    }

    /** Every {@code <property name="..." value="..."/>} of a persistence unit. */
    static List<Setting> persistence(XmlElement root) {
        List<Setting> out = new ArrayList<>();
        for (XmlElement unit : root.elements("persistence-unit")) {
            XmlElement properties = unit.element("properties");
            if (properties == null) {
                continue;
            }
            for (XmlElement p : properties.elements("property")) {
                String name = p.attribute("name");
                String value = p.attribute("value");
                if (name != null && value != null) {
                    out.add(new Setting(name.strip(), value.strip(), p.start(), p.end()));
                }
            }
        }
        return out;
    }

    /**
     * Every {@code <property name="...">value</property>} of a session factory; Hibernate reads
     * {@code hbm2ddl.auto} there as {@code hibernate.hbm2ddl.auto}.
     */
    static List<Setting> hibernateConfig(XmlElement root) {
        List<Setting> out = new ArrayList<>();
        for (XmlElement factory : root.elements("session-factory")) {
            for (XmlElement p : factory.elements("property")) {
                String name = p.attribute("name");
                if (name == null) {
                    continue;
                }
                String key = name.strip();
                if (!key.startsWith("hibernate.")) {
                    key = "hibernate." + key;
                }
                out.add(new Setting(key, p.text().strip(), p.start(), p.end()));
            }
        }
        return out;
    }

    /**
     * The Flyway and Liquibase Maven plugins' configuration (in build plugins, plugin management and profiles,
     * plugin-wide or per execution) as {@code flyway.cleanDisabled}, {@code liquibase.dropFirst}..., and the
     * {@code flyway.*} and {@code liquibase.*} Maven properties the plugins read. A setting in a profile carries the
     * profile's id, and the profile's {@code activation.activeByDefault} is one of its settings; a setting of an
     * execution carries the execution's id as its block, beside that execution's {@code flyway.execution.phase} and
     * one {@code flyway.execution.goal} per goal.
     */
    static List<Setting> pom(XmlElement project) {
        List<Setting> out = new ArrayList<>();
        projectLike(project, out);
        XmlElement profiles = project.element("profiles");
        if (profiles != null) {
            for (XmlElement profile : profiles.elements("profile")) {
                List<Setting> inProfile = new ArrayList<>();
                XmlElement activation = profile.element("activation");
                XmlElement byDefault = activation == null ? null : activation.element("activeByDefault");
                if (byDefault != null) {
                    inProfile.add(leaf("activation.activeByDefault", byDefault));
                }
                projectLike(profile, inProfile);
                XmlElement id = profile.element("id");
                String name = id == null ? null : id.text().strip();
                inProfile.forEach(s -> out.add(name == null ? s : s.inProfile(name)));
            }
        }
        return out;
    }

    private static void projectLike(XmlElement e, List<Setting> out) {
        XmlElement properties = e.element("properties");
        if (properties != null) {
            for (XmlElement p : properties.elements()) {
                if (POM_PROPERTIES.contains(p.name())) {
                    out.add(leaf(p.name(), p));
                }
            }
        }
        XmlElement build = e.element("build");
        if (build == null) {
            return;
        }
        plugins(build.element("plugins"), out);
        XmlElement management = build.element("pluginManagement");
        if (management != null) {
            plugins(management.element("plugins"), out);
        }
    }

    private static void plugins(XmlElement plugins, List<Setting> out) {
        if (plugins == null) {
            return;
        }
        for (XmlElement plugin : plugins.elements("plugin")) {
            XmlElement artifact = plugin.element("artifactId");
            String prefix = artifact == null ? null : PLUGIN_PREFIX.get(artifact.text().strip());
            if (prefix == null) {
                continue;
            }
            configuration(plugin.element("configuration"), prefix, out);
            XmlElement executions = plugin.element("executions");
            if (executions != null) {
                for (XmlElement execution : executions.elements("execution")) {
                    execution(execution, prefix, out);
                }
            }
        }
    }

    private static void execution(XmlElement execution, String prefix, List<Setting> out) {
        XmlElement id = execution.element("id");
        String block = id == null || id.text().isBlank() ? "default" : id.text().strip();
        List<Setting> inExecution = new ArrayList<>();
        XmlElement phase = execution.element("phase");
        if (phase != null) {
            inExecution.add(leaf(prefix + "execution.phase", phase));
        }
        XmlElement goals = execution.element("goals");
        if (goals != null) {
            for (XmlElement goal : goals.elements("goal")) {
                inExecution.add(leaf(prefix + "execution.goal", goal));
            }
        }
        configuration(execution.element("configuration"), prefix, inExecution);
        inExecution.forEach(s -> out.add(s.inBlock(block)));
    }

    private static void configuration(XmlElement configuration, String prefix, List<Setting> out) {
        if (configuration == null) {
            return;
        }
        for (XmlElement parameter : configuration.elements()) {
            if (parameter.elements().isEmpty()) {
                out.add(leaf(prefix + parameter.name(), parameter));
            }
        }
    }

    private static Setting leaf(String key, XmlElement element) {
        return new Setting(key, element.text().strip(), element.start(), element.end());
    }

    /** The pom's own properties, for {@code ${name}} in plugin configuration. */
    static Map<String, String> pomProperties(XmlElement project) {
        Map<String, String> values = new java.util.HashMap<>();
        XmlElement properties = project.element("properties");
        if (properties != null) {
            for (XmlElement p : properties.elements()) {
                values.putIfAbsent(Setting.canonical(p.name()), p.text().strip());
            }
        }
        return values;
    }
}
