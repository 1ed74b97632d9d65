package io.github.sqlguard.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a type name written in one file may stand for, from the file alone: its package, its imports by name and by
 * wildcard, and the types it declares (simple name to qualified name).
 */
record TypeNames(String pkg, Map<String, String> imports, List<String> wildcards, Map<String, String> declared) {

    TypeNames {
        imports = Map.copyOf(imports);
        wildcards = List.copyOf(wildcards);
        declared = Map.copyOf(declared);
    }

    /**
     * The qualified names {@code name} (simple or dotted, as written) may stand for, in the order Java looks: an
     * import by name; else a type of this file, a type of the package, a wildcard import.
     */
    List<String> candidates(String name) {
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        String rest = dot < 0 ? "" : name.substring(dot);
        String imported = imports.get(first);
        if (imported != null) {
            return List.of(imported + rest);
        }
        List<String> out = new ArrayList<>();
        String own = declared.get(first);
        if (own != null) {
            out.add(own + rest);
        }
        if (dot > 0) {
            out.add(name);
        }
        out.add(pkg.isEmpty() ? name : pkg + "." + name);
        for (String w : wildcards) {
            out.add(w + "." + name);
        }
        return out.stream().distinct().toList();
    }
}
