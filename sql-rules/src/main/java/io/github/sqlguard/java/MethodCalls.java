package io.github.sqlguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.sqlguard.java.ReturnValues.Result;
import io.github.sqlguard.java.TextMethods.TextMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows a call of one of the project's methods that return text into what the method returns, with the values of
 * the arguments known at the call standing for its parameters: the method is found by name and arity in the
 * receiver's type and the types it extends ({@link MethodIndex}), and every method a call may run (an override in a
 * subtype, an overload of the same arity) is folded; when they disagree the call's value is unknown. Calls are
 * followed {@value #MAX_DEPTH} deep; a call past that is a {@link Folded#stopped stop}.
 *
 * <p>One object per method being folded (a frame): who {@code this} is, what its parameters hold, how many calls
 * deep it is. At a sink's own file there is no frame; {@code this} is the type the call stands in.
 */
final class MethodCalls {

    static final int MAX_DEPTH = 3;
    /** How many (method, receiver type) pairs one call may run before it counts as unknown. */
    private static final int MAX_CANDIDATES = 16;

    /** The methods a call may run, each with the lineage of the type {@code this} is when it does. */
    private record Target(TextMethod method, List<String> self) {
    }

    private final JavaFile file;
    private final TextMethod declaring;
    private final List<String> self;
    private final int callsLeft;
    private final Map<Parameter, Folded> arguments;
    /** Values of methods of the sink's own file, folded in its tree (null in a method parsed on its own). */
    private final Map<String, Result> ownFile;

    MethodCalls(JavaFile file, TextMethod declaring, List<String> self, int callsLeft,
            Map<Parameter, Folded> arguments, Map<String, Result> ownFile) {
        this.file = file;
        this.declaring = declaring;
        this.self = self;
        this.callsLeft = callsLeft;
        this.arguments = arguments;
        this.ownFile = ownFile;
    }

    /** Calls as a sink's value in {@code file} makes them. */
    static MethodCalls atSink(JavaFile file) {
        return new MethodCalls(file, null, null, MAX_DEPTH, Map.of(), new HashMap<>());
    }

    /** The value a parameter of the method being folded was given by the call, if known. */
    Optional<Folded> argument(Parameter p) {
        return Optional.ofNullable(arguments.get(p));
    }

    /** The value of {@code call}: unknown unless it runs one of the project's text methods. */
    Folded fold(MethodCallExpr call, ExpressionFolder caller) {
        List<Target> targets = targets(call);
        if (targets.isEmpty() || targets.size() > MAX_CANDIDATES) {
            return Folded.unknown();
        }
        if (callsLeft == 0) {
            return Folded.stopped("method calls nested more than " + MAX_DEPTH + " deep");
        }
        List<Folded> args = new ArrayList<>();
        for (Expression a : call.getArguments()) {
            args.add(caller.fold(a));
        }
        Folded value = null;
        for (Target t : targets) {
            Result r = result(t, args, caller.reached());
            caller.charge(r.cost());
            if (value == null) {
                value = r.value();
            } else if (!value.sameAs(r.value())) {
                return Folded.unknownFrom(value, r.value());
            }
        }
        return value.copy();
    }

    /**
     * The value of one method a call runs: in this file's tree if it is there, the variables it uses then joining
     * {@code reached}, or else parsed on its own.
     */
    private Result result(Target t, List<Folded> args, java.util.Set<Node> reached) {
        if (ownFile != null && t.method().file().equals(file.key())) {
            MethodDeclaration own = inTree(t.method());
            if (own != null) {
                String key = ReturnValues.key(t.method(), t.self(), args, callsLeft);
                Result known = ownFile.get(key);
                if (known == null) {
                    known = ReturnValues.follow(own, file, t.method(), t.self(), args, this, reached);
                    ownFile.put(key, known);
                }
                return known;
            }
        }
        return file.index().methods().values().of(t.method(), t.self(), args, this);
    }

    JavaFile file() {
        return file;
    }

    /** The frame of {@code method}, called from this one with {@code bound} for its parameters. */
    MethodCalls callee(JavaFile in, TextMethod method, List<String> calleeSelf, Map<Parameter, Folded> bound) {
        return new MethodCalls(in, method, calleeSelf, callsLeft - 1, bound, in == file ? ownFile : null);
    }

    int callsLeft() {
        return callsLeft;
    }

    /** The method as this file's tree holds it, unless the tree left its body out or it cannot be told apart. */
    private MethodDeclaration inTree(TextMethod m) {
        MethodDeclaration found = null;
        for (TypeDeclaration<?> type : file.unit().findAll(TypeDeclaration.class)) {
            if (!type.getNameAsString().equals(m.owner())) {
                continue;
            }
            for (MethodDeclaration d : type.getMethodsByName(m.name())) {
                if (d.getParameters().size() == m.arity() && d.getBody().isPresent()) {
                    if (found != null) {
                        return null;
                    }
                    found = d;
                }
            }
        }
        boolean blanked = found != null && !m.emptyBody() && found.getBody().get().getStatements().isEmpty();
        return blanked ? null : found;
    }

    // ---- which methods a call runs ----

    private List<Target> targets(MethodCallExpr call) {
        String name = call.getNameAsString();
        int args = call.getArguments().size();
        MethodIndex index = file.index().methods();
        Expression scope = call.getScope().map(ExpressionFolder::unwrap).orElse(null);
        if (scope == null || scope instanceof ThisExpr) {
            if (inAnonymousClass(call)) {
                return List.of();
            }
            List<String> lineage = self != null ? self : enclosingLineage(call);
            List<Target> found = lineage == null ? List.of() : dispatch(lineage, name, args, self == null);
            if (found.isEmpty() && scope == null) {
                found = unqualified(call, name, args);
            }
            return found;
        }
        if (scope instanceof SuperExpr) {
            List<String> supers = superLineage(call);
            List<Target> found = supers.isEmpty() ? List.of() : dispatch(supers, name, args, false);
            List<String> thisSelf = self != null ? self : enclosingLineage(call);
            return found.stream().map(t -> new Target(t.method(), thisSelf != null ? thisSelf : t.self())).toList();
        }
        String type = typeNamed(scope);
        if (type != null) {
            return staticOnly(dispatch(index.lineage(type, null), name, args, false));
        }
        Bindings.Receiver receiver = Bindings.receiver(scope, file);
        if (receiver.type() != null && index.knows(receiver.type())) {
            return dispatch(index.lineage(receiver.type(), null), name, args, true);
        }
        return List.of();
    }

    /**
     * The methods a call by {@code name} may run on an object of the type {@code lineage} starts with: the first
     * of its lineage that declares such a method and, when the call is virtual (the object may be of a subtype),
     * the same for each of its subtypes that is not abstract. A declaration without a body runs nothing.
     */
    private List<Target> dispatch(List<String> lineage, String name, int args, boolean virtual) {
        MethodIndex index = file.index().methods();
        List<TextMethod> own = firstDeclared(lineage, name, args);
        Map<String, Target> out = new LinkedHashMap<>();
        boolean overridable = own.stream().anyMatch(m -> !m.isStatic() && !m.isPrivate());
        if (!(virtual && overridable && index.isAbstract(lineage.get(0)))) {
            add(out, own, lineage);
        }
        if (virtual && overridable) {
            for (String sub : index.subtypes(lineage.get(0))) {
                if (index.isAbstract(sub)) {
                    continue;
                }
                List<String> subLineage = index.lineage(sub, null);
                add(out, firstDeclared(subLineage, name, args), subLineage);
                if (out.size() > MAX_CANDIDATES) {
                    break;
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static void add(Map<String, Target> out, List<TextMethod> methods, List<String> lineage) {
        for (TextMethod m : methods) {
            if (m.hasBody()) {
                out.putIfAbsent(m.file() + ":" + m.start() + "@" + lineage, new Target(m, lineage));
            }
        }
    }

    private List<TextMethod> firstDeclared(List<String> lineage, String name, int args) {
        for (String type : lineage) {
            List<TextMethod> declared = file.index().methods().declared(type, name, args);
            if (!declared.isEmpty()) {
                return declared;
            }
        }
        return List.of();
    }

    private static List<Target> staticOnly(List<Target> targets) {
        return targets.stream().filter(t -> t.method().isStatic()).toList();
    }

    /** A call without a receiver that {@code this} does not declare: an enclosing type's, or a static import. */
    private List<Target> unqualified(MethodCallExpr call, String name, int args) {
        MethodIndex index = file.index().methods();
        if (self == null) {
            boolean first = true;
            for (Node n = call; n != null; n = n.getParentNode().orElse(null)) {
                if (n instanceof TypeDeclaration<?> t) {
                    if (!first) {
                        List<Target> found = dispatch(lineage(t), name, args, true);
                        if (!found.isEmpty()) {
                            return found;
                        }
                    }
                    first = false;
                }
            }
        }
        List<String> owners = new ArrayList<>();
        String imported = file.staticImportOf(name);
        if (imported != null) {
            owners.add(imported);
        }
        owners.addAll(file.staticWildcards());
        for (String owner : owners) {
            List<Target> found = staticOnly(dispatch(index.lineage(owner, null), name, args, false));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The lineage of the type {@code this} is where {@code call} stands in a sink's file. */
    private List<String> enclosingLineage(Node call) {
        for (Node n = call; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> t) {
                return lineage(t);
            }
        }
        return null;
    }

    private List<String> superLineage(Node call) {
        if (declaring != null) {
            List<String> lineage = file.index().methods().lineage(declaring.owner(), null);
            return lineage.subList(1, lineage.size());
        }
        List<String> lineage = enclosingLineage(call);
        return lineage == null ? List.of() : lineage.subList(1, lineage.size());
    }

    private List<String> lineage(TypeDeclaration<?> t) {
        List<String> direct = new ArrayList<>();
        NodeList<ClassOrInterfaceType> supers = new NodeList<>();
        if (t instanceof ClassOrInterfaceDeclaration c) {
            supers.addAll(c.getExtendedTypes());
            supers.addAll(c.getImplementedTypes());
        } else if (t instanceof EnumDeclaration e) {
            supers.addAll(e.getImplementedTypes());
        } else if (t instanceof RecordDeclaration r) {
            supers.addAll(r.getImplementedTypes());
        }
        supers.forEach(s -> direct.add(s.getNameAsString()));
        return file.index().methods().lineage(t.getNameAsString(), direct);
    }

    /** True if {@code call} stands in an anonymous class body, where {@code this} is an object of no known type. */
    private static boolean inAnonymousClass(Node call) {
        for (Node n = call; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof BodyDeclaration<?> b && b.getParentNode().orElse(null) instanceof ObjectCreationExpr) {
                return true;
            }
            if (n instanceof TypeDeclaration<?>) {
                return false;
            }
        }
        return false;
    }

    /** The type a static call names ({@code Sql.deleteAll(t)}, {@code app.db.Sql.deleteAll(t)}), or null. */
    private String typeNamed(Expression scope) {
        String name = scope instanceof NameExpr n ? n.getNameAsString()
                : scope instanceof FieldAccessExpr f && isPackagePath(f.getScope()) ? f.getNameAsString() : null;
        if (name == null || (scope instanceof NameExpr n && Bindings.find(n, name).isPresent())) {
            return null;
        }
        return file.index().methods().knows(name) ? name : null;
    }

    private boolean isPackagePath(Expression e) {
        if (e instanceof NameExpr n) {
            return Bindings.find(n, n.getNameAsString()).isEmpty();
        }
        return e instanceof FieldAccessExpr f && isPackagePath(f.getScope());
    }
}
