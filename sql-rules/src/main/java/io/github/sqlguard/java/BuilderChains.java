package io.github.sqlguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.sqlguard.core.LibraryCall;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.java.ChainShape.Rows;
import io.github.sqlguard.java.ChainShape.Start;
import io.github.sqlguard.java.ChainShape.Statement;
import io.github.sqlguard.java.SinkCatalog.Kind;
import io.github.sqlguard.java.SinkCatalog.Sink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The query-builder chains of the catalog's chain lines, read from a terminal call back to the call that started
 * them: through the calls made on the builder in the same expression, through local variables that hold it (taking
 * every other use of such a variable in its block), and through carriers that run it
 * ({@code em.createQuery(criteriaDelete)}). A chain whose builder is a parameter, a field or a reassigned variable
 * is not read: where it starts is not known.
 */
final class BuilderChains {

    /**
     * A chain that runs a statement: the statement as SQL (with a WHERE when a call filters it), and for DELETE and
     * UPDATE the call that stands for it (null for TRUNCATE and DROP, whose findings keep their SQL messages).
     */
    record Run(String sql, LibraryCall call) {
    }

    private static final int MAX_STEPS = 64;

    private final JavaFile file;

    BuilderChains(JavaFile file) {
        this.file = file;
    }

    /** The statement the chain ended by {@code terminal} runs unfiltered, or null. */
    Run read(MethodCallExpr terminal) {
        String name = terminal.getNameAsString();
        if (!file.catalog().chainTerminals().contains(name)) {
            return null;
        }
        for (Sink sink : file.catalog().of(Kind.CHAIN)) {
            if (sink.members().contains(name) && sink.takes(terminal.getArguments().size())) {
                Run run = new Walk(sink, terminal).run();
                if (run != null) {
                    return run;
                }
            }
        }
        return null;
    }

    /** How a chain starts (its start call or constructor), and the name of what it works on. */
    private record Origin(Start start, String table) {
    }

    /** One attempt to read a terminal's chain as one sink's. */
    private final class Walk {

        private final Sink sink;
        private final ChainShape shape;
        private final MethodCallExpr terminal;
        private final List<String> calls = new ArrayList<>();
        private final Set<Node> path = Collections.newSetFromMap(new IdentityHashMap<>());
        private MethodCallExpr set;
        private boolean handedOn;
        private int steps;

        Walk(Sink sink, MethodCallExpr terminal) {
            this.sink = sink;
            this.shape = sink.chain();
            this.terminal = terminal;
        }

        Run run() {
            path.add(terminal);
            Origin origin = terminal.getScope().map(this::follow).orElse(null);
            if (origin == null) {
                return null;
            }
            Statement statement = shape.statement(origin.start(), terminal.getNameAsString());
            if (statement == null) {
                return null;
            }
            Rows rows = calls.stream().anyMatch(shape::filters) ? Rows.FILTERED
                    : handedOn ? Rows.UNKNOWN : Rows.EVERY;
            String column = set == null ? SqlPiece.UNKNOWN_FRAGMENT : column(set);
            String sql = statement.sql(origin.table(), column, rows);
            LibraryCall call = statement.touchesRows()
                    ? shape.libraryCall(terminal.toString(), origin.table())
                    : null;
            return new Run(sql, call);
        }

        /**
         * The origin of the builder {@code e} stands for, collecting the calls made on it on the way; a field read on
         * the way counts as a call (a query bean's property, {@code new QOrder().status.eq(...)}).
         */
        private Origin follow(Expression e) {
            Expression x = e;
            while (x != null && steps++ < MAX_STEPS) {
                if (x instanceof EnclosedExpr en) {
                    x = en.getInner();
                } else if (x instanceof CastExpr c) {
                    x = c.getExpression();
                } else if (x instanceof MethodCallExpr c) {
                    Origin origin = startedBy(c);
                    if (origin != null) {
                        return origin;
                    }
                    path.add(c);
                    if (shape.carries(c.getNameAsString()) && c.getArguments().size() == 1) {
                        x = c.getArgument(0);
                    } else {
                        step(c);
                        x = c.getScope().orElse(null);
                    }
                } else if (x instanceof FieldAccessExpr f) {
                    calls.add(f.getNameAsString());
                    x = f.getScope();
                } else if (x instanceof ObjectCreationExpr o) {
                    return constructed(o);
                } else if (x instanceof NameExpr n) {
                    return variable(n);
                } else {
                    return null;
                }
            }
            return null;
        }

        private void step(MethodCallExpr c) {
            calls.add(c.getNameAsString());
            if (c.getNameAsString().equals("set") && c.getArguments().size() >= 2) {
                set = c;
            }
        }

        /**
         * A local variable that holds the builder: its initializer is followed, and every other use of it in its
         * block is a call on it (a step or a filter), a carrier's argument, or hands it on to other code.
         */
        private Origin variable(NameExpr n) {
            String name = n.getNameAsString();
            if (!(Bindings.find(n, name).orElse(null) instanceof Bindings.Local local)
                    || local.declarator().getInitializer().isEmpty() || file.assignedAnywhere(name)) {
                return null;
            }
            for (NameExpr use : ((Node) local.block()).findAll(NameExpr.class,
                    u -> u != n && u.getNameAsString().equals(name))) {
                if (!(Bindings.find(use, name).orElse(null) instanceof Bindings.Local l)
                        || l.declarator() != local.declarator()) {
                    continue;
                }
                Node parent = use.getParentNode().orElse(null);
                if (parent instanceof MethodCallExpr c && c.getScope().orElse(null) == use) {
                    callsOn(c);
                } else if (!(parent instanceof MethodCallExpr c && shape.carries(c.getNameAsString()))) {
                    handedOn = true;
                }
            }
            return follow(local.declarator().getInitializer().get());
        }

        /** The calls of a chain made on a variable, from {@code first} outwards: {@code update.set(..).where(..)}. */
        private void callsOn(MethodCallExpr first) {
            MethodCallExpr c = first;
            while (c != null && !path.contains(c)) {
                step(c);
                MethodCallExpr inner = c;
                c = c.getParentNode().orElse(null) instanceof MethodCallExpr outer
                        && outer.getScope().orElse(null) == inner ? outer : null;
            }
        }

        /** The origin if {@code c} is one of the sink's start calls on one of its types. */
        private Origin startedBy(MethodCallExpr c) {
            Start start = shape.start(c.getNameAsString(), c.getArguments().size());
            if (start == null) {
                return null;
            }
            String receiver = receiver(c);
            if (receiver == null) {
                return null;
            }
            return new Origin(start, c.getArguments().isEmpty() ? receiver : table(c.getArguments()));
        }

        private Origin constructed(ObjectCreationExpr o) {
            Start start = shape.constructor(o.getArguments().size());
            String simple = o.getType().getNameAsString();
            String qualified = o.getType().getScope().isPresent() ? o.getType().getNameWithScope()
                    : file.importOf(simple);
            if (start == null || !sink.namesType(simple) || !sink.packageAllows(qualified)) {
                return null;
            }
            String table = o.getArguments().isEmpty() ? sink.generatedEntity(simple) : table(o.getArguments());
            return new Origin(start, table);
        }

        /**
         * The name of a start call's receiver if it is one of the sink's types, else null: a class whose static
         * method it is, a variable or field of the type (or named by a hint when its type is not known), or, for
         * an unqualified call, a supertype of the enclosing class (then the supertype's last type argument, the
         * entity of a {@code ServiceImpl<UserMapper, User>}).
         */
        private String receiver(MethodCallExpr c) {
            Expression scope = c.getScope().orElse(null);
            if (scope == null || scope instanceof ThisExpr || scope instanceof SuperExpr) {
                String owner = file.staticImportOf(c.getNameAsString());
                if (owner != null) {
                    return sink.namesType(owner) ? owner : null;
                }
                return inherited(c);
            }
            if (scope instanceof NameExpr n && Character.isUpperCase(n.getNameAsString().charAt(0))
                    && Bindings.find(n, n.getNameAsString()).isEmpty()) {
                String simple = n.getNameAsString();
                return sink.namesType(simple) && sink.packageAllows(file.importOf(simple)) ? simple : null;
            }
            Bindings.Receiver r = Bindings.receiver(scope, file);
            if (r.type() != null) {
                return sink.namesType(r.type()) && sink.packageAllows(r.qualified()) ? orType(r) : null;
            }
            return sink.hintedBy(r.name()) ? r.name() : null;
        }

        private static String orType(Bindings.Receiver r) {
            return r.name() != null ? r.name() : r.type();
        }

        private String inherited(Node from) {
            for (Node n = from; n != null; n = n.getParentNode().orElse(null)) {
                if (n instanceof ClassOrInterfaceDeclaration type) {
                    List<ClassOrInterfaceType> supertypes = new ArrayList<>(type.getExtendedTypes());
                    supertypes.addAll(type.getImplementedTypes());
                    for (ClassOrInterfaceType t : supertypes) {
                        String simple = t.getNameAsString();
                        String qualified = t.getScope().isPresent() ? t.getNameWithScope() : file.importOf(simple);
                        if (sink.namesType(simple) && sink.packageAllows(qualified)) {
                            List<Type> arguments = t.getTypeArguments().map(List::copyOf).orElse(List.of());
                            return arguments.isEmpty() ? type.getNameAsString()
                                    : arguments.get(arguments.size() - 1).asString();
                        }
                    }
                    return null;
                }
            }
            return null;
        }
    }

    /** The table a start's arguments name: the last one, a class literal's entity, a table constant. */
    private static String table(List<Expression> arguments) {
        Expression last = arguments.get(arguments.size() - 1);
        if (last instanceof ClassExpr c) {
            return c.getType().asString();
        }
        return JavaAnalyzer.objectName(last);
    }

    /**
     * The column a {@code set} call of a column and a value names: its first argument, after a leading condition
     * flag ({@code set(false, User::getName, name)}).
     */
    private static String column(MethodCallExpr set) {
        Expression column = set.getArgument(0);
        if (column instanceof BooleanLiteralExpr && set.getArguments().size() >= 3) {
            column = set.getArgument(1);
        }
        if (column instanceof MethodReferenceExpr ref) {
            String getter = ref.getIdentifier();
            if (getter.length() > 3 && getter.startsWith("get")) {
                return Character.toLowerCase(getter.charAt(3)) + getter.substring(4);
            }
            return getter;
        }
        return JavaAnalyzer.objectName(column);
    }
}
