package io.github.sqlguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a MyBatis-Plus query wrapper passed to a call holds a condition, as far as the code around it shows: the
 * wrapper is {@code null}, or is built right there ({@code new QueryWrapper<>()}, {@code Wrappers.lambdaQuery()})
 * or by a local variable with nothing but {@link WrapperMethods methods that add no row filter} called on it. A
 * wrapper that comes from elsewhere (a parameter, a field, a call) is not known: a false alarm costs more than a
 * missed call.
 */
final class WrapperConditions {

    enum Verdict {
        /** No condition: the statement touches every row. */
        EMPTY,
        /** A condition, or a use that may add one. */
        FILTERED,
        UNKNOWN
    }

    private static final int MAX_DEPTH = 8;

    private final TypeNames names;
    private final List<String> packages;

    WrapperConditions(TypeNames names, List<String> packages) {
        this.names = names;
        this.packages = packages;
    }

    Verdict of(Expression argument) {
        return of(argument, 0);
    }

    private Verdict of(Expression argument, int depth) {
        Expression e = unwrapped(argument);
        if (e instanceof NullLiteralExpr) {
            return Verdict.EMPTY;
        }
        List<String> calls = new ArrayList<>();
        while (e instanceof MethodCallExpr m && !isFactory(m)) {
            if (m.getScope().isEmpty()) {
                return Verdict.UNKNOWN;
            }
            calls.add(m.getNameAsString());
            e = unwrapped(m.getScope().get());
        }
        Verdict root;
        if (e instanceof MethodCallExpr factory) {
            root = entityClassOnly(factory.getArguments()) ? Verdict.EMPTY : Verdict.FILTERED;
        } else if (e instanceof ObjectCreationExpr o && isWrapperType(o)) {
            root = entityClassOnly(o.getArguments()) ? Verdict.EMPTY : Verdict.FILTERED;
        } else if (e instanceof NameExpr n && depth < MAX_DEPTH) {
            root = local(n, depth);
        } else {
            root = Verdict.UNKNOWN;
        }
        if (root == Verdict.EMPTY && calls.stream().anyMatch(WrapperMethods::isCondition)) {
            return Verdict.FILTERED;
        }
        return root;
    }

    private static Expression unwrapped(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr || x instanceof CastExpr) {
            x = x instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) x).getExpression();
        }
        return x;
    }

    private boolean isFactory(MethodCallExpr m) {
        return WrapperMethods.FACTORIES.contains(m.getNameAsString()) && m.getScope().isPresent()
                && m.getScope().get() instanceof NameExpr scope
                && scope.getNameAsString().equals(WrapperMethods.FACTORY_CLASS)
                && fromPackages(WrapperMethods.FACTORY_CLASS);
    }

    private boolean isWrapperType(ObjectCreationExpr o) {
        String type = o.getType().getNameAsString();
        return WrapperMethods.TYPES.contains(type) && fromPackages(type) && o.getAnonymousClassBody().isEmpty();
    }

    private static boolean entityClassOnly(NodeList<Expression> arguments) {
        return arguments.isEmpty() || (arguments.size() == 1 && arguments.get(0) instanceof ClassExpr);
    }

    /** True if the simple type name, as this file imports it, is a type of the library's packages. */
    private boolean fromPackages(String simpleName) {
        String imported = names.imports().get(simpleName);
        if (imported != null) {
            return packages.stream().anyMatch(p -> imported.startsWith(p + "."));
        }
        return names.wildcards().stream().anyMatch(w -> packages.stream().anyMatch(p -> (w + ".").startsWith(p
                + ".")));
    }

    /**
     * A local wrapper: empty when its initializer is, and when every use of it between its declaration and the call
     * is a chain of methods that add no condition.
     */
    private Verdict local(NameExpr use, int depth) {
        String name = use.getNameAsString();
        if (!(Bindings.find(use, name).orElse(null) instanceof Bindings.Local l)
                || l.declarator().getInitializer().isEmpty()) {
            return Verdict.UNKNOWN;
        }
        Verdict initial = of(l.declarator().getInitializer().get(), depth + 1);
        if (initial != Verdict.EMPTY) {
            return initial;
        }
        NodeList<Statement> statements = l.block().getStatements();
        for (int i = l.index() + 1; i < statements.size(); i++) {
            Statement s = statements.get(i);
            for (NameExpr other : s.findAll(NameExpr.class)) {
                if (other != use && other.getNameAsString().equals(name) && !shapesOnly(other)) {
                    return Verdict.FILTERED;
                }
            }
            if (Bindings.contains(s, use)) {
                return Verdict.EMPTY;
            }
        }
        return Verdict.UNKNOWN;
    }

    /** True if {@code use} is the start of a chain of calls none of which adds a condition. */
    private static boolean shapesOnly(NameExpr use) {
        Node current = use;
        boolean called = false;
        while (current.getParentNode().orElse(null) instanceof MethodCallExpr m && m.getScope().orElse(null)
                == current) {
            if (WrapperMethods.isCondition(m.getNameAsString())) {
                return false;
            }
            called = true;
            current = m;
        }
        return called;
    }
}
