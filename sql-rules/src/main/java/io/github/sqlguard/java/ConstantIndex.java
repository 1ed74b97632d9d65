package io.github.sqlguard.java;

import io.github.sqlguard.java.ConstantReader.Definition;
import io.github.sqlguard.java.ConstantResolver.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code static final String} constants of every Java file of a scan (and the implicit constants of interfaces),
 * folded to their values, by {@code ClassName.NAME} and by simple name. It holds strings only: the files are read
 * with {@link JavaLexer}, not parsed into trees. It also remembers which constants other files pass to a sink or use
 * in another constant, so that a constant is reported once, where it runs.
 */
final class ConstantIndex {

    static final ConstantIndex EMPTY = new ConstantIndex(List.of());

    /** Words that make a constant worth knowing by name: a file that names it is parsed even without SQL words. */
    static final Pattern DESTRUCTIVE_WORD = Pattern.compile("(?i)delete|update|drop|truncate|alter");

    /**
     * What one file contributes; {@code deferred}: its constants and references are not read yet, see
     * {@link #read}. Its text methods and type heads are read in any case.
     */
    record FileFacts(String file, List<Definition> definitions, Set<String> references, boolean deferred,
            List<TextMethods.TextMethod> methods, List<TypeHeads.Head> heads) {

        FileFacts(String file, List<Definition> definitions, Set<String> references) {
            this(file, definitions, references, false, List.of(), List.of());
        }

        FileFacts withMethods(List<TextMethods.TextMethod> textMethods, List<TypeHeads.Head> typeHeads) {
            return new FileFacts(file, definitions, references, deferred, textMethods, typeHeads);
        }
    }

    private final Map<String, List<Value>> byQualified = new HashMap<>();
    private final Map<String, List<Value>> bySimple = new HashMap<>();
    private final Map<String, Set<String>> referencedFrom = new HashMap<>();
    private final Set<String> dangerousNames = new HashSet<>();
    private final int size;
    private final List<FileFacts> files;
    private final MethodIndex methods;
    /** Computed when first asked for: only a scan that caches its results needs it. */
    private volatile String digest;

    private ConstantIndex(List<FileFacts> files) {
        this.files = files;
        List<Definition> all = new ArrayList<>();
        Map<String, List<Definition>> qualifiedDefs = new HashMap<>();
        Map<String, List<Definition>> simpleDefs = new HashMap<>();
        for (FileFacts f : files) {
            for (Definition d : f.definitions()) {
                all.add(d);
                qualifiedDefs.computeIfAbsent(d.owner() + "." + d.name(), k -> new ArrayList<>()).add(d);
                simpleDefs.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            }
        }
        for (FileFacts f : files) {
            for (String ref : f.references()) {
                if (simpleDefs.containsKey(ref.substring(ref.lastIndexOf('.') + 1))) {
                    referencedFrom.computeIfAbsent(ref, k -> new HashSet<>()).add(f.file());
                }
            }
        }
        ConstantResolver resolver = new ConstantResolver(qualifiedDefs, simpleDefs);
        for (Definition d : all) {
            Value value = resolver.resolve(d, 0);
            byQualified.computeIfAbsent(d.owner() + "." + d.name(), k -> new ArrayList<>()).add(value);
            bySimple.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(value);
            if (DESTRUCTIVE_WORD.matcher(value.text()).find()) {
                dangerousNames.add(d.name());
            }
        }
        this.size = all.size();
        this.methods = new MethodIndex(files.stream().flatMap(f -> f.methods().stream()).toList(),
                files.stream().flatMap(f -> f.heads().stream()).toList(), Set.copyOf(dangerousNames));
        dangerousNames.addAll(methods.dangerousNames());
    }

    /** Indexes the Java files among {@code files}; a file that cannot be read is left out (its scan reports it). */
    static ConstantIndex build(List<Path> files, SinkCatalog catalog) {
        return build(files, catalog, (path, bytes, text) -> { });
    }

    /** Shown each Java file as the index reads it, so that the caller need not read it again to look at it. */
    interface Observer {
        void read(Path file, byte[] bytes, String text);
    }

    /** As {@link #build(List, SinkCatalog)}, showing {@code alsoRead} each Java file as it is read. */
    static ConstantIndex build(List<Path> files, SinkCatalog catalog, Observer alsoRead) {
        List<Path> java = files.stream()
                .filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".java"))
                .toList();
        List<FileFacts> first = java.parallelStream()
                .map(p -> read(p, catalog, null, alsoRead))
                .filter(Objects::nonNull)
                .toList();
        Set<String> names = new HashSet<>();
        for (FileFacts f : first) {
            f.definitions().forEach(d -> names.add(d.name()));
        }
        if (first.stream().noneMatch(FileFacts::deferred)) {
            return new ConstantIndex(first);
        }
        NameSet defined = new NameSet(names);
        return new ConstantIndex(first.parallelStream()
                .map(f -> !f.deferred() ? f
                        : names.isEmpty() ? new FileFacts(f.file(), List.of(), Set.of())
                                .withMethods(f.methods(), f.heads())
                        : reread(f, catalog, defined))
                .filter(Objects::nonNull)
                .toList());
    }

    /** A deferred file read again once the definitions are known; its methods and heads were read the first time. */
    private static FileFacts reread(FileFacts deferred, SinkCatalog catalog, NameSet defined) {
        FileFacts again = read(Path.of(deferred.file()), catalog, defined, (path, bytes, text) -> { });
        return again == null ? null : again.withMethods(deferred.methods(), deferred.heads());
    }

    /** The index as tokenizing every file gives it; {@link #build} must answer every question the same way. */
    static ConstantIndex scanningEveryFile(List<Path> files, SinkCatalog catalog) {
        List<FileFacts> facts = new ArrayList<>();
        for (Path p : files) {
            try {
                String text = Files.readString(p);
                facts.add(scan(key(p), text, catalog).withMethods(TextMethods.read(key(p), text),
                        TextMethods.mayDeclare(text) ? TypeHeads.of(text) : TypeHeads.extending(text)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new ConstantIndex(facts);
    }

    /**
     * Reads one file. A file that only calls sinks is read twice: first it is only marked as deferred, then, once
     * the definitions of every file are known, tokenized only if it names one of them, since its sink references
     * matter only for the names of constants.
     */
    private static FileFacts read(Path path, SinkCatalog catalog, NameSet defined,
            Observer alsoRead) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = new String(bytes, StandardCharsets.UTF_8);
            Keywords.read(text, bytes);
            alsoRead.read(path, bytes, text);
            FileFacts constants = constants(path, text, catalog, defined);
            if (defined != null) {
                return constants;
            }
            if (TextMethods.mayDeclare(text)) {
                return constants.withMethods(TextMethods.read(key(path), text), TypeHeads.of(text));
            }
            return constants.withMethods(List.of(), TypeHeads.extending(text));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return null;
        }
    }

    private static FileFacts constants(Path path, String text, SinkCatalog catalog, NameSet defined) {
        if (mayDefine(text)) {
            return scan(key(path), text, catalog);
        }
        if (!callsSink(text, catalog)) {
            return new FileFacts(key(path), List.of(), Set.of());
        }
        if (defined == null) {
            return new FileFacts(key(path), List.of(), Set.of(), true, List.of(), List.of());
        }
        return namesAny(text, defined) ? scan(key(path), text, catalog)
                : new FileFacts(key(path), List.of(), Set.of());
    }

    /** True if an identifier of {@code text} is one of {@code names}. */
    private static boolean namesAny(String text, NameSet names) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!JavaLexer.isIdentifierStart(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && JavaLexer.isIdentifierPart(text.charAt(i))) {
                i++;
            }
            if (names.contains(text, start, i)) {
                return true;
            }
        }
        return false;
    }

    static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    int size() {
        return size;
    }

    /** Changes whenever a constant, or where constants are used, changes: cached results depend on it. */
    String digest() {
        String d = digest;
        if (d == null) {
            d = digest(files);
            digest = d;
        }
        return d;
    }

    private static String digest(List<FileFacts> files) {
        List<String> lines = new ArrayList<>();
        for (FileFacts f : files) {
            lines.add(f.file() + '\0' + f.definitions() + '\0' + new java.util.TreeSet<>(f.references()) + '\0'
                    + f.methods() + '\0' + f.heads());
        }
        Collections.sort(lines);
        return io.github.sqlguard.core.Hashes.sha256(String.join("\n", lines));
    }

    /**
     * The value of {@code qualifier.name} ({@code qualifier} a class's simple name) or, with no qualifier, of the
     * only constant called {@code name}; empty when unknown or when several constants disagree.
     */
    Optional<Folded> lookup(String qualifier, String name) {
        List<Value> values = qualifier == null ? bySimple.get(name) : byQualified.get(qualifier + "." + name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        Value first = values.get(0);
        if (!values.stream().allMatch(v -> v.text().equals(first.text()))) {
            return Optional.empty();
        }
        Folded value = Folded.of(first.text());
        values.stream().map(Value::stop).filter(Objects::nonNull).findFirst()
                .ifPresent(reason -> value.stopsOf(Folded.stopped(reason)));
        return Optional.of(value);
    }

    /** The project's methods that return text, and its types' supertypes. */
    MethodIndex methods() {
        return methods;
    }

    /** True if a file other than {@code file} passes {@code owner.name} to a sink or uses it in a constant. */
    boolean referencedElsewhere(String owner, String name, String file) {
        return elsewhere(referencedFrom.get(owner + "." + name), file) || elsewhere(referencedFrom.get(name), file);
    }

    private static boolean elsewhere(Set<String> files, String file) {
        return files != null && files.stream().anyMatch(f -> !f.equals(file));
    }

    /** The names of the constants that hold a destructive SQL word. */
    Set<String> dangerousNames() {
        return dangerousNames;
    }

    /** True if a constant of this index called {@code name} holds a destructive SQL word. */
    boolean dangerous(String name) {
        return dangerousNames.contains(name);
    }

    /**
     * False only for a file that can hold no definition and no sink reference, decided with plain text searches
     * before it is tokenized (most files of a project): no sink method name stands before a {@code (}, no sink
     * annotation is used, and no {@code String} declaration could be a constant. It errs towards true: a comment or
     * an annotation between the modifiers and {@code String} counts, as does any {@code interface} and any comment
     * just before a {@code (}.
     */
    static boolean mayContribute(String text, SinkCatalog catalog) {
        return mayDefine(text) || callsSink(text, catalog);
    }

    /** False only for a file that can declare no constant: see {@link #mayContribute}. */
    static boolean mayDefine(String text) {
        if (Keywords.any(text, Keywords.INTERFACE)) {
            return true;
        }
        for (int at = text.indexOf("String"); at >= 0; at = text.indexOf("String", at + 6)) {
            if (mayDeclareConstant(text, at)) {
                return true;
            }
        }
        return false;
    }

    /** False only for a file that can hold no sink reference: see {@link #mayContribute}. */
    static boolean callsSink(String text, SinkCatalog catalog) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            String name = identifierAt(text, at + 1, catalog.longestName());
            if (name != null && catalog.annotationTypes().contains(name)) {
                return true;
            }
        }
        for (int at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
            if (sinkCallBefore(text, at, catalog)) {
                return true;
            }
        }
        return false;
    }

    /** The identifier starting at {@code from}, or null when there is none or it is longer than {@code longest}. */
    private static String identifierAt(String text, int from, int longest) {
        int end = from;
        while (end < text.length() && end - from <= longest && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return end > from && end - from <= longest ? text.substring(from, end) : null;
    }

    /** True if a sink method's name, or a comment that may hide one, ends before {@code at} (white space between). */
    private static boolean sinkCallBefore(String text, int at, SinkCatalog catalog) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '/') {
            return true;
        }
        int start = end;
        while (start > 0 && end - start <= catalog.longestName()
                && JavaLexer.isIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        return start < end && catalog.isMethodName(text, start, end);
    }

    /**
     * {@code String} at {@code at} as the type before a name and {@code =}, in a declaration whose head (back to the
     * previous brace or semicolon) holds {@code static} or {@code final}, or an annotation, comment or string that
     * might hide one.
     */
    private static boolean mayDeclareConstant(String text, int at) {
        int i = skipSpace(text, at + 6);
        if (i < text.length() && text.charAt(i) == '/') {
            return true;
        }
        if (i == at + 6 || i >= text.length() || !Character.isJavaIdentifierStart(text.charAt(i))
                || (at > 0 && Character.isJavaIdentifierPart(text.charAt(at - 1)))) {
            return false;
        }
        while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
            i++;
        }
        i = skipSpace(text, i);
        boolean assigned = i < text.length() && (text.charAt(i) == '/' || (text.charAt(i) == '='
                && !(i + 1 < text.length() && text.charAt(i + 1) == '=')));
        if (!assigned) {
            return false;
        }
        int head = at;
        while (head > 0 && "{};".indexOf(text.charAt(head - 1)) < 0) {
            head--;
        }
        String modifiers = text.substring(head, at);
        return modifiers.contains("static") || modifiers.contains("final") || modifiers.contains("@")
                || modifiers.contains("/") || modifiers.contains("\"");
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Reads the constants and sink references of one file. */
    static FileFacts scan(String file, String text, SinkCatalog catalog) {
        ConstantReader.Constants read = ConstantReader.read(file, text, catalog);
        return new FileFacts(file, read.definitions(), read.references());
    }

    @Override
    public String toString() {
        return "ConstantIndex[" + size + " constants]";
    }
}
