package io.github.sqlguard.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import io.github.sqlguard.core.LibraryCall;
import io.github.sqlguard.java.EveryRowSink.Condition;
import io.github.sqlguard.java.TypeHierarchy.Ancestor;
import io.github.sqlguard.java.TypeHierarchy.Ref;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The calls of one file that the catalog's {@code every-row} lines name: the receiver's declared type (a variable, a
 * field, one inherited from a project superclass, or the class itself for an unqualified call) resolved to a library
 * type through imports and the project's {@link TypeHierarchy}, the arguments judged by the line's condition, and the
 * statement the call runs. A receiver whose type is not known, or not in the line's packages, is no sink.
 */
final class EveryRowCalls {

    /** The statement a call runs, and the call as the user wrote it. */
    record Call(String sql, LibraryCall libraryCall) {
    }

    /** The library type a receiver reaches, and the type the code names it by. */
    private record Receiver(Ancestor ancestor, String shown) {
    }

    /**
     * MyBatis-Plus services (of the catalog's lines, so in its packages) hand out their mapper as {@code baseMapper}
     * and {@code getBaseMapper()}.
     */
    private static final Set<String> SERVICES = Set.of("IService", "ServiceImpl", "IRepository", "CrudRepository",
            "MPJBaseService", "MPJBaseServiceImpl");
    private static final String MAPPER = "com.baomidou.mybatisplus.core.mapper.BaseMapper";
    private static final String MAPPER_FIELD = "baseMapper";
    private static final String MAPPER_GETTER = "getBaseMapper";

    private final JavaFile file;
    private final TypeHierarchy types;
    private final List<EveryRowSink> sinks;
    /** The members of the lines, exact and by prefix: most calls are none of them. */
    private final Set<String> members = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private TypeNames typeNames;

    EveryRowCalls(JavaFile file, TypeHierarchy types) {
        this.file = file;
        this.types = types;
        this.sinks = file.catalog().everyRow();
        for (EveryRowSink sink : sinks) {
            for (String m : sink.members()) {
                if (m.endsWith("*")) {
                    prefixes.add(m.substring(0, m.length() - 1));
                } else {
                    members.add(m);
                }
            }
        }
    }

    /** The statement {@code call} runs, or null when it is not a call of an every-row line. */
    Call of(MethodCallExpr call) {
        String method = call.getNameAsString();
        if (!isMember(method)) {
            return null;
        }
        int arity = call.getArguments().size();
        List<EveryRowSink> named = sinks.stream().filter(s -> s.names(method) && s.takes(arity)).toList();
        if (named.isEmpty()) {
            return null;
        }
        Receiver receiver = receiver(call, q -> named.stream().anyMatch(s -> s.isType(q)));
        if (receiver == null) {
            return null;
        }
        Ancestor ancestor = receiver.ancestor();
        EveryRowSink sink = named.stream().filter(s -> s.isType(ancestor.qualified())).findFirst().orElseThrow();
        Condition condition = sink.when().condition();
        if (ancestor.redeclaring() && condition != Condition.NEVER) {
            return null;
        }
        String entity = typeName(ancestor.argument(sink.entityArgument(ancestor.simpleName())));
        boolean everyRow = switch (condition) {
            case ALWAYS -> true;
            case NEVER -> false;
            case NULL -> unwrapped(argument(call, sink)) instanceof NullLiteralExpr;
            case ENTITY -> unwrapped(argument(call, sink)) instanceof ClassExpr;
            case UNFILTERED -> new WrapperConditions(names(), sink.packages()).of(argument(call, sink))
                    == WrapperConditions.Verdict.EMPTY;
        };
        if (condition == Condition.ENTITY && unwrapped(argument(call, sink)) instanceof ClassExpr c) {
            entity = typeName(c.getType().asString());
        }
        String table = entity != null ? entity : receiver.shown();
        String target = entity != null ? "the table of `" + entity + "`" : "the table behind `" + receiver.shown()
                + "`";
        return new Call(sink.sql(table, everyRow), new LibraryCall(written(call), target, sink.advice()));
    }

    private boolean isMember(String method) {
        if (members.contains(method)) {
            return true;
        }
        for (String p : prefixes) {
            if (method.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static Expression argument(MethodCallExpr call, EveryRowSink sink) {
        return call.getArgument(sink.when().argument());
    }

    private static Expression unwrapped(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr || x instanceof CastExpr) {
            x = x instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) x).getExpression();
        }
        return x;
    }

    /** The simple name of a type written as {@code a.b.Order<X>}, or null when it is not a plain name. */
    private static String typeName(String written) {
        if (written == null) {
            return null;
        }
        String raw = written.contains("<") ? written.substring(0, written.indexOf('<')) : written;
        String simple = raw.substring(raw.lastIndexOf('.') + 1);
        return simple.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*") ? simple : null;
    }

    private static String written(MethodCallExpr call) {
        return call.getTokenRange().map(Object::toString).orElseGet(call::toString);
    }

    // ---- receivers ----

    private Receiver receiver(MethodCallExpr call, Predicate<String> wanted) {
        String method = call.getNameAsString();
        Expression scope = call.getScope().map(EveryRowCalls::unwrapped).orElse(null);
        if (scope == null || scope instanceof ThisExpr || scope instanceof SuperExpr) {
            TypeDeclaration<?> owner = enclosingType(call);
            String self = owner == null ? null : qualifiedName(owner);
            if (self == null) {
                return null;
            }
            List<Ref> starts = scope instanceof SuperExpr
                    ? types.type(self).map(TypeHierarchy.Type::supertypes).orElse(List.of())
                    : List.of(new Ref(self, List.of(self), List.of()));
            for (Ref start : starts) {
                Receiver r = reach(start, wanted, call, owner.getNameAsString());
                if (r != null) {
                    return r;
                }
            }
            return null;
        }
        if (isMapperOfService(scope)) {
            return mapperOfService(scope, wanted);
        }
        Ref ref = declaredType(scope);
        return ref == null ? null : reach(ref, wanted, call, ref.simpleName());
    }

    private Receiver reach(Ref start, Predicate<String> wanted, MethodCallExpr call, String shown) {
        return types.ancestor(start, wanted, call.getNameAsString(), call.getArguments().size())
                .map(a -> new Receiver(a, shown)).orElse(null);
    }

    private static boolean isMapperOfService(Expression scope) {
        return (scope instanceof NameExpr n && n.getNameAsString().equals(MAPPER_FIELD)
                && Bindings.find(n, MAPPER_FIELD).isEmpty())
                || (scope instanceof FieldAccessExpr f && f.getNameAsString().equals(MAPPER_FIELD)
                && f.getScope() instanceof ThisExpr)
                || (scope instanceof MethodCallExpr m && m.getNameAsString().equals(MAPPER_GETTER)
                && m.getArguments().isEmpty());
    }

    /** {@code baseMapper} or {@code getBaseMapper()} of a MyBatis-Plus service: its BaseMapper, with its entity. */
    private Receiver mapperOfService(Expression scope, Predicate<String> wanted) {
        if (!wanted.test(MAPPER)) {
            return null;
        }
        Expression service = scope instanceof MethodCallExpr m ? m.getScope().orElse(null) : null;
        Ref start;
        if (service == null || service instanceof ThisExpr) {
            TypeDeclaration<?> owner = enclosingType(scope);
            String self = owner == null ? null : qualifiedName(owner);
            start = self == null ? null : new Ref(self, List.of(self), List.of());
        } else {
            start = declaredType(unwrapped(service));
        }
        if (start == null) {
            return null;
        }
        Predicate<String> isService = q -> SERVICES.contains(q.substring(q.lastIndexOf('.') + 1))
                && sinks.stream().anyMatch(s -> s.isType(q));
        Optional<Ancestor> found = types.ancestor(start, isService, null, 0);
        if (found.isEmpty()) {
            return null;
        }
        Ancestor a = found.get();
        int entity = sinks.stream().filter(s -> s.isType(a.qualified())).findFirst()
                .map(s -> s.entityArgument(a.simpleName())).orElse(-1);
        List<String> arguments = new ArrayList<>();
        arguments.add(a.argument(entity));
        return new Receiver(new Ancestor(MAPPER, arguments, false), "BaseMapper");
    }

    /** The declared type of a receiver expression, as a reference the hierarchy can follow; null when not known. */
    private Ref declaredType(Expression scope) {
        if (scope instanceof NameExpr n) {
            Optional<Bindings.Binding> binding = Bindings.find(n, n.getNameAsString());
            if (binding.isEmpty()) {
                return inheritedField(n, n.getNameAsString());
            }
            Bindings.Binding b = binding.get();
            if (b instanceof Bindings.Local l) {
                return declared(l.declarator().getType(), l.declarator().getInitializer().orElse(null), n);
            }
            if (b instanceof Bindings.Field f) {
                return declared(f.declarator().getType(), f.declarator().getInitializer().orElse(null), n);
            }
            Bindings.Opaque o = (Bindings.Opaque) b;
            return declared(o.type(), o.initializer(), n);
        }
        if (scope instanceof FieldAccessExpr f && (f.getScope() instanceof ThisExpr
                || f.getScope() instanceof SuperExpr)) {
            TypeDeclaration<?> owner = enclosingType(f);
            if (owner != null && f.getScope() instanceof ThisExpr
                    && Bindings.field(owner.getMembers(), f.getNameAsString()) instanceof Bindings.Field field) {
                return declared(field.declarator().getType(), field.declarator().getInitializer().orElse(null), f);
            }
            return inheritedField(f, f.getNameAsString());
        }
        if (scope instanceof CastExpr c) {
            return declared(c.getType(), null, c);
        }
        if (scope instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isEmpty()) {
            return ref(o.getType(), o);
        }
        return null;
    }

    private Ref declared(Type type, Expression initializer, Node at) {
        if (type instanceof ClassOrInterfaceType c && !c.getNameAsString().equals("var")) {
            return ref(c, at);
        }
        if (initializer instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isEmpty()) {
            return ref(o.getType(), at);
        }
        return null;
    }

    private Ref inheritedField(Node at, String name) {
        TypeDeclaration<?> owner = enclosingType(at);
        String self = owner == null ? null : qualifiedName(owner);
        return self == null ? null : types.field(self, name).orElse(null);
    }

    private Ref ref(ClassOrInterfaceType type, Node at) {
        Set<String> variables = typeVariables(at);
        List<String> arguments = new ArrayList<>();
        for (Type a : type.getTypeArguments().map(List::copyOf).orElse(List.of())) {
            String name = a instanceof ClassOrInterfaceType c ? c.getNameAsString()
                    : a.isWildcardType() ? "?" : a.asString();
            arguments.add(variables.contains(name) ? null : name);
        }
        String name = type.getNameWithScope();
        return new Ref(name, names().candidates(name), Collections.unmodifiableList(arguments));
    }

    /** The type parameters of the methods and types around {@code at}. */
    private static Set<String> typeVariables(Node at) {
        Set<String> out = new HashSet<>();
        for (Node n = at; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof NodeWithTypeParameters<?> generic) {
                for (TypeParameter p : generic.getTypeParameters()) {
                    out.add(p.getNameAsString());
                }
            }
        }
        return out;
    }

    /** The innermost named type around {@code at}; null inside an anonymous or a local class. */
    private static TypeDeclaration<?> enclosingType(Node at) {
        for (Node n = at.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
                return null;
            }
            if (n instanceof TypeDeclaration<?> t) {
                return t;
            }
        }
        return null;
    }

    /** The qualified name of a member or top-level type; null for a local class. */
    private String qualifiedName(TypeDeclaration<?> type) {
        return qualifiedName(type, names().pkg());
    }

    private static String qualifiedName(TypeDeclaration<?> type, String pkg) {
        StringBuilder name = new StringBuilder(type.getNameAsString());
        for (Node n = type.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LocalClassDeclarationStmt || n instanceof LocalRecordDeclarationStmt) {
                return null;
            }
            if (n instanceof TypeDeclaration<?> outer) {
                name.insert(0, outer.getNameAsString() + ".");
            }
        }
        return pkg.isEmpty() ? name.toString() : pkg + "." + name;
    }

    /** How the file's type names resolve, read from its tree once. */
    private TypeNames names() {
        if (typeNames == null) {
            CompilationUnit unit = file.unit();
            String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
            Map<String, String> imports = new HashMap<>();
            List<String> wildcards = new ArrayList<>();
            for (ImportDeclaration i : unit.getImports()) {
                if (i.isStatic()) {
                    continue;
                }
                if (i.isAsterisk()) {
                    wildcards.add(i.getNameAsString());
                } else {
                    imports.put(i.getName().getIdentifier(), i.getNameAsString());
                }
            }
            Map<String, String> declared = new HashMap<>();
            for (TypeDeclaration<?> t : unit.findAll(TypeDeclaration.class)) {
                String q = qualifiedName(t, pkg);
                if (q != null) {
                    declared.putIfAbsent(t.getNameAsString(), q);
                }
            }
            typeNames = new TypeNames(pkg, imports, wildcards, declared);
        }
        return typeNames;
    }
}
