package io.github.sqlguard.core;

import java.util.List;
import java.util.Map;

/**
 * The settings one configuration file holds, for the rules that judge settings.
 *
 * @param file     the file
 * @param settings every setting, in file order
 * @param values   the raw value of each key by {@link Setting#canonical} key, for resolving {@code ${key}}
 *                 placeholders (a pom's properties, a properties file's other keys)
 * @param project  the project's other configuration files, for rules that compare files
 */
public record Settings(SourceFile file, List<Setting> settings, Map<String, String> values, ProjectSettings project) {

    public Settings {
        settings = List.copyOf(settings);
        values = Map.copyOf(values);
    }

    /** The settings of a file read on its own, without the rest of its project. */
    public Settings(SourceFile file, List<Setting> settings, Map<String, String> values) {
        this(file, settings, values, ProjectSettings.NONE);
    }

    /** The raw value of a key given in canonical form, or null. */
    public String value(String canonicalKey) {
        return values.get(canonicalKey);
    }

    public Settings inProject(ProjectSettings newProject) {
        return new Settings(file, settings, values, newProject);
    }
}
