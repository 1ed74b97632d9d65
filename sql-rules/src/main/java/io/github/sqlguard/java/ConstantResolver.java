package io.github.sqlguard.java;

import io.github.sqlguard.java.ConstantReader.Definition;
import io.github.sqlguard.java.ConstantReader.Literal;
import io.github.sqlguard.java.ConstantReader.Part;
import io.github.sqlguard.java.ConstantReader.Reference;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds the project's constant definitions to values, each once; a cycle gives an unknown, and so does a chain
 * deeper than a constant would ever be or a value longer than any statement, with the bound it reached.
 */
final class ConstantResolver {

    /** A constant's value; {@code stop}: why resolving it stopped short of a part of it, or null. */
    record Value(String text, String stop) {
    }

    private static final int MAX_DEPTH = 64;
    private static final int MAX_CHARS = 1_000_000;

    private final Map<String, List<Definition>> qualified;
    private final Map<String, List<Definition>> simple;
    private final Map<Definition, Value> done = new IdentityHashMap<>();
    private final Set<Definition> active = Collections.newSetFromMap(new IdentityHashMap<>());

    ConstantResolver(Map<String, List<Definition>> qualified, Map<String, List<Definition>> simple) {
        this.qualified = qualified;
        this.simple = simple;
    }

    Value resolve(Definition d, int depth) {
        Value known = done.get(d);
        if (known != null) {
            return known;
        }
        if (depth > MAX_DEPTH) {
            return new Value(Folded.unknown().text(), "a constant chain deeper than " + MAX_DEPTH);
        }
        if (!active.add(d)) {
            return new Value(Folded.unknown().text(), null);
        }
        Folded value = new Folded();
        String stop = null;
        for (Part p : d.parts()) {
            if (p instanceof Literal l) {
                value.appendText(l.text());
            } else if (p instanceof Reference r) {
                Value v = reference(d, r.name(), depth + 1);
                if (v == null) {
                    value.appendUnknown();
                } else {
                    value.appendText(v.text());
                    stop = stop != null ? stop : v.stop();
                }
            } else {
                value.appendUnknown();
            }
            if (value.length() > MAX_CHARS) {
                value = Folded.unknown();
                stop = "a constant longer than " + MAX_CHARS + " characters";
                break;
            }
        }
        active.remove(d);
        Value resolved = new Value(value.text(), stop);
        done.put(d, resolved);
        return resolved;
    }

    private Value reference(Definition from, String dotted, int depth) {
        List<Definition> candidates;
        if (dotted.indexOf('.') < 0) {
            candidates = simple.getOrDefault(dotted, List.of()).stream()
                    .filter(c -> c.file().equals(from.file()) && c.owner().equals(from.owner()))
                    .toList();
            if (candidates.isEmpty()) {
                candidates = simple.getOrDefault(dotted, List.of());
            }
        } else {
            candidates = qualified.getOrDefault(ConstantReader.lastTwo(dotted), List.of());
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Value first = resolve(candidates.get(0), depth);
        for (int i = 1; i < candidates.size(); i++) {
            if (!resolve(candidates.get(i), depth).text().equals(first.text())) {
                return null;
            }
        }
        return first;
    }
}
