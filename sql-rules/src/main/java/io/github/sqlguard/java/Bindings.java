package io.github.sqlguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithStatements;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.Map;
import java.util.Optional;

/** Name resolution without a symbol solver: which declaration a name refers to, and the declared type of a receiver. */
final class Bindings {

    /** What a name refers to. */
    sealed interface Binding {
    }

    /** A local variable declared by the statement at {@code index} of {@code block}. */
    record Local(VariableDeclarator declarator, NodeWithStatements<?> block, int index) implements Binding {
    }

    record Field(VariableDeclarator declarator, FieldDeclaration field) implements Binding {
    }

    /**
     * A parameter, loop or resource variable: its value is not known here; its type and initializer may be, and
     * for a method's or constructor's parameter, the parameter ({@code null} for any other).
     */
    record Opaque(Type type, Expression initializer, Parameter parameter) implements Binding {
    }

    /**
     * A method call's receiver as far as it is known.
     *
     * @param type      simple name of its declared type, or null
     * @param qualified the type's qualified name when written or imported by name, else null
     * @param name      the variable, field or getter name, for name hints; or null
     */
    record Receiver(String type, String qualified, String name) {
    }

    /** Methods whose result type is known by name alone. */
    private static final Map<String, String> FACTORIES = Map.ofEntries(
            Map.entry("createStatement", "Statement"),
            Map.entry("prepareStatement", "PreparedStatement"),
            Map.entry("prepareCall", "CallableStatement"),
            Map.entry("createEntityManager", "EntityManager"),
            Map.entry("getCurrentSession", "Session"),
            Map.entry("openSession", "Session"),
            Map.entry("openStatelessSession", "StatelessSession"),
            Map.entry("using", "DSLContext"));

    private Bindings() {
    }

    /** The declaration {@code name} refers to at {@code from}, innermost scope first. */
    static Optional<Binding> find(Node from, String name) {
        Node child = from;
        Node parent = child.getParentNode().orElse(null);
        while (parent != null) {
            Binding found = declaredIn(parent, child, name);
            if (found != null) {
                return Optional.of(found);
            }
            child = parent;
            parent = parent.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    private static Binding declaredIn(Node scope, Node child, String name) {
        if (scope instanceof NodeWithStatements<?> block) {
            NodeList<Statement> statements = block.getStatements();
            int at = indexOf(statements, child);
            for (int i = at - 1; i >= 0; i--) {
                if (statements.get(i) instanceof ExpressionStmt es
                        && es.getExpression() instanceof VariableDeclarationExpr vde) {
                    for (VariableDeclarator v : vde.getVariables()) {
                        if (v.getNameAsString().equals(name)) {
                            return new Local(v, block, i);
                        }
                    }
                }
            }
            return null;
        }
        if (scope instanceof ForStmt f) {
            for (Expression init : f.getInitialization()) {
                Binding b = opaque(init, name);
                if (b != null) {
                    return b;
                }
            }
        } else if (scope instanceof ForEachStmt f) {
            return opaque(f.getVariable(), name);
        } else if (scope instanceof TryStmt t) {
            for (Expression resource : t.getResources()) {
                Binding b = opaque(resource, name);
                if (b != null) {
                    return b;
                }
            }
        } else if (scope instanceof CatchClause c) {
            return parameter(c.getParameter(), name, false);
        } else if (scope instanceof LambdaExpr l) {
            for (Parameter p : l.getParameters()) {
                Binding b = parameter(p, name, false);
                if (b != null) {
                    return b;
                }
            }
        } else if (scope instanceof CallableDeclaration<?> c) {
            for (Parameter p : c.getParameters()) {
                Binding b = parameter(p, name, true);
                if (b != null) {
                    return b;
                }
            }
        } else if (scope instanceof TypeDeclaration<?> t) {
            Binding b = field(t.getMembers(), name);
            if (b == null && t instanceof RecordDeclaration r) {
                for (Parameter p : r.getParameters()) {
                    b = b != null ? b : parameter(p, name, false);
                }
            }
            return b;
        } else if (scope instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
            return field(o.getAnonymousClassBody().get(), name);
        }
        return null;
    }

    /** A field of a type by name. */
    static Binding field(NodeList<BodyDeclaration<?>> members, String name) {
        for (BodyDeclaration<?> member : members) {
            if (member instanceof FieldDeclaration f) {
                for (VariableDeclarator v : f.getVariables()) {
                    if (v.getNameAsString().equals(name)) {
                        return new Field(v, f);
                    }
                }
            }
        }
        return null;
    }

    private static Binding opaque(Expression declaration, String name) {
        if (declaration instanceof VariableDeclarationExpr vde) {
            for (VariableDeclarator v : vde.getVariables()) {
                if (v.getNameAsString().equals(name)) {
                    return new Opaque(v.getType(), v.getInitializer().orElse(null), null);
                }
            }
        }
        return null;
    }

    private static Binding parameter(Parameter p, String name, boolean ofCallable) {
        return p.getNameAsString().equals(name) ? new Opaque(p.getType(), null, ofCallable ? p : null) : null;
    }

    static int indexOf(NodeList<? extends Node> list, Node node) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == node) {
                return i;
            }
        }
        return -1;
    }

    /** True if {@code node} is {@code ancestor} or lies inside it. */
    static boolean contains(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** What is known of a call's receiver. */
    static Receiver receiver(Expression e, JavaFile file) {
        return receiver(e, file, 0);
    }

    private static Receiver receiver(Expression e, JavaFile file, int depth) {
        if (depth > 8) {
            return new Receiver(null, null, null);
        }
        if (e instanceof EnclosedExpr en) {
            return receiver(en.getInner(), file, depth + 1);
        }
        if (e instanceof CastExpr c) {
            Receiver typed = typed(c.getType(), null, file, null, depth);
            Receiver inner = receiver(c.getExpression(), file, depth + 1);
            return new Receiver(typed.type(), typed.qualified(), inner.name());
        }
        if (e instanceof NameExpr n) {
            String name = n.getNameAsString();
            Binding b = find(n, name).orElse(null);
            if (b instanceof Local l) {
                return typed(l.declarator().getType(), l.declarator().getInitializer().orElse(null), file, name,
                        depth);
            }
            if (b instanceof Field f) {
                return typed(f.declarator().getType(), f.declarator().getInitializer().orElse(null), file, name,
                        depth);
            }
            if (b instanceof Opaque o) {
                return typed(o.type(), o.initializer(), file, name, depth);
            }
            return new Receiver(null, null, name);
        }
        if (e instanceof FieldAccessExpr fa) {
            String name = fa.getNameAsString();
            if (fa.getScope() instanceof ThisExpr || fa.getScope() instanceof SuperExpr) {
                Binding field = enclosingField(fa, name);
                if (field instanceof Field f) {
                    return typed(f.declarator().getType(), f.declarator().getInitializer().orElse(null), file, name,
                            depth);
                }
            }
            return new Receiver(null, null, name);
        }
        if (e instanceof MethodCallExpr m) {
            String method = m.getNameAsString();
            String type = FACTORIES.get(method);
            String name = method;
            if (method.length() > 3 && method.startsWith("get") && Character.isUpperCase(method.charAt(3))) {
                String rest = method.substring(3);
                name = Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
                if (type == null && file.catalog().receiverTypes().contains(rest)) {
                    type = rest;
                }
            }
            return new Receiver(type, type == null ? null : file.importOf(type), name);
        }
        if (e instanceof ObjectCreationExpr o) {
            return typed(o.getType(), null, file, null, depth);
        }
        return new Receiver(null, null, null);
    }

    private static Binding enclosingField(Node from, String name) {
        for (Node n = from; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> t) {
                return field(t.getMembers(), name);
            }
        }
        return null;
    }

    private static Receiver typed(Type type, Expression initializer, JavaFile file, String name, int depth) {
        if (type instanceof ClassOrInterfaceType c && !c.getNameAsString().equals("var")) {
            String simple = c.getNameAsString();
            String qualified = c.getScope().isPresent() ? c.getNameWithScope() : file.importOf(simple);
            return new Receiver(simple, qualified, name);
        }
        if (initializer != null && (type == null || type.isVarType() || type.isUnknownType()
                || type instanceof ClassOrInterfaceType)) {
            Receiver inferred = receiver(initializer, file, depth + 1);
            return new Receiver(inferred.type(), inferred.qualified(), name);
        }
        if (type != null && !type.isVarType() && !type.isUnknownType()) {
            return new Receiver(type.asString(), null, name);
        }
        return new Receiver(null, null, name);
    }
}
