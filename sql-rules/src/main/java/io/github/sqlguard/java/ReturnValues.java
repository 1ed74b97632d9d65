package io.github.sqlguard.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import io.github.sqlguard.java.TextMethods.Shell;
import io.github.sqlguard.java.TextMethods.TextMethod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the project's text methods return, for the arguments a call gives them: their {@code return} statements
 * folded, several of them making a {@link ExpressionFolder#choice choice}. A method of another file is parsed on its
 * own, inside a copy of its type that holds the file's imports and the type's fields ({@link Shell}); the parse is
 * kept for a few methods per thread, and each value for the project, by method, receiver type, arguments and depth.
 * A value records the work its folding took, so that a caller is charged the same whether it was kept or not.
 */
final class ReturnValues {

    /** A method's value and the folding steps it took. */
    record Result(Folded value, long cost) {
    }

    private static final int MAX_KEPT = 10_000;
    private static final int MAX_KEY_CHARS = 20_000;
    private static final int UNITS_PER_THREAD = 32;
    private static final Set<String> BOUND_TYPES = Set.of("String", "CharSequence", "Integer", "Long", "Short",
            "Byte", "Boolean", "Character", "Double", "Float");

    /** A method parsed on its own, and the file it is folded in. */
    private record Unit(JavaFile file, MethodDeclaration method) {
    }

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            JavaSource.configuration()));
    private static final ThreadLocal<Map<String, Optional<Unit>>> UNITS = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<Unit>> eldest) {
                    return size() > UNITS_PER_THREAD;
                }
            });

    private final MethodIndex index;
    private final Map<String, Result> kept = new ConcurrentHashMap<>();

    ReturnValues(MethodIndex index) {
        this.index = index;
    }

    /** The value of {@code m} called from {@code caller} on {@code self} with {@code args}. */
    Result of(TextMethod m, List<String> self, List<Folded> args, MethodCalls caller) {
        String key = key(m, self, args, caller.callsLeft());
        Result known = kept.get(key);
        if (known != null) {
            return known;
        }
        Optional<Unit> unit = unit(m, caller);
        Result result = unit.isEmpty()
                ? new Result(Folded.stopped("a method of the project it could not read again"), 1)
                : follow(unit.get().method(), unit.get().file(), m, self, args, caller,
                        Collections.newSetFromMap(new IdentityHashMap<>()));
        if (kept.size() < MAX_KEPT && key.length() <= MAX_KEY_CHARS) {
            kept.putIfAbsent(key, result);
        }
        return result;
    }

    static String key(TextMethod m, List<String> self, List<Folded> args, int callsLeft) {
        StringBuilder key = new StringBuilder().append(m.file()).append(':').append(m.start()).append('@')
                .append(self).append('#').append(callsLeft);
        for (Folded a : args) {
            key.append('\u0002').append(a.key());
        }
        return key.toString();
    }

    /**
     * Folds the returns of {@code method} (declaration {@code m}, in {@code file}) as {@code caller} calls it: each
     * parameter of a text, number or boolean type that the method never assigns stands for its argument.
     * {@code reached} collects the variables whose values the folding used.
     */
    static Result follow(MethodDeclaration method, JavaFile file, TextMethod m, List<String> self, List<Folded> args,
            MethodCalls caller, Set<Node> reached) {
        Map<Parameter, Folded> bound = new IdentityHashMap<>();
        List<Parameter> parameters = method.getParameters();
        for (int i = 0; i < parameters.size() && i < args.size(); i++) {
            Parameter p = parameters.get(i);
            if (!p.isVarArgs() && boundType(p.getType()) && !assigned(method, p.getNameAsString())) {
                bound.put(p, args.get(i));
            }
        }
        ExpressionFolder folder = new ExpressionFolder(file, reached, caller.callee(file, m, self, bound));
        Folded value = returns(method, folder);
        return new Result(value, folder.cost());
    }

    private static boolean boundType(Type type) {
        if (type instanceof PrimitiveType) {
            return true;
        }
        return type instanceof ClassOrInterfaceType c && BOUND_TYPES.contains(c.getNameAsString());
    }

    private static boolean assigned(MethodDeclaration method, String name) {
        return method.findFirst(AssignExpr.class,
                a -> a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(name)).isPresent();
    }

    /**
     * The method's value: its returns, a {@code null} left out, and an empty one too when another starts a
     * statement (a builder that returns {@code ""} when it has nothing to do); unknown without any, or when one is
     * only known at run time (it may be a whole statement, with or without a WHERE).
     */
    private static Folded returns(MethodDeclaration method, ExpressionFolder folder) {
        if (method.getBody().isEmpty()) {
            return Folded.unknown();
        }
        List<Folded> values = new ArrayList<>();
        for (ReturnStmt r : method.getBody().get().findAll(ReturnStmt.class, r -> ownReturn(r, method))) {
            Expression e = r.getExpression().map(ExpressionFolder::unwrap).orElse(null);
            if (e != null && !(e instanceof NullLiteralExpr)) {
                values.add(folder.fold(e));
            }
        }
        if (values.stream().anyMatch(ReturnValues::startsStatement)) {
            values.removeIf(v -> v.text().isBlank() && v.stops().isEmpty());
        }
        if (values.isEmpty()) {
            return Folded.unknown();
        }
        if (values.stream().anyMatch(v -> !v.isEmpty() && !v.hasKnownText())) {
            return Folded.unknownFrom(values.toArray(Folded[]::new));
        }
        Folded value = values.get(0);
        for (Folded other : values.subList(1, values.size())) {
            value = ExpressionFolder.choice(value, other);
        }
        return value;
    }

    private static boolean ownReturn(ReturnStmt r, MethodDeclaration method) {
        for (Node n = r.getParentNode().orElse(null); n != null && n != method; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr || n instanceof LocalClassDeclarationStmt
                    || (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent())) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsStatement(Folded value) {
        return value.verb() != null;
    }

    // ---- methods of other files, parsed on their own ----

    private Optional<Unit> unit(TextMethod m, MethodCalls caller) {
        String key = m.file() + ":" + m.start();
        Map<String, Optional<Unit>> units = UNITS.get();
        Optional<Unit> unit = units.get(key);
        if (unit == null || (unit.isPresent() && unit.get().file().index() != caller.file().index())) {
            unit = parse(m, caller);
            units.put(key, unit);
        }
        return unit;
    }

    private static Optional<Unit> parse(TextMethod m, MethodCalls caller) {
        String text;
        try {
            text = new String(Files.readAllBytes(Path.of(m.file())), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (m.end() > text.length()) {
            return Optional.empty();
        }
        ParseResult<CompilationUnit> result;
        try {
            result = PARSER.get().parse(shellText(m, text));
        } catch (RuntimeException | StackOverflowError e) {
            PARSER.remove();
            return Optional.empty();
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()
                || result.getResult().get().getTypes().isEmpty()) {
            return Optional.empty();
        }
        CompilationUnit unit = result.getResult().get();
        TypeDeclaration<?> type = unit.getType(0);
        List<MethodDeclaration> methods = type.getMethods();
        if (methods.size() != 1) {
            return Optional.empty();
        }
        Set<String> assignedElsewhere = new HashSet<>();
        if (!m.shell().kind().equals("interface")) {
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (member instanceof FieldDeclaration f && !f.isFinal()) {
                    f.getVariables().forEach(v -> assignedElsewhere.add(v.getNameAsString()));
                }
            }
        }
        JavaFile file = new JavaFile(unit, m.file(), caller.file().index(), caller.file().catalog(),
                assignedElsewhere);
        return Optional.of(new Unit(file, methods.get(0)));
    }

    /** The method inside a copy of its type: the file's package and imports, the type's fields, the method. */
    static String shellText(TextMethod m, String text) {
        Shell shell = m.shell();
        StringBuilder out = new StringBuilder(text.length() / 4);
        out.append(text, 0, Math.min(shell.headerEnd(), text.length())).append('\n');
        out.append(shell.kind()).append(' ').append(shell.name());
        if (shell.components() != null) {
            out.append('(').append(text, shell.components()[0], shell.components()[1]).append(')');
        }
        out.append(" {\n");
        if (shell.kind().equals("enum")) {
            out.append(";\n");
        }
        for (int[] field : shell.fields()) {
            out.append(text, field[0], field[1]).append('\n');
        }
        out.append(text, m.start(), m.end()).append("\n}\n");
        return out.toString();
    }
}
