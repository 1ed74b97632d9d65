package io.github.sqlguard.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One parsed Java file and what the analysis needs to know about it: imports, types, the project's constants. */
final class JavaFile {

    private final CompilationUnit unit;
    private final String key;
    private final ConstantIndex index;
    private final SinkCatalog catalog;
    private final Map<String, String> imports = new HashMap<>();
    private final Map<String, String> staticImports = new HashMap<>();
    private final List<String> staticWildcards = new ArrayList<>();
    private final Map<String, TypeDeclaration<?>> types = new HashMap<>();
    private final Set<String> assignedElsewhere;
    private Set<String> assigned;

    /** {@code assignedElsewhere}: names assigned in code that was left out of {@code unit}. */
    JavaFile(CompilationUnit unit, String key, ConstantIndex index, SinkCatalog catalog,
            Set<String> assignedElsewhere) {
        this.assignedElsewhere = assignedElsewhere;
        this.unit = unit;
        this.key = key;
        this.index = index;
        this.catalog = catalog;
        for (ImportDeclaration i : unit.getImports()) {
            String name = i.getNameAsString();
            if (i.isStatic() && i.isAsterisk()) {
                staticWildcards.add(i.getName().getIdentifier());
            } else if (i.isStatic()) {
                i.getName().getQualifier().ifPresent(q -> staticImports.put(i.getName().getIdentifier(),
                        q.getIdentifier()));
            } else if (!i.isAsterisk()) {
                imports.put(i.getName().getIdentifier(), name);
            }
        }
        for (TypeDeclaration<?> t : unit.findAll(TypeDeclaration.class)) {
            types.putIfAbsent(t.getNameAsString(), t);
        }
    }

    CompilationUnit unit() {
        return unit;
    }

    /** The file's key in the {@link ConstantIndex}. */
    String key() {
        return key;
    }

    ConstantIndex index() {
        return index;
    }

    SinkCatalog catalog() {
        return catalog;
    }

    /** The qualified name a simple type name is imported as, or null when not imported by name. */
    String importOf(String simpleName) {
        return imports.get(simpleName);
    }

    /** The class a statically imported name comes from (simple name), or null. */
    String staticImportOf(String name) {
        return staticImports.get(name);
    }

    List<String> staticWildcards() {
        return staticWildcards;
    }

    /** A type declared in this file by that simple name. */
    Optional<TypeDeclaration<?>> type(String simpleName) {
        return Optional.ofNullable(types.get(simpleName));
    }

    /** True if the file assigns to a variable or field by that name anywhere after its declaration. */
    boolean assignedAnywhere(String name) {
        if (assigned == null) {
            Set<String> names = new HashSet<>(assignedElsewhere);
            for (AssignExpr a : unit.findAll(AssignExpr.class)) {
                Node target = a.getTarget();
                if (target instanceof NameExpr n) {
                    names.add(n.getNameAsString());
                } else if (target instanceof FieldAccessExpr f) {
                    names.add(f.getNameAsString());
                }
            }
            assigned = names;
        }
        return assigned.contains(name);
    }
}
