package io.github.sqlguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.stmt.Statement;
import io.github.sqlguard.core.Position;

/**
 * The code a suppression comment is written above: the innermost statement or member declaration that holds a node,
 * or the annotation itself. A finding marks the SQL inside it, which may start lines later
 * ({@code jdbc.update(} on one line, its SQL on the next).
 */
final class HoldingCode {

    private HoldingCode() {
    }

    /** Where the code holding {@code node} starts. */
    static Position startOf(Node node) {
        Node holder = node;
        while (!(holder instanceof Statement) && !(holder instanceof BodyDeclaration<?>)
                && !(holder instanceof AnnotationExpr) && holder.getParentNode().isPresent()) {
            holder = holder.getParentNode().get();
        }
        return CodeRegion.of(holder).start();
    }
}
