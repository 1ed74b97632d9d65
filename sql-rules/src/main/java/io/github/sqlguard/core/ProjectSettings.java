package io.github.sqlguard.core;

import java.util.List;
import java.util.Set;

/**
 * What a scan knows of its project's configuration beyond one file, for the rules that compare files (one database
 * in two environments) or need to know which hosts run on the developer's machine.
 *
 * @param files        the settings of every configuration file the scan selected, in path order. They are read
 *                     before the scan decides how to show and rate each file: their {@link SourceFile} holds the
 *                     absolute path as its display path, and their own project is {@link #NONE}
 * @param serviceHosts the names the containers of the project's Compose files answer to: service names,
 *                     {@code container_name}, {@code hostname}, network aliases
 */
public record ProjectSettings(List<Settings> files, Set<String> serviceHosts) {

    public static final ProjectSettings NONE = new ProjectSettings(List.of(), Set.of());

    public ProjectSettings {
        files = List.copyOf(files);
        serviceHosts = Set.copyOf(serviceHosts);
    }
}
