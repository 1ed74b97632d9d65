package io.github.sqlguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.Locale;

/**
 * Decides whether code runs on an error path: in a {@code catch} or {@code finally} block, or under an {@code if}
 * that tests a failed create or exists check ({@code if (!tableExists(t))}, or the {@code else} of
 * {@code if (createTable(t))}). Only method calls count as checks, not variables: a flag can mean anything.
 */
final class ErrorPaths {

    private ErrorPaths() {
    }

    static boolean onErrorPath(Node node) {
        Node child = node;
        Node parent = node.getParentNode().orElse(null);
        while (parent != null && !(parent instanceof BodyDeclaration<?>)) {
            if (parent instanceof CatchClause c && child == c.getBody()) {
                return true;
            }
            if (parent instanceof TryStmt t && t.getFinallyBlock().orElse(null) == child) {
                return true;
            }
            if (parent instanceof IfStmt f && child != f.getCondition() && failedCheck(f, child)) {
                return true;
            }
            child = parent;
            parent = parent.getParentNode().orElse(null);
        }
        return false;
    }

    private static boolean failedCheck(IfStmt f, Node branch) {
        boolean inElse = f.getElseStmt().orElse(null) == branch;
        for (MethodCallExpr call : f.getCondition().findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString().toLowerCase(Locale.ROOT);
            if ((name.contains("exists") || name.contains("create")) && (inElse || negated(call, f.getCondition()))) {
                return true;
            }
        }
        return false;
    }

    /** True if a {@code !} stands between the condition and the call. */
    private static boolean negated(Expression call, Expression condition) {
        for (Node n = call; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
                return true;
            }
            if (n == condition) {
                return false;
            }
        }
        return false;
    }
}
