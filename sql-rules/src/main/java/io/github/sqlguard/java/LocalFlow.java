package io.github.sqlguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The value of a local variable where it is read, following the statements between its declaration and the use:
 * assignments, {@code +=}, builder appends, branches that append conditionally, blocks that leave early. Expressions
 * on the way are folded by the {@link ExpressionFolder} that asked.
 */
final class LocalFlow {

    private final ExpressionFolder folder;
    private final Set<Node> reached;
    private final Set<Node> active;
    /** The variables being followed statement by statement, with their value so far: {@code sql = sql.trim()}. */
    private final Map<Node, State> walks = new IdentityHashMap<>();
    /** Values of variables that no statement after their declaration changes. */
    private final Map<Node, Folded> unchanged = new IdentityHashMap<>();

    /** Shares the folder's sets: the variables whose values were used, and those being folded now. */
    LocalFlow(ExpressionFolder folder, Set<Node> reached, Set<Node> active) {
        this.folder = folder;
        this.reached = reached;
        this.active = active;
    }

    /** The value of a local variable where {@code use} reads it. */
    Folded local(Bindings.Local where, Node use) {
        VariableDeclarator v = where.declarator();
        State walking = walks.get(v);
        if (walking != null) {
            return walking.value == null ? Folded.unknown() : walking.value.copy();
        }
        reached.add(v);
        Folded known = unchanged.get(v);
        if (known != null) {
            return known.copy();
        }
        if (!active.add(v)) {
            return Folded.unknown();
        }
        State state = new State(null);
        try {
            String name = v.getNameAsString();
            boolean builder = isBuilder(v);
            state.value = v.getInitializer().map(folder::fold).map(Folded::copy).orElse(null);
            List<Statement> after = where.block().getStatements();
            if (state.value != null && after.subList(where.index() + 1, after.size()).stream()
                    .noneMatch(st -> changes(st, name, builder))) {
                unchanged.put(v, state.value.copy());
                return state.value;
            }
            walks.put(v, state);
            List<Statement> statements = where.block().getStatements();
            if (!Bindings.contains(statements.get(where.index()), use)) {
                walk(statements, where.index() + 1, use, name, builder, state);
            }
            return state.value == null ? Folded.unknown() : state.value;
        } finally {
            walks.remove(v);
            active.remove(v);
        }
    }

    private static boolean isBuilder(VariableDeclarator v) {
        if (v.getType() instanceof ClassOrInterfaceType c && ExpressionFolder.BUILDERS.contains(c.getNameAsString())) {
            return true;
        }
        return v.getInitializer().map(ExpressionFolder::unwrap)
                .filter(i -> i instanceof ObjectCreationExpr o && ExpressionFolder.BUILDERS.contains(o.getType().getNameAsString()))
                .isPresent();
    }

    /** A variable's value as statements change it. */
    private static final class State {
        Folded value;
        boolean reset;
        boolean touched;

        State(Folded value) {
            this.value = value;
        }

        void append(Folded f, boolean conditional) {
            if (value == null) {
                value = Folded.unknown();
            }
            value.append(f, conditional);
            touched = true;
        }

        void set(Folded f) {
            value = f.copy();
            reset = true;
            touched = true;
        }
    }

    /** Applies the statements from {@code from} on; at the one holding {@code use}, goes into it and stops. */
    private void walk(List<Statement> statements, int from, Node use, String name, boolean builder, State state) {
        for (int i = from; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (use != null && Bindings.contains(s, use)) {
                enter(s, use, name, builder, state);
                return;
            }
            apply(s, name, builder, state);
        }
    }

    private void enter(Statement s, Node use, String name, boolean builder, State state) {
        if (s instanceof BlockStmt b) {
            walk(b.getStatements(), 0, use, name, builder, state);
        } else if (s instanceof IfStmt f) {
            if (Bindings.contains(f.getThenStmt(), use)) {
                enter(f.getThenStmt(), use, name, builder, state);
            } else if (f.getElseStmt().isPresent() && Bindings.contains(f.getElseStmt().get(), use)) {
                enter(f.getElseStmt().get(), use, name, builder, state);
            }
        } else if (s instanceof TryStmt t) {
            if (Bindings.contains(t.getTryBlock(), use)) {
                enter(t.getTryBlock(), use, name, builder, state);
                return;
            }
            apply(t.getTryBlock(), name, builder, state);
            for (CatchClause c : t.getCatchClauses()) {
                if (Bindings.contains(c.getBody(), use)) {
                    enter(c.getBody(), use, name, builder, state);
                    return;
                }
            }
            if (t.getFinallyBlock().isPresent() && Bindings.contains(t.getFinallyBlock().get(), use)) {
                enter(t.getFinallyBlock().get(), use, name, builder, state);
            }
        } else if (s instanceof ForStmt f) {
            enter(f.getBody(), use, name, builder, state);
        } else if (s instanceof ForEachStmt f) {
            enter(f.getBody(), use, name, builder, state);
        } else if (s instanceof WhileStmt w) {
            enter(w.getBody(), use, name, builder, state);
        } else if (s instanceof DoStmt d) {
            enter(d.getBody(), use, name, builder, state);
        } else if (s instanceof LabeledStmt l) {
            enter(l.getStatement(), use, name, builder, state);
        } else if (s instanceof SynchronizedStmt y) {
            enter(y.getBody(), use, name, builder, state);
        } else if (s instanceof SwitchStmt sw) {
            for (SwitchEntry e : sw.getEntries()) {
                if (Bindings.contains(e, use)) {
                    walk(e.getStatements(), 0, use, name, builder, state);
                }
            }
        }
    }

    /** Applies a statement that runs before the use. */
    private void apply(Statement s, String name, boolean builder, State state) {
        if (!mentions(s, name)) {
            return;
        }
        if (s instanceof ExpressionStmt es) {
            expression(es.getExpression(), name, builder, state);
        } else if (s instanceof BlockStmt b) {
            for (Statement inner : b.getStatements()) {
                apply(inner, name, builder, state);
            }
        } else if (s instanceof IfStmt f) {
            branches(f, name, builder, state);
        } else if (s instanceof TryStmt t) {
            apply(t.getTryBlock(), name, builder, state);
            for (CatchClause c : t.getCatchClauses()) {
                if (changes(c.getBody(), name, builder)) {
                    state.append(Folded.unknown(), true);
                }
            }
            t.getFinallyBlock().ifPresent(f -> apply(f, name, builder, state));
        } else if (s instanceof LabeledStmt l) {
            apply(l.getStatement(), name, builder, state);
        } else if (s instanceof SynchronizedStmt y) {
            apply(y.getBody(), name, builder, state);
        } else if (changes(s, name, builder)) {
            state.append(Folded.unknown(), true);
        }
    }

    private void expression(Expression x, String name, boolean builder, State state) {
        if (x instanceof AssignExpr a && a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name)) {
            if (a.getOperator() == AssignExpr.Operator.PLUS) {
                state.append(folder.fold(a.getValue()), false);
            } else if (a.getOperator() == AssignExpr.Operator.ASSIGN) {
                List<Expression> terms = ExpressionFolder.concatTerms(a.getValue());
                if (terms.size() > 1 && terms.get(0) instanceof NameExpr first
                        && first.getNameAsString().equals(name)) {
                    for (Expression term : terms.subList(1, terms.size())) {
                        state.append(folder.fold(term), false);
                    }
                } else {
                    state.set(folder.fold(a.getValue()));
                }
            } else {
                state.set(Folded.unknown());
            }
            return;
        }
        if (builder && x instanceof MethodCallExpr m && root(m) instanceof NameExpr r
                && r.getNameAsString().equals(name)) {
            Deque<MethodCallExpr> calls = new ArrayDeque<>();
            for (Expression c = m; c instanceof MethodCallExpr call; c = ExpressionFolder.unwrap(call.getScope().orElse(null))) {
                calls.push(call);
            }
            for (MethodCallExpr call : calls) {
                String method = call.getNameAsString();
                if (method.equals("append") && call.getArguments().size() == 1) {
                    state.append(folder.fold(call.getArguments().get(0)), false);
                } else if (ExpressionFolder.BUILDER_MUTATORS.contains(method) || method.equals("append")) {
                    state.set(Folded.unknown());
                }
            }
            return;
        }
        if (changes(x, name, builder)) {
            state.append(Folded.unknown(), false);
        }
    }

    private static Expression root(MethodCallExpr m) {
        Expression x = m;
        while (x instanceof MethodCallExpr call && call.getScope().isPresent()) {
            x = ExpressionFolder.unwrap(call.getScope().get());
        }
        return x;
    }

    private void branches(IfStmt f, String name, boolean builder, State state) {
        Statement otherwiseStmt = f.getElseStmt().orElse(null);
        if (leaves(f.getThenStmt())) {
            if (otherwiseStmt != null) {
                apply(otherwiseStmt, name, builder, state);
            }
            return;
        }
        if (otherwiseStmt != null && leaves(otherwiseStmt)) {
            apply(f.getThenStmt(), name, builder, state);
            return;
        }
        State a = new State(new Folded());
        apply(f.getThenStmt(), name, builder, a);
        State b = new State(new Folded());
        boolean hasElse = f.getElseStmt().isPresent();
        f.getElseStmt().ifPresent(e -> apply(e, name, builder, b));
        if (!a.touched && !b.touched) {
            return;
        }
        if (a.reset || b.reset) {
            Folded before = state.value == null ? Folded.unknown() : state.value;
            Folded then = a.reset ? a.value : a.touched ? null : before;
            Folded otherwise = b.reset ? b.value : b.touched ? null : before;
            state.set(then == null || otherwise == null ? Folded.unknownFrom(a.value, b.value)
                    : ExpressionFolder.choice(then, otherwise));
            return;
        }
        Folded then = a.value;
        Folded otherwise = b.value;
        if (hasElse && then.mandatoryWhere() && otherwise.mandatoryWhere()) {
            state.append(then, false);
        } else if (then.anyWhere()) {
            state.append(then, true);
        } else if (otherwise.anyWhere()) {
            state.append(otherwise, true);
        } else if (hasElse && then.text().equals(otherwise.text())) {
            state.append(then, false);
        } else {
            state.append(then.isEmpty() ? otherwise : then, true);
        }
    }

    /** True if a statement always leaves the code after it: its last statement returns, throws, breaks. */
    private static boolean leaves(Statement s) {
        Statement last = s;
        while (last instanceof BlockStmt b && !b.getStatements().isEmpty()) {
            last = b.getStatements().get(b.getStatements().size() - 1);
        }
        if (last instanceof IfStmt f) {
            return f.getElseStmt().isPresent() && leaves(f.getThenStmt()) && leaves(f.getElseStmt().get());
        }
        return last instanceof ReturnStmt || last instanceof ThrowStmt || last instanceof BreakStmt
                || last instanceof ContinueStmt;
    }

    private static boolean mentions(Node n, String name) {
        if (n instanceof NameExpr e && e.getNameAsString().equals(name)) {
            return true;
        }
        return n.findFirst(NameExpr.class, e -> e.getNameAsString().equals(name)).isPresent();
    }

    /** True if {@code n} may change the variable: assigns it, or (a builder) calls a mutator or hands it away. */
    private static boolean changes(Node n, String name, boolean builder) {
        for (AssignExpr a : n.findAll(AssignExpr.class)) {
            if (a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name)) {
                return true;
            }
        }
        if (!builder) {
            return false;
        }
        for (NameExpr use : n.findAll(NameExpr.class, e -> e.getNameAsString().equals(name))) {
            Node parent = use.getParentNode().orElse(null);
            if (parent instanceof MethodCallExpr call) {
                boolean receiver = call.getScope().filter(sc -> sc == use).isPresent();
                if (!receiver || call.getNameAsString().equals("append")
                        || ExpressionFolder.BUILDER_MUTATORS.contains(call.getNameAsString())) {
                    return true;
                }
            } else if (parent instanceof ObjectCreationExpr) {
                return true;
            }
        }
        return false;
    }
}
