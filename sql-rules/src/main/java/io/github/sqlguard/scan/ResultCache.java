package io.github.sqlguard.scan;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sqlguard.core.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-file results kept between runs, keyed by a hash of the file's bytes, its path and context, the configuration,
 * the sources' project state and the sqlguard version: an unchanged file is not read by a parser again. The file
 * holds only the entries the last run used, so it never grows with deleted files. A cache that cannot be read is
 * treated as empty.
 */
public final class ResultCache {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> used = new ConcurrentHashMap<>();
    private int hits;

    /** What a file gave, everything but what depends on other files. */
    public record Entry(String context, boolean scanned, int statements, java.util.List<Finding> findings,
            java.util.List<String> problems, java.util.List<String> references) {
    }

    private ResultCache(Path file, Map<String, Entry> previous) {
        this.file = file;
        this.previous = previous;
    }

    public static ResultCache open(Path file) {
        Map<String, Entry> loaded = Map.of();
        if (Files.isRegularFile(file)) {
            try {
                loaded = JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, Entry>>() { });
            } catch (IOException | RuntimeException e) {
                loaded = Map.of();
            }
        }
        return new ResultCache(file, loaded);
    }

    Entry get(String key) {
        Entry entry = previous.get(key);
        if (entry != null) {
            used.put(key, entry);
            synchronized (this) {
                hits++;
            }
        }
        return entry;
    }

    void put(String key, Entry entry) {
        used.put(key, entry);
    }

    /** True when there is nothing to reuse: the first run, or a cache that could not be read. */
    public boolean isEmpty() {
        return previous.isEmpty();
    }

    /** Files whose results came from the cache in this run. */
    public synchronized int hits() {
        return hits;
    }

    /** Writes the entries this run used; nothing when they are exactly those already on disk. */
    public void save() throws IOException {
        if (used.keySet().equals(previous.keySet()) && Files.isRegularFile(file)) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), new TreeMap<>(used));
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
