package io.github.sqlguard.java;

import io.github.sqlguard.core.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The types the project's Java files declare, with their type parameters, the supertypes they name and the types of
 * their fields, read from tokens (no trees are kept). It answers which library type a project type extends, with the
 * type arguments it gives it ({@code interface OrderRepository extends JpaRepository<Order, Long>}), and which type
 * a field inherited from a project superclass has.
 */
final class TypeHierarchy {

    static final TypeHierarchy EMPTY = new TypeHierarchy(Map.of(), Set.of());

    /** Longest chain of supertypes followed; real hierarchies are far shorter. */
    private static final int MAX_STEPS = 64;
    private static final Pattern NEVER = Pattern.compile("(?!)");

    /**
     * A type as written where it is used.
     *
     * @param name       as written, without type arguments: {@code JpaRepository}, {@code a.b.Outer.Inner}
     * @param candidates the qualified names it may stand for, see {@link TypeNames#candidates}
     * @param arguments  the simple names of its type arguments as written ({@code ?} for a wildcard)
     */
    record Ref(String name, List<String> candidates, List<String> arguments) {

        String simpleName() {
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

    /**
     * A declared type: its qualified name, type parameters, supertypes, fields by name and methods, each as its name
     * and number of parameters ({@code delete/1}; {@code find/1+} for one and a varargs parameter).
     */
    record Type(String qualified, List<String> parameters, List<Ref> supertypes, Map<String, Ref> fields,
            Set<String> methods) {

        /** True if the type declares a method of that name that takes {@code arity} arguments. */
        boolean declares(String method, int arity) {
            if (methods.contains(method + "/" + arity)) {
                return true;
            }
            for (int fixed = 0; fixed <= arity; fixed++) {
                if (methods.contains(method + "/" + fixed + "+")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A type outside the project that a type reaches.
     *
     * @param qualified   its qualified name, as the candidates gave it
     * @param arguments   its type arguments as seen from where the walk started, null where not known
     * @param redeclaring true if a project type on the way declares a method of the name the walk was asked about
     */
    record Ancestor(String qualified, List<String> arguments, boolean redeclaring) {

        String simpleName() {
            return qualified.substring(qualified.lastIndexOf('.') + 1);
        }

        /** Type argument {@code index}, or null when not known. */
        String argument(int index) {
            return index >= 0 && index < arguments.size() ? arguments.get(index) : null;
        }
    }

    private final Map<String, Type> types;
    private final Set<String> files;
    private volatile String digest;

    private TypeHierarchy(Map<String, Type> types, Set<String> files) {
        this.types = types;
        this.files = files;
    }

    /** The declarations of one file's tokens, as the hierarchy reads them. */
    static List<Type> declarations(JavaTokens tokens) {
        try {
            return new TypeDeclarations(tokens).read();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** This hierarchy, with the declarations of the file {@code key} added when it was not read for it. */
    TypeHierarchy including(String key, JavaTokens tokens) {
        if (files.contains(key)) {
            return this;
        }
        Map<String, Type> all = new HashMap<>(types);
        for (Type t : declarations(tokens)) {
            all.put(t.qualified(), t);
        }
        Set<String> keys = new HashSet<>(files);
        keys.add(key);
        return new TypeHierarchy(all, keys);
    }

    /** The project type of that qualified name, if the project declares it. */
    Optional<Type> type(String qualified) {
        return Optional.ofNullable(types.get(qualified));
    }

    /**
     * The first type outside the project that {@code start} is or extends and {@code wanted} accepts (by qualified
     * name), following project types through their supertypes breadth first and their type parameters along.
     * {@code method} (or null) with {@code arity} arguments is the call whose declaration on the way
     * {@link Ancestor#redeclaring} tells.
     */
    Optional<Ancestor> ancestor(Ref start, Predicate<String> wanted, String method, int arity) {
        Deque<Ref> queue = new ArrayDeque<>();
        queue.add(start);
        Set<String> seen = new HashSet<>();
        boolean redeclaring = false;
        for (int steps = 0; !queue.isEmpty() && steps < MAX_STEPS; steps++) {
            Ref ref = queue.poll();
            for (String candidate : ref.candidates()) {
                if (wanted.test(candidate)) {
                    return Optional.of(new Ancestor(candidate, ref.arguments(), redeclaring));
                }
                Type type = types.get(candidate);
                if (type != null) {
                    if (seen.add(candidate)) {
                        redeclaring |= method != null && type.declares(method, arity);
                        Map<String, String> bound = bind(type, ref.arguments());
                        for (Ref s : type.supertypes()) {
                            queue.add(substituted(s, bound));
                        }
                    }
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /** The field {@code name} of the project type {@code qualified} or of a project supertype, nearest first. */
    Optional<Ref> field(String qualified, String name) {
        Deque<String> queue = new ArrayDeque<>(List.of(qualified));
        Set<String> seen = new HashSet<>();
        for (int steps = 0; !queue.isEmpty() && steps < MAX_STEPS; steps++) {
            Type type = types.get(queue.poll());
            if (type == null || !seen.add(type.qualified())) {
                continue;
            }
            Ref field = type.fields().get(name);
            if (field != null) {
                return Optional.of(substituted(field, bind(type, List.of())));
            }
            for (Ref s : type.supertypes()) {
                s.candidates().stream().filter(types::containsKey).findFirst().ifPresent(queue::add);
            }
        }
        return Optional.empty();
    }

    /**
     * The simple names of the project types through which code may reach a type {@code wanted} accepts: the types
     * that are or extend one, have a field of such a type, or extend a type that does.
     */
    Set<String> simpleNamesReaching(Predicate<String> wanted) {
        Set<String> reaching = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Type t : types.values()) {
                if (!reaching.contains(t.qualified()) && (leadsTo(t.supertypes(), wanted, reaching)
                        || leadsTo(t.fields().values(), wanted, reaching))) {
                    reaching.add(t.qualified());
                    grew = true;
                }
            }
        }
        Set<String> out = new HashSet<>();
        reaching.forEach(q -> out.add(q.substring(q.lastIndexOf('.') + 1)));
        return out;
    }

    /** True if one of {@code refs} stands for a type {@code wanted} accepts or for a project type in {@code known}. */
    private boolean leadsTo(Collection<Ref> refs, Predicate<String> wanted, Set<String> known) {
        for (Ref ref : refs) {
            for (String c : ref.candidates()) {
                if (wanted.test(c) || known.contains(c)) {
                    return true;
                }
                if (types.containsKey(c)) {
                    break;
                }
            }
        }
        return false;
    }

    private static Map<String, String> bind(Type type, List<String> arguments) {
        Map<String, String> bound = new HashMap<>();
        for (int i = 0; i < type.parameters().size(); i++) {
            bound.put(type.parameters().get(i), i < arguments.size() ? arguments.get(i) : null);
        }
        return bound;
    }

    private static Ref substituted(Ref ref, Map<String, String> bound) {
        List<String> args = new ArrayList<>();
        for (String a : ref.arguments()) {
            args.add(a != null && bound.containsKey(a) ? bound.get(a) : a);
        }
        return new Ref(ref.name(), ref.candidates(), Collections.unmodifiableList(args));
    }

    /** The names of the methods the project's types declare that {@code wanted} accepts. */
    Set<String> methodNames(Predicate<String> wanted) {
        Set<String> out = new HashSet<>();
        for (Type t : types.values()) {
            t.methods().stream().map(m -> m.substring(0, m.indexOf('/'))).filter(wanted).forEach(out::add);
        }
        return out;
    }

    /** Changes whenever a declaration changes: cached results depend on it. */
    String digest() {
        String d = digest;
        if (d == null) {
            List<String> lines = new ArrayList<>();
            types.values().forEach(t -> lines.add(t.toString()));
            lines.sort(Comparator.naturalOrder());
            d = lines.isEmpty() ? "" : Hashes.sha256(String.join("\n", lines));
            digest = d;
        }
        return d;
    }

    /**
     * Collects the declarations of the files of a scan as they are read, from any thread. Only a file that names a
     * supertype ({@code extends}, {@code implements}) is tokenized; a file that declares none is read afterwards if
     * its name is that of a supertype another file names, for the fields a subclass inherits.
     */
    static final class Collector {

        private record FileTypes(String key, List<Type> types) {
        }

        private final Queue<FileTypes> read = new ConcurrentLinkedQueue<>();

        void read(Path path, String text) {
            if (Keywords.any(text, Keywords.EXTENDS | Keywords.IMPLEMENTS)) {
                add(path, text);
            }
        }

        private void add(Path path, String text) {
            List<Type> declared = declarations(JavaTokens.of(text, NEVER));
            if (!declared.isEmpty()) {
                read.add(new FileTypes(ConstantIndex.key(path), declared));
            }
        }

        /** The hierarchy of everything read, and of the files among {@code files} named after a missing supertype. */
        TypeHierarchy finish(List<Path> files) {
            Set<String> keys = new HashSet<>();
            read.forEach(f -> keys.add(f.key()));
            Set<String> named = new HashSet<>();
            for (FileTypes f : read) {
                for (Type t : f.types()) {
                    t.supertypes().forEach(s -> named.add(s.simpleName()));
                }
            }
            for (Path p : files) {
                String name = p.getFileName() == null ? "" : p.getFileName().toString();
                if (name.endsWith(".java") && named.contains(name.substring(0, name.length() - 5))
                        && !keys.contains(ConstantIndex.key(p))) {
                    try {
                        add(p, new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                    } catch (IOException | RuntimeException e) {
                        // the scan reports a file it cannot read
                    }
                }
            }
            List<FileTypes> all = new ArrayList<>(read);
            all.sort(Comparator.comparing(FileTypes::key));
            Map<String, Type> types = new HashMap<>();
            Set<String> indexed = new HashSet<>();
            for (FileTypes f : all) {
                indexed.add(f.key());
                f.types().forEach(t -> types.putIfAbsent(t.qualified(), t));
            }
            return types.isEmpty() ? EMPTY : new TypeHierarchy(Map.copyOf(types), Set.copyOf(indexed));
        }
    }
}
