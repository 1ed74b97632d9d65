package io.github.sqlguard.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.Fingerprints;
import io.github.sqlguard.core.JsonText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The findings a team has accepted for now, so that a legacy code base can adopt the gate and only new findings fail
 * it. The file is JSON, sorted by file, rule and fingerprint, one object per finding, without line numbers: it changes
 * only when findings come or go.
 *
 * <p>Matching is a multiset on fingerprints: each entry hides at most one finding, so two identical findings in one
 * file need two entries. A finding is first matched by its fingerprint (rule, file, statement, occurrence); the
 * findings left are then matched against the entries left by the fingerprint without the file, so that renaming or
 * moving a file does not bring its accepted findings back.
 */
public final class Baseline {

    /** The key holding the format version; also tells a baseline from other JSON files. */
    public static final String FORMAT_KEY = "sqlguardBaseline";
    public static final int FORMAT_VERSION = 1;

    private final List<BaselineEntry> entries;

    private Baseline(List<BaselineEntry> entries) {
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(BaselineEntry.ORDER);
        this.entries = List.copyOf(sorted);
    }

    /** A baseline holding every one of these findings (those of whole files, as a scan gives them). */
    public static Baseline of(List<Finding> findings) {
        List<String> withoutFile = Fingerprints.withoutFile(findings);
        List<BaselineEntry> entries = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            entries.add(new BaselineEntry(f.ruleId(), f.file(), f.fingerprint(), withoutFile.get(i), f.message(),
                    f.snippet()));
        }
        return new Baseline(entries);
    }

    /** The entries in file order. */
    public List<BaselineEntry> entries() {
        return entries;
    }

    /** Splits the findings into those the baseline does not hold, those it holds, and the entries matched by none. */
    public BaselineMatch match(List<Finding> findings) {
        boolean[] hidden = new boolean[findings.size()];
        List<BaselineEntry> left = take(entries, BaselineEntry::fingerprint,
                findings.stream().map(Finding::fingerprint).toList(), hidden);
        left = take(left, BaselineEntry::contentFingerprint, Fingerprints.withoutFile(findings), hidden);
        List<Finding> fresh = new ArrayList<>();
        List<Finding> matched = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            (hidden[i] ? matched : fresh).add(findings.get(i));
        }
        return new BaselineMatch(fresh, matched, left);
    }

    /**
     * Matches the findings not yet hidden, in order, against {@code available} by a key, one entry per finding; marks
     * them in {@code hidden} and returns the entries left, in their order.
     */
    private static List<BaselineEntry> take(List<BaselineEntry> available, Function<BaselineEntry, String> entryKey,
            List<String> findingKeys, boolean[] hidden) {
        Map<String, Deque<BaselineEntry>> byKey = new HashMap<>();
        for (BaselineEntry e : available) {
            String key = entryKey.apply(e);
            if (key != null && !key.isEmpty()) {
                byKey.computeIfAbsent(key, k -> new ArrayDeque<>()).add(e);
            }
        }
        Set<BaselineEntry> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < findingKeys.size(); i++) {
            String key = findingKeys.get(i);
            Deque<BaselineEntry> candidates = hidden[i] || key == null ? null : byKey.get(key);
            if (candidates != null && !candidates.isEmpty()) {
                used.add(candidates.removeFirst());
                hidden[i] = true;
            }
        }
        return available.stream().filter(e -> !used.contains(e)).toList();
    }

    /** Reads a baseline file; throws {@link BaselineException} with a one-line message if it cannot. */
    public static Baseline read(Path file) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new BaselineException("baseline " + file + " does not exist");
        } catch (CharacterCodingException e) {
            throw new BaselineException("baseline " + file + " is not UTF-8");
        } catch (IOException e) {
            throw new BaselineException("cannot read baseline " + file + " (" + e.getClass().getSimpleName() + ")",
                    e);
        }
        return parse(text, file.toString());
    }

    /** Parses the text of a baseline file; {@code name} names it in messages. */
    public static Baseline parse(String text, String name) {
        JsonNode root;
        try {
            root = JsonText.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new BaselineException("baseline " + name + " is not valid JSON (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")", e);
        }
        if (root == null || !root.isObject() || !root.has(FORMAT_KEY)) {
            throw new BaselineException("baseline " + name + " is not a sqlguard baseline (no \"" + FORMAT_KEY
                    + "\" key)");
        }
        JsonNode version = root.get(FORMAT_KEY);
        if (!version.isInt() || version.intValue() != FORMAT_VERSION) {
            throw new BaselineException("baseline " + name + " has format " + version + ", this sqlguard reads "
                    + FORMAT_VERSION);
        }
        JsonNode findings = root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new BaselineException("baseline " + name + " has no \"findings\" array");
        }
        Set<String> known = Set.of("ruleId", "file", "fingerprint", "contentFingerprint", "message", "snippet");
        List<BaselineEntry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode n : findings) {
            String where = "baseline " + name + ": findings[" + index + "]";
            if (!n.isObject()) {
                throw new BaselineException(where + " is not an object");
            }
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!known.contains(field)) {
                    throw new BaselineException(where + " has an unknown key \"" + field + "\"");
                }
            }
            entries.add(new BaselineEntry(required(n, "ruleId", where), required(n, "file", where),
                    required(n, "fingerprint", where), optional(n, "contentFingerprint", where),
                    optional(n, "message", where), optional(n, "snippet", where)));
            index++;
        }
        return new Baseline(entries);
    }

    private static String required(JsonNode n, String key, String where) {
        String value = optional(n, key, where);
        if (value == null || value.isBlank()) {
            throw new BaselineException(where + " has no \"" + key + "\"");
        }
        return value;
    }

    private static String optional(JsonNode n, String key, String where) {
        JsonNode value = n.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BaselineException(where + ": \"" + key + "\" is not a string");
        }
        return value.textValue();
    }

    /** Writes the baseline file, creating the folder it is in. */
    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BaselineException("cannot write baseline " + file + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    /** Writes the JSON text; does not close {@code out}. */
    public void write(Writer out) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put(FORMAT_KEY, FORMAT_VERSION);
        ArrayNode findings = root.putArray("findings");
        for (BaselineEntry e : entries) {
            ObjectNode n = findings.addObject();
            n.put("ruleId", e.ruleId());
            n.put("file", e.file());
            n.put("fingerprint", e.fingerprint());
            if (e.contentFingerprint() != null) {
                n.put("contentFingerprint", e.contentFingerprint());
            }
            if (e.message() != null) {
                n.put("message", e.message());
            }
            if (e.snippet() != null) {
                n.put("snippet", e.snippet());
            }
        }
        JsonText.write(root, out);
    }

    /** The JSON text of the file. */
    public String render() {
        StringWriter out = new StringWriter();
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
