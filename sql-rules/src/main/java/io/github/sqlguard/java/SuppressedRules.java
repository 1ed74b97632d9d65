package io.github.sqlguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a {@code @SuppressWarnings} on an enclosing declaration turns off: {@code "sqlguard:<rule>"} for one
 * rule, {@code "sqlguard"} for all.
 */
record SuppressedRules(boolean all, Set<String> rules) {

    static final String PREFIX = "sqlguard";

    static SuppressedRules of(Node node) {
        Set<String> rules = new HashSet<>();
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (!(n instanceof NodeWithAnnotations<?> annotated)) {
                continue;
            }
            for (AnnotationExpr a : annotated.getAnnotations()) {
                String name = a.getNameAsString();
                if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
                    continue;
                }
                for (String value : values(a)) {
                    if (value.equals(PREFIX)) {
                        return new SuppressedRules(true, Set.of());
                    }
                    if (value.startsWith(PREFIX + ":")) {
                        rules.add(value.substring(PREFIX.length() + 1).strip());
                    }
                }
            }
        }
        return new SuppressedRules(false, Set.copyOf(rules));
    }

    private static List<String> values(AnnotationExpr a) {
        Expression value = null;
        if (a instanceof SingleMemberAnnotationExpr s) {
            value = s.getMemberValue();
        } else if (a instanceof NormalAnnotationExpr n) {
            for (MemberValuePair p : n.getPairs()) {
                if (p.getNameAsString().equals("value")) {
                    value = p.getValue();
                }
            }
        }
        if (value instanceof StringLiteralExpr s) {
            return List.of(s.asString());
        }
        if (value instanceof ArrayInitializerExpr array) {
            return array.getValues().stream()
                    .filter(v -> v instanceof StringLiteralExpr)
                    .map(v -> ((StringLiteralExpr) v).asString())
                    .toList();
        }
        return List.of();
    }
}
