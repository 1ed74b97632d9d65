package io.github.sqlguard.java;

import io.github.sqlguard.java.TextMethods.TextMethod;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods of a project that return text, by the simple name of their type, and the project's types with what
 * they extend or implement, also by simple name: several types of one name count as one, whose methods are all
 * candidates. Built with the {@link ConstantIndex}, from what each file's tokens say; the values of the methods are
 * folded only when a sink's value calls one ({@link ReturnValues}, which it holds for the project).
 */
final class MethodIndex {

    static final MethodIndex EMPTY = new MethodIndex(List.of(), List.of(), Set.of());

    /** How many types a lineage or a set of subtypes holds at most. */
    private static final int MAX_TYPES = 64;

    private final Map<String, List<TextMethod>> byOwnerAndName = new HashMap<>();
    private final Map<String, Set<String>> supertypes = new HashMap<>();
    private final Map<String, Set<String>> subtypes = new HashMap<>();
    private final Set<String> owners = new HashSet<>();
    private final Set<String> abstractTypes = new HashSet<>();
    private final Set<String> dangerousNames;
    private final ReturnValues values = new ReturnValues(this);

    /**
     * {@code dangerousConstants}: the names of the project's constants that hold a destructive word; a method that
     * names one, or a method that does, is dangerous too (see {@link #dangerousNames}).
     */
    MethodIndex(Collection<TextMethod> methods, Collection<TypeHeads.Head> heads, Set<String> dangerousConstants) {
        for (TextMethod m : methods) {
            byOwnerAndName.computeIfAbsent(m.owner() + "." + m.name(), k -> new ArrayList<>()).add(m);
            owners.add(m.owner());
        }
        for (TypeHeads.Head h : heads) {
            if (h.isAbstract()) {
                abstractTypes.add(h.name());
            }
            supertypes.computeIfAbsent(h.name(), k -> new LinkedHashSet<>()).addAll(h.supertypes());
            for (String s : h.supertypes()) {
                if (!s.equals(h.name())) {
                    subtypes.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(h.name());
                }
            }
        }
        this.dangerousNames = Set.copyOf(dangerous(methods, dangerousConstants));
    }

    /**
     * The names of the methods whose text may hold a destructive word: a literal of the method holds one, or it
     * names a dangerous constant or another such method. Names only: an identifier counts whatever it refers to.
     */
    private static Set<String> dangerous(Collection<TextMethod> methods, Set<String> dangerousConstants) {
        Set<String> out = new HashSet<>();
        Map<String, List<TextMethod>> waiting = new HashMap<>();
        Deque<String> named = new ArrayDeque<>(dangerousConstants);
        for (TextMethod m : methods) {
            if (m.loud()) {
                if (out.add(m.name())) {
                    named.add(m.name());
                }
            } else {
                for (String n : m.names()) {
                    waiting.computeIfAbsent(n, k -> new ArrayList<>()).add(m);
                }
            }
        }
        while (!named.isEmpty()) {
            for (TextMethod m : waiting.getOrDefault(named.poll(), List.of())) {
                if (out.add(m.name())) {
                    named.add(m.name());
                }
            }
        }
        return out;
    }

    ReturnValues values() {
        return values;
    }

    /** The names of the methods whose text may hold a destructive word (see the constructor). */
    Set<String> dangerousNames() {
        return dangerousNames;
    }

    /** The methods a type of that simple name declares by that name that can take {@code args} arguments. */
    List<TextMethod> declared(String owner, String name, int args) {
        List<TextMethod> all = byOwnerAndName.get(owner + "." + name);
        if (all == null) {
            return List.of();
        }
        return all.stream().filter(m -> m.takes(args)).toList();
    }

    /**
     * {@code type}, the types it extends or implements ({@code direct}, when the caller knows them from the tree,
     * else the index's), theirs, and so on, nearest first.
     */
    List<String> lineage(String type, Collection<String> direct) {
        Set<String> out = new LinkedHashSet<>();
        out.add(type);
        Deque<String> next = new ArrayDeque<>(direct != null ? direct : supertypes.getOrDefault(type, Set.of()));
        while (!next.isEmpty() && out.size() < MAX_TYPES) {
            String s = next.poll();
            if (out.add(s)) {
                next.addAll(supertypes.getOrDefault(s, Set.of()));
            }
        }
        return List.copyOf(out);
    }

    /** The types that extend or implement {@code type}, directly or not. */
    List<String> subtypes(String type) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(subtypes.getOrDefault(type, Set.of()));
        while (!next.isEmpty() && out.size() < MAX_TYPES) {
            String s = next.poll();
            if (!s.equals(type) && out.add(s)) {
                next.addAll(subtypes.getOrDefault(s, Set.of()));
            }
        }
        return List.copyOf(out);
    }

    /** True if a type of that simple name is an interface or an abstract class: no object is of that type alone. */
    boolean isAbstract(String type) {
        return abstractTypes.contains(type);
    }

    /** True if a type of that simple name declares a text method or names a supertype. */
    boolean knows(String type) {
        return supertypes.containsKey(type) || owners.contains(type);
    }
}
