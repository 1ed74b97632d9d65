package io.github.sqlguard.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.sqlguard.core.LibraryCall;
import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.java.SinkCatalog.Kind;
import io.github.sqlguard.java.SinkCatalog.Sink;
import io.github.sqlguard.mybatis.MyBatisScript;
import io.github.sqlguard.mybatis.MyBatisSql;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Finds the SQL of one parsed Java file: at sinks, in SQL annotations, in query-builder chains and in constants. */
final class JavaAnalyzer {

    /**
     * SQL found in the file, with the code its findings mark and what is known about how it runs; {@code call} is
     * the library call the SQL stands for when the code wrote a call, not SQL, or null; {@code stops}: why the
     * folding stopped short of a part of it (see {@link Folded#stops}).
     *
     * <p>The region is the code the reviewer sees run the SQL, always in this file: a sink's SQL argument, however
     * far its parts come from (a constant of another file, a builder appended to over several lines); an
     * annotation's value; an ORM call or a query-builder chain from its receiver to its last call; the initializer
     * of a constant no sink is seen to run. {@code codeStart} is where the code holding it starts (see
     * {@link HoldingCode}).
     */
    record Found(CodeRegion region, Position codeStart, String sql, Set<PieceFact> facts,
            Set<String> suppressedRules, LibraryCall call, List<String> stops) {

        /** This finding with its places moved by {@code where}: from the parsed text to the file. */
        Found mapped(UnaryOperator<Position> where) {
            return new Found(region.mapped(where), where.apply(codeStart), sql, facts, suppressedRules, call, stops);
        }
    }

    private final JavaFile file;
    private final SinkCatalog catalog;
    private final Set<Node> atSinks = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ExpressionFolder sinkFolder;
    private final BuilderChains chains;
    private final List<Found> found = new ArrayList<>();
    private final EveryRowCalls everyRow;

    JavaAnalyzer(JavaFile file) {
        this(file, TypeHierarchy.EMPTY);
    }

    /** {@code types}: the project's type declarations, this file's among them. */
    JavaAnalyzer(JavaFile file, TypeHierarchy types) {
        this.file = file;
        this.catalog = file.catalog();
        this.sinkFolder = ExpressionFolder.atSinks(file, atSinks);
        this.everyRow = new EveryRowCalls(file, types);
        this.chains = new BuilderChains(file);
    }

    List<Found> analyze() {
        for (MethodCallExpr call : file.unit().findAll(MethodCallExpr.class)) {
            Sink sink = callSink(call);
            if (sink != null) {
                List<Expression> args = call.getArguments();
                for (int i = 0; i < args.size(); i++) {
                    if (sink.sqlArgument() == Sink.EVERY_ARGUMENT) {
                        for (Folded sql : sinkFolder.foldEach(args.get(i))) {
                            emit(args.get(i), sql, call);
                        }
                    } else if (sink.sqlArgument() == i) {
                        emit(args.get(i), sinkFolder.fold(args.get(i)), call);
                    }
                }
            }
            chain(call);
            EveryRowCalls.Call ormCall = everyRow.of(call);
            if (ormCall != null) {
                emit(call, Folded.of(ormCall.sql()), call, Set.of(), ormCall.libraryCall());
            }
        }
        for (AnnotationExpr annotation : file.unit().findAll(AnnotationExpr.class)) {
            annotation(annotation);
        }
        constants();
        found.sort(Comparator.comparing(Found::region, CodeRegion.ORDER));
        return found;
    }

    /**
     * A MyBatis {@code <script>} annotation body, read as its mapper XML would be: both shapes of its dynamic SQL
     * decide conditional-where. A body that is not well-formed XML is read with its tags stripped.
     */
    private void emitScript(Node annotation, Expression value, String script) {
        try {
            MyBatisSql translated = MyBatisScript.translate(script);
            emit(value, Folded.of(translated.text()), annotation, translated.facts());
        } catch (IllegalArgumentException e) {
            emit(value, Folded.of(JavaSource.scriptBody(script)), annotation);
        }
    }

    private void emit(Node at, Folded sql, Node context) {
        emit(at, sql, context, Set.of());
    }

    private void emit(Node at, Folded sql, Node context, Set<PieceFact> known) {
        emit(at, sql, context, known, null);
    }

    private void emit(Node at, Folded sql, Node context, Set<PieceFact> known, LibraryCall call) {
        if (!sql.hasKnownText() && sql.stops().isEmpty()) {
            return;
        }
        SuppressedRules suppressed = SuppressedRules.of(context);
        if (suppressed.all()) {
            return;
        }
        Set<PieceFact> facts = EnumSet.of(PieceFact.SINGLE_STATEMENT);
        facts.addAll(known);
        if (ErrorPaths.onErrorPath(context)) {
            facts.add(PieceFact.IN_ERROR_HANDLER);
        }
        if (sql.whereConditional()) {
            facts.add(PieceFact.WHERE_CONDITIONAL);
        }
        found.add(new Found(CodeRegion.of(at), HoldingCode.startOf(context), sql.text(), facts, suppressed.rules(),
                call, sql.stops()));
    }

    // ---- calls ----

    private Sink callSink(MethodCallExpr call) {
        if (call.getScope().isEmpty()) {
            return null;
        }
        String method = call.getNameAsString();
        int arity = call.getArguments().size();
        Bindings.Receiver receiver = null;
        for (Sink sink : catalog.of(Kind.CALL)) {
            if (!sink.members().contains(method) || !sink.takes(arity)) {
                continue;
            }
            if (receiver == null) {
                receiver = Bindings.receiver(call.getScope().get(), file);
            }
            if (matches(sink, receiver)) {
                return sink;
            }
        }
        return null;
    }

    private static boolean matches(Sink sink, Bindings.Receiver receiver) {
        if (receiver.type() != null) {
            return sink.types().contains(receiver.type()) && sink.packageAllows(receiver.qualified());
        }
        return sink.hintedBy(receiver.name());
    }

    /** The statement a query-builder chain ended by {@code terminal} runs: see {@link BuilderChains}. */
    private void chain(MethodCallExpr terminal) {
        BuilderChains.Run run = chains.read(terminal);
        if (run != null) {
            emit(terminal, Folded.of(run.sql()), terminal, Set.of(), run.call());
        }
    }

    /** The name a builder argument stands for: {@code ORDERS} for {@code Tables.ORDERS}, a literal's text. */
    static String objectName(Expression e) {
        Expression x = e;
        while (x instanceof MethodCallExpr m) {
            String name = m.getNameAsString();
            if ((name.equals("table") || name.equals("field") || name.equals("name")) && !m.getArguments().isEmpty()) {
                x = m.getArgument(m.getArguments().size() - 1);
            } else if (m.getScope().isPresent()) {
                x = m.getScope().get();
            } else {
                break;
            }
        }
        String name = null;
        if (x instanceof StringLiteralExpr s) {
            name = s.asString();
        } else if (x instanceof FieldAccessExpr f) {
            name = f.getNameAsString();
        } else if (x instanceof NameExpr n) {
            name = n.getNameAsString();
        }
        return name != null && name.matches("[\\w$.]+") ? name : SqlPiece.UNKNOWN_FRAGMENT;
    }

    // ---- annotations ----

    private void annotation(AnnotationExpr annotation) {
        String simple = annotation.getName().getIdentifier();
        String qualified = annotation.getName().getQualifier().isPresent() ? annotation.getNameAsString()
                : file.importOf(simple);
        for (Sink sink : catalog.of(Kind.ANNOTATION)) {
            if (!sink.types().contains(simple) || !sink.packageAllows(qualified)) {
                continue;
            }
            Expression value = null;
            if (annotation instanceof SingleMemberAnnotationExpr s && sink.members().contains("value")) {
                value = s.getMemberValue();
            } else if (annotation instanceof NormalAnnotationExpr n) {
                for (MemberValuePair p : n.getPairs()) {
                    if (sink.members().contains(p.getNameAsString())) {
                        value = p.getValue();
                    }
                }
            }
            if (value != null) {
                Folded sql = new Folded();
                for (Folded line : sinkFolder.foldEach(value)) {
                    if (!sql.isEmpty()) {
                        sql.appendText(" ");
                    }
                    sql.append(line);
                }
                if (sql.text().strip().toLowerCase(Locale.ROOT).startsWith("<script>")) {
                    emitScript(annotation, value, sql.text());
                } else {
                    emit(value, sql, annotation);
                }
            }
            return;
        }
    }

    // ---- constants and initializers no sink is seen to run ----

    private void constants() {
        Set<Node> parts = Collections.newSetFromMap(new IdentityHashMap<>());
        ExpressionFolder folder = new ExpressionFolder(file, parts);
        List<VariableDeclarator> declarators = new ArrayList<>();
        List<Folded> values = new ArrayList<>();
        for (VariableDeclarator v : file.unit().findAll(VariableDeclarator.class)) {
            if (v.getInitializer().isEmpty() || !textType(v)) {
                continue;
            }
            Folded value = folder.fold(v.getInitializer().get()).withoutStops();
            if (!atSinks.contains(v)) {
                declarators.add(v);
                values.add(value);
            }
        }
        for (int i = 0; i < declarators.size(); i++) {
            VariableDeclarator v = declarators.get(i);
            if (parts.contains(v) || usedByAnotherFile(v) || !SqlShape.plainlySql(values.get(i).text())) {
                continue;
            }
            emit(v.getInitializer().get(), values.get(i), v);
        }
    }

    private static boolean textType(VariableDeclarator v) {
        if (v.getType() instanceof ClassOrInterfaceType c) {
            return c.getNameAsString().equals("String");
        }
        return v.getType().isVarType();
    }

    private boolean usedByAnotherFile(VariableDeclarator v) {
        if (!(v.getParentNode().orElse(null) instanceof FieldDeclaration f)
                || !(f.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)) {
            return false;
        }
        return file.index().referencedElsewhere(owner.getNameAsString(), v.getNameAsString(), file.key());
    }
}
