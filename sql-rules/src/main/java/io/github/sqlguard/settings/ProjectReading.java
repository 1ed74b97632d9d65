package io.github.sqlguard.settings;

import io.github.sqlguard.core.Hashes;
import io.github.sqlguard.core.ProjectSettings;
import io.github.sqlguard.core.Settings;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SourceOutput;
import io.github.sqlguard.core.SqlPiece;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The configuration files of a scan read before the scan reads each file on its own: their settings, the host
 * names of the project's Compose files, and a key that changes whenever any of them does (results cached per file
 * depend on it). Compose files are those the scan selected and those in the folders above a configuration file, up
 * to the repository's top folder (the one holding {@code .git}): a scan of one module still knows the services of a
 * {@code docker-compose.yml} at the top.
 */
record ProjectReading(ProjectSettings project, String key) {

    /** One file's text, or null when it cannot be read or is binary. */
    private record Text(Path path, String text) {
    }

    static ProjectReading of(List<Path> files, SettingsSource reader) {
        List<Path> accepted = files.stream().filter(f -> reader.accepts(name(f))).toList();
        List<Text> configuration = read(accepted);
        if (configuration.isEmpty()) {
            return new ProjectReading(ProjectSettings.NONE, "");
        }
        List<Text> compose = read(composeFiles(files, accepted));
        List<Settings> settings = new ArrayList<>();
        for (Text t : configuration) {
            if (reader.recognizes(name(t.path()), t.text())) {
                reader.read(new SourceFile(t.path(), t.path().toString(), SourceContext.APPLICATION), t.text(),
                        collector(settings));
            }
        }
        Set<String> hosts = new TreeSet<>();
        compose.forEach(t -> hosts.addAll(ComposeFile.hosts(t.text())));
        return new ProjectReading(new ProjectSettings(settings, hosts), key(configuration, compose, hosts));
    }

    private static List<Path> composeFiles(List<Path> files, List<Path> configuration) {
        Set<Path> compose = new TreeSet<>();
        files.stream().filter(f -> ComposeFile.isCompose(name(f))).forEach(compose::add);
        Set<Path> folders = new TreeSet<>();
        for (Path file : configuration) {
            for (Path dir = file.toAbsolutePath().getParent(); dir != null && folders.add(dir); dir = dir.getParent()) {
                if (Files.exists(dir.resolve(".git"))) {
                    break;
                }
            }
        }
        for (Path dir : folders) {
            try (Stream<Path> entries = Files.list(dir)) {
                entries.filter(f -> ComposeFile.isCompose(name(f)) && Files.isRegularFile(f))
                        .forEach(f -> compose.add(f.toAbsolutePath().normalize()));
            } catch (IOException | RuntimeException e) {
                // a folder that cannot be listed holds no Compose file the scan can read
            }
        }
        return List.copyOf(compose);
    }

    private static List<Text> read(List<Path> files) {
        return files.parallelStream().map(ProjectReading::text).filter(Objects::nonNull).toList();
    }

    private static Text text(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    return null;
                }
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return new Text(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException | OutOfMemoryError e) {
            return null;
        }
    }

    /** The files' paths relative to the folder they share, with their content, and the hosts. */
    private static String key(List<Text> configuration, List<Text> compose, Set<String> hosts) {
        List<Text> all = new ArrayList<>(configuration);
        all.addAll(compose);
        Path common = all.get(0).path().getParent();
        for (Text t : all) {
            while (common != null && !t.path().startsWith(common)) {
                common = common.getParent();
            }
        }
        StringBuilder key = new StringBuilder(String.join(",", hosts));
        for (Text t : all) {
            Path shown = common == null ? t.path() : common.relativize(t.path());
            key.append('\0').append(shown.toString().replace('\\', '/')).append('\0').append(Hashes.sha256(t.text()));
        }
        return Hashes.sha256(key.toString());
    }

    private static String name(Path file) {
        return file.getFileName() == null ? "" : file.getFileName().toString();
    }

    private static SourceOutput collector(List<Settings> out) {
        return new SourceOutput() {
            @Override
            public void piece(SqlPiece piece) {
            }

            @Override
            public void settings(Settings settings) {
                out.add(settings);
            }

            @Override
            public void problem(String message) {
            }

            @Override
            public void reference(Path path) {
            }
        };
    }
}
