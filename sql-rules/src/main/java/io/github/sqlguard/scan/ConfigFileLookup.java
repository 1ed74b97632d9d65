package io.github.sqlguard.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the {@value ConfigFile#NAME} that applies to a folder: the one in the folder itself or in the nearest folder
 * above it, looking no higher than the repository root (the folder that holds {@code .git}).
 */
public final class ConfigFileLookup {

    private ConfigFileLookup() {
    }

    /** The nearest configuration file at or above {@code start} (a file or a folder), up to the repository root. */
    public static Optional<Path> nearest(Path start) {
        Path absolute = start.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(ConfigFile.NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(dir.resolve(".git"))) {
                break;
            }
        }
        return Optional.empty();
    }
}
