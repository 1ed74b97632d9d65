package io.github.sqlguard.cli;

import io.github.sqlguard.scan.ConfigFile;
import io.github.sqlguard.scan.ConfigFileLookup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configuration file of a run: {@code --config}, else the nearest {@value ConfigFile#NAME} at or above the first
 * scanned path that has one (up to its repository root), else the nearest at or above the current folder. One file
 * applies to the whole run; a scanned path whose nearest file is another one is named in a warning.
 *
 * @param file     the file to load; null for none
 * @param shownAs  the file as messages show it: relative to the working directory when under it, as report paths are
 * @param warnings what the user should know about files that were found but are not read
 */
record ConfigChoice(Path file, String shownAs, List<String> warnings) {

    static ConfigChoice of(Path explicit, List<Path> paths, Path workingDirectory) {
        if (explicit != null) {
            return new ConfigChoice(explicit, explicit.toString(), List.of());
        }
        Path base = workingDirectory.toAbsolutePath().normalize();
        Path chosen = null;
        List<String> warnings = new ArrayList<>();
        for (Path path : paths) {
            Optional<Path> nearest = ConfigFileLookup.nearest(path);
            if (nearest.isEmpty()) {
                continue;
            }
            if (chosen == null) {
                chosen = nearest.get();
            } else if (!chosen.equals(nearest.get())) {
                warnings.add(shown(chosen, base) + " applies to the whole run: " + shown(nearest.get(), base)
                        + ", nearer to " + path + ", is not read (scan that path on its own to use it)");
            }
        }
        if (chosen == null) {
            chosen = ConfigFileLookup.nearest(base).orElse(null);
        }
        return new ConfigChoice(chosen, chosen == null ? null : shown(chosen, base), List.copyOf(warnings));
    }

    /** What {@code --verbose} says about the choice. */
    String verboseLine() {
        return file != null ? "configuration " + shownAs
                : "no configuration file (" + ConfigFile.NAME + " is looked for at and above each scanned path and"
                        + " the current folder, up to the repository root)";
    }

    /** A path under the working directory relative to it, as reports show paths; others absolute. */
    private static String shown(Path file, Path base) {
        return (file.startsWith(base) ? base.relativize(file) : file).toString();
    }
}
