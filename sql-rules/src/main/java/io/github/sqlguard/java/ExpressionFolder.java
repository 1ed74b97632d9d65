package io.github.sqlguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the SQL a Java expression evaluates to, the way it runs: literals, text blocks, {@code +}, constants of this
 * file and of the project, the JDK's text methods ({@link TextLibrary}), local variables built up statement by
 * statement ({@link LocalFlow}) and, for the values sinks run, what the project's own methods return
 * ({@link MethodCalls}). Whatever is only known at run time becomes
 * {@link io.github.sqlguard.core.SqlPiece#UNKNOWN_FRAGMENT}; text appended only under a condition is marked so, and
 * where a bound stops the folding the value says which ({@link Folded#stops}).
 *
 * <p>Concatenation chains and append chains are walked with an explicit stack: a chain of thousands of terms, which
 * JavaParser nests as deep as it is long, does not grow the call stack.
 */
final class ExpressionFolder {

    private static final int MAX_DEPTH = 40;
    /** Work allowed for one value: variables built from variables can double at every step. */
    private static final int MAX_STEPS = 20_000;
    private static final long MAX_CHARS = 4_000_000;
    static final Set<String> BUILDERS = Set.of("StringBuilder", "StringBuffer");
    static final Set<String> BUILDER_MUTATORS = Set.of("insert", "setLength", "delete", "deleteCharAt",
            "replace", "reverse", "setCharAt", "appendCodePoint");

    private final JavaFile file;
    private final Set<Node> reached;
    private final Set<Node> active = Collections.newSetFromMap(new IdentityHashMap<>());
    private final LocalFlow locals;
    private final TextLibrary library = new TextLibrary(this);
    /** How calls of the project's methods are followed; null where they are not. */
    private final MethodCalls calls;
    private int depth;
    private int steps;
    private long chars;
    /** The steps of every value this folder folded, and of the method values it was charged for. */
    private long cost;

    /** A folder that does not follow calls; {@code reached} collects every variable declarator whose value it used. */
    ExpressionFolder(JavaFile file, Set<Node> reached) {
        this(file, reached, null);
    }

    ExpressionFolder(JavaFile file, Set<Node> reached, MethodCalls calls) {
        this.file = file;
        this.reached = reached;
        this.calls = calls;
        this.locals = new LocalFlow(this, reached, active);
    }

    /** A folder for the values sinks run: it follows calls of the project's methods into what they return. */
    static ExpressionFolder atSinks(JavaFile file, Set<Node> reached) {
        return new ExpressionFolder(file, reached, MethodCalls.atSink(file));
    }

    Set<Node> reached() {
        return reached;
    }

    /** The folding steps this folder took, with those of the method values it was charged for. */
    long cost() {
        return cost;
    }

    /** Counts {@code work} (a method value's cost) against the value being folded, as if this folder had done it. */
    void charge(long work) {
        cost += work;
        steps = (int) Math.min(MAX_STEPS + 1L, steps + work);
    }

    Folded fold(Expression e) {
        if (depth == 0) {
            steps = 0;
            chars = 0;
        }
        if (depth >= MAX_DEPTH) {
            return Folded.stopped("a value nested more than " + MAX_DEPTH + " levels deep");
        }
        cost++;
        if (++steps > MAX_STEPS) {
            return Folded.stopped("more than " + MAX_STEPS + " steps to build one value");
        }
        if (chars > MAX_CHARS) {
            return Folded.stopped("a value longer than " + MAX_CHARS + " characters");
        }
        depth++;
        try {
            Folded value = foldOne(unwrap(e));
            chars += value.length();
            return value;
        } finally {
            depth--;
        }
    }

    private Folded foldOne(Expression e) {
        if (e instanceof StringLiteralExpr s) {
            return Folded.of(s.asString());
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return Folded.of(t.asString());
        }
        if (e instanceof CharLiteralExpr c) {
            return Folded.of(String.valueOf(c.asChar()));
        }
        if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr || e instanceof DoubleLiteralExpr) {
            return Folded.of(((LiteralStringValueExpr) e).getValue());
        }
        if (e instanceof BooleanLiteralExpr b) {
            return Folded.of(String.valueOf(b.getValue()));
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            Folded out = new Folded();
            for (Expression term : concatTerms(b)) {
                out.append(fold(term));
            }
            return out;
        }
        if (e instanceof ConditionalExpr c) {
            return choice(fold(c.getThenExpr()), fold(c.getElseExpr()));
        }
        if (e instanceof NameExpr n) {
            return name(n);
        }
        if (e instanceof FieldAccessExpr f) {
            return fieldAccess(f);
        }
        if (e instanceof MethodCallExpr m) {
            return call(m);
        }
        if (e instanceof ObjectCreationExpr o) {
            return library.creation(o);
        }
        if (e instanceof CastExpr c) {
            return fold(c.getExpression());
        }
        return Folded.unknown();
    }

    /**
     * The values of an argument that may be an array of statements ({@code batchUpdate(String...)}): each element of
     * an array written out in place or held by a variable, else the argument's one value.
     */
    List<Folded> foldEach(Expression e) {
        Expression x = unwrap(e);
        Optional<NodeList<Expression>> elements = elements(x);
        if (elements.isEmpty() && x instanceof NameExpr n) {
            Bindings.Binding b = Bindings.find(n, n.getNameAsString()).orElse(null);
            VariableDeclarator v = b instanceof Bindings.Local l ? l.declarator()
                    : b instanceof Bindings.Field f ? f.declarator() : null;
            if (v != null && v.getInitializer().isPresent() && !file.assignedAnywhere(v.getNameAsString())) {
                elements = elements(unwrap(v.getInitializer().get()));
                if (elements.isPresent()) {
                    reached.add(v);
                }
            }
        }
        return elements.map(values -> values.stream().map(this::fold).toList()).orElseGet(() -> List.of(fold(x)));
    }

    private static Optional<NodeList<Expression>> elements(Expression e) {
        if (e instanceof ArrayInitializerExpr a) {
            return Optional.of(a.getValues());
        }
        if (e instanceof ArrayCreationExpr a && a.getInitializer().isPresent()) {
            return Optional.of(a.getInitializer().get().getValues());
        }
        return Optional.empty();
    }

    /**
     * One of two values, chosen at run time: either when both agree or both filter; when only one has a WHERE, that
     * one, present only under its condition, unless they are statements of different verbs (an INSERT or an
     * UPDATE); otherwise unknown.
     */
    static Folded choice(Folded a, Folded b) {
        if (a.text().equals(b.text()) || (a.mandatoryWhere() && b.mandatoryWhere())) {
            return a.copy().stopsOf(b);
        }
        if (a.anyWhere() != b.anyWhere() && !differentStatements(a, b)) {
            return new Folded().append(a.anyWhere() ? a : b, true).stopsOf(a.anyWhere() ? b : a);
        }
        return Folded.unknownFrom(a, b);
    }

    private static boolean differentStatements(Folded a, Folded b) {
        String verbA = a.verb();
        String verbB = b.verb();
        return verbA != null && verbB != null && !verbA.equals(verbB);
    }

    /** The operands of a {@code +} chain, left to right, however deep. */
    static List<Expression> concatTerms(Expression e) {
        List<Expression> out = new ArrayList<>();
        Deque<Expression> stack = new ArrayDeque<>();
        stack.push(e);
        while (!stack.isEmpty()) {
            Expression x = unwrap(stack.pop());
            if (x instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
                stack.push(b.getRight());
                stack.push(b.getLeft());
            } else {
                out.add(x);
            }
        }
        return out;
    }

    static Expression unwrap(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr en) {
            x = en.getInner();
        }
        return x;
    }

    // ---- names ----

    private Folded name(NameExpr n) {
        String name = n.getNameAsString();
        Optional<Bindings.Binding> binding = Bindings.find(n, name);
        if (binding.isPresent()) {
            Bindings.Binding b = binding.get();
            if (b instanceof Bindings.Local l) {
                return locals.local(l, n);
            }
            if (b instanceof Bindings.Field f) {
                return field(f.declarator(), f.field());
            }
            if (calls != null && b instanceof Bindings.Opaque o && o.parameter() != null) {
                return calls.argument(o.parameter()).map(Folded::copy).orElseGet(Folded::unknown);
            }
            return Folded.unknown();
        }
        return project(null, name);
    }

    private Folded fieldAccess(FieldAccessExpr f) {
        String name = f.getNameAsString();
        Expression scope = f.getScope();
        if (scope instanceof ThisExpr || scope instanceof SuperExpr) {
            for (Node n = f; n != null; n = n.getParentNode().orElse(null)) {
                if (n instanceof TypeDeclaration<?> t) {
                    return declared(t, name);
                }
            }
            return Folded.unknown();
        }
        String qualifier = lastName(scope);
        if (qualifier == null) {
            return Folded.unknown();
        }
        if (scope instanceof NameExpr q && Bindings.find(q, q.getNameAsString()).isPresent()) {
            return Folded.unknown();
        }
        Optional<TypeDeclaration<?>> local = file.type(qualifier);
        if (local.isPresent()) {
            return declared(local.get(), name);
        }
        return project(qualifier, name);
    }

    private Folded declared(TypeDeclaration<?> type, String name) {
        if (Bindings.field(type.getMembers(), name) instanceof Bindings.Field f) {
            return field(f.declarator(), f.field());
        }
        return Folded.unknown();
    }

    static String lastName(Expression scope) {
        if (scope instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (scope instanceof FieldAccessExpr f) {
            return f.getNameAsString();
        }
        return null;
    }

    /** A constant of another file: by class, through a static import, or by a simple name only one constant has. */
    private Folded project(String qualifier, String name) {
        ConstantIndex index = file.index();
        Optional<Folded> value = Optional.empty();
        if (qualifier != null) {
            value = index.lookup(qualifier, name);
        } else {
            String owner = file.staticImportOf(name);
            if (owner != null) {
                value = index.lookup(owner, name);
            }
            for (String wildcard : file.staticWildcards()) {
                value = value.isPresent() ? value : index.lookup(wildcard, name);
            }
            value = value.isPresent() ? value : index.lookup(null, name);
        }
        return value.orElseGet(Folded::unknown);
    }

    private Folded field(VariableDeclarator v, FieldDeclaration declaration) {
        Optional<Expression> init = v.getInitializer();
        boolean constant = declaration.isFinal() || !file.assignedAnywhere(v.getNameAsString());
        if (init.isEmpty() || !constant || !isText(v.getType()) || !active.add(v)) {
            return Folded.unknown();
        }
        try {
            reached.add(v);
            return fold(init.get());
        } finally {
            active.remove(v);
        }
    }

    private static boolean isText(Type type) {
        if (type instanceof ClassOrInterfaceType c) {
            String n = c.getNameAsString();
            return n.equals("String") || n.equals("CharSequence") || BUILDERS.contains(n) || n.equals("var");
        }
        return type.isVarType();
    }

    // ---- calls ----

    private Folded call(MethodCallExpr m) {
        Folded known = library.call(m);
        if (known != null) {
            return known;
        }
        return calls != null ? calls.fold(m, this) : Folded.unknown();
    }
}
