package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import edu.umd.cs.findbugs.classfile.analysis.AnnotationValue;
import io.github.sqlguard.core.LibraryCall;
import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.java.SinkCatalog;
import io.github.sqlguard.java.SinkCatalog.Sink;
import io.github.sqlguard.spotbugs.Values.Builder;
import io.github.sqlguard.spotbugs.Values.Elements;
import io.github.sqlguard.spotbugs.Values.Name;
import io.github.sqlguard.spotbugs.Values.Text;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.LineNumberTable;
import org.apache.bcel.classfile.LocalVariable;
import org.apache.bcel.classfile.LocalVariableTable;
import org.apache.bcel.classfile.Method;

/**
 * sqlguard's rules on bytecode. Follows string values on the operand stack (constants, concatenations, text blocks,
 * {@code StringBuilder} chains, {@code String.format}, locals), takes the SQL that reaches a sink of the source
 * scanner's catalog, the SQL of annotations and the statements of query-builder chains ({@link ChainFollower}), and
 * runs the rule engine on each class's SQL in line order.
 */
@OpcodeStack.CustomUserValue
public class SqlSinkDetector extends OpcodeStackDetector {

    private static final Set<String> NAME_METHODS = Set.of("table", "field", "name");
    private static final String FLYWAY_BASE = "org.flywaydb.core.api.migration.BaseJavaMigration";
    private static final String FLYWAY_MIGRATION = "org.flywaydb.core.api.migration.JavaMigration";

    private final BugReporter bugReporter;
    private final BytecodeSinks sinks = BytecodeSinks.standard();
    private final OrmCalls ormCalls = new OrmCalls(SinkCatalog.standard());
    private final SqlBugs bugs = new SqlBugs();

    private boolean codeOfInterest;
    private boolean annotationsOfInterest;
    private SourceContext context;
    private final FoundSql found = new FoundSql();

    private final ChainFollower chains = new ChainFollower(sinks, new Supertypes(), this::label);
    private final StringBuilders builders = new StringBuilders();
    private final ErrorHandlers errorHandlers = new ErrorHandlers();
    private Object pending;
    private int pendingPc = -1;

    public SqlSinkDetector(BugReporter bugReporter) {
        this.bugReporter = bugReporter;
    }

    @Override
    public void visitClassContext(ClassContext classContext) {
        JavaClass c = classContext.getJavaClass();
        BytecodeSinks.Interest interest = sinks.interest(c.getConstantPool());
        if (interest == BytecodeSinks.Interest.NONE) {
            return;
        }
        codeOfInterest = interest.code();
        annotationsOfInterest = interest.annotations();
        context = migration(c) ? SourceContext.MIGRATION : SourceContext.APPLICATION;
        found.clear();
        try {
            super.visitClassContext(classContext);
            report(c);
        } finally {
            found.clear();
        }
    }

    private static boolean migration(JavaClass c) {
        if (FLYWAY_BASE.equals(c.getSuperclassName())) {
            return true;
        }
        for (String i : c.getInterfaceNames()) {
            if (FLYWAY_MIGRATION.equals(i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean shouldVisitCode(Code code) {
        return codeOfInterest;
    }

    @Override
    public void visit(Method method) {
        chains.startMethod();
        builders.startMethod();
        errorHandlers.startMethod();
        ormCalls.startMethod();
        pending = null;
        pendingPc = -1;
        if (annotationsOfInterest) {
            try {
                annotations(method);
            } catch (RuntimeException e) {
                couldNotFollow("annotations", e);
            }
        }
    }

    // ---- annotations ----

    private void annotations(Method method) {
        XMethod xmethod = getXMethod();
        if (xmethod == null) {
            return;
        }
        for (AnnotationValue a : xmethod.getAnnotations()) {
            Sink sink = sinks.annotation(a.getAnnotationClass().getClassName());
            AnnotationSql.Read read = sink == null ? null : AnnotationSql.read(a, sink);
            if (read != null) {
                add(read.sql(), read.facts(), AnnotationSql.site(xmethod, getThisClass(), method));
            }
        }
    }

    // ---- code ----

    /** After the method's code: the statements its query-builder chains run. */
    @Override
    public void visitAfter(Code code) {
        super.visitAfter(code);
        for (ChainFollower.Run run : chains.finish()) {
            add(run.sql(), EnumSet.of(PieceFact.SINGLE_STATEMENT), run.site(), run.call());
        }
    }

    @Override
    public void sawOpcode(int seen) {
        pending = null;
        pendingPc = getPC();
        try {
            follow(seen);
        } catch (RuntimeException e) {
            pending = null;
            couldNotFollow("pc " + getPC(), e);
        }
    }

    /**
     * Logs, as SpotBugs logs its own analysis errors, an instruction or annotation the detector failed on. The class's
     * other SQL is still checked and reported.
     */
    private void couldNotFollow(String where, RuntimeException e) {
        AnalysisContext.logError("sqlguard could not follow " + getDottedClassName() + "." + getMethodName() + " "
                + where + ": " + e.toString().replaceAll("\\R", " "), e);
    }

    private void follow(int seen) {
        switch (seen) {
            case Const.GOTO, Const.GOTO_W -> errorHandlers.jump(getNextPC(), getBranchTarget());
            case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESTATIC, Const.INVOKESPECIAL -> invoke(seen);
            case Const.INVOKEDYNAMIC -> {
                Text text = ConcatRecipes.text(this);
                if (text != null) {
                    pending = text;
                }
            }
            case Const.AASTORE -> {
                handOn(0);
                StringArrays.store(stack);
            }
            case Const.PUTFIELD, Const.PUTSTATIC, Const.ARETURN -> handOn(0);
            case Const.CHECKCAST -> keepChain();
            case Const.ASTORE -> store(getRegisterOperand());
            case Const.ASTORE_0, Const.ASTORE_1, Const.ASTORE_2, Const.ASTORE_3 -> store(seen - Const.ASTORE_0);
            case Const.ALOAD -> load(getRegisterOperand());
            case Const.ALOAD_0, Const.ALOAD_1, Const.ALOAD_2, Const.ALOAD_3 -> load(seen - Const.ALOAD_0);
            default -> {
            }
        }
    }

    @Override
    public void afterOpcode(int seen) {
        boolean fresh = pendingPc == getPC();
        super.afterOpcode(seen);
        if (seen == Const.ANEWARRAY && fresh && !stack.isTop() && stack.getStackDepth() > 0) {
            StringArrays.created(stack.getStackItem(0));
        } else if (pending != null && fresh && !stack.isTop() && stack.getStackDepth() > 0) {
            stack.getStackItem(0).setUserValue(pending);
        }
        pending = null;
    }

    private void invoke(int seen) {
        String owner = getClassConstantOperand();
        String name = getNameConstantOperand();
        List<String> params = Signatures.parameters(getSigConstantOperand());
        int n = params.size();
        boolean isStatic = seen == Const.INVOKESTATIC;
        if (stack.getStackDepth() < n + (isStatic ? 0 : 1)) {
            return;
        }
        if (seen != Const.INVOKESPECIAL) {
            Sink call = sinks.call(owner, name, n);
            if (call != null) {
                atSink(call, params);
            }
        }
        if (!isStatic && seen != Const.INVOKESPECIAL) {
            OrmCalls.Call everyRow = ormCalls.call(stack, owner, name, params, getClassName(),
                    getMethod().isStatic(), getMethod().getLocalVariableTable(), getPC());
            if (everyRow != null) {
                add(everyRow.sql(), EnumSet.of(PieceFact.SINGLE_STATEMENT), site(), everyRow.libraryCall());
            }
        }
        Values.Wrapper wrapper = ormCalls.wrapperStep(stack, isStatic, owner, name, params, getSigConstantOperand());
        if (wrapper != null) {
            pending = wrapper;
            return;
        }
        if (StringBuilders.CLASSES.contains(owner)) {
            pending = builders.call(stack, name, params);
        } else if (owner.equals("java/lang/String")) {
            pending = StringCalls.call(stack, name, params, isStatic);
        } else if (chain(seen, owner, name, params) == null && NAME_METHODS.contains(name) && n >= 1) {
            OpcodeStack.Item last = stack.getStackItem(0);
            String text = last.getUserValue() instanceof Name nm ? nm.value() : Values.plainName(Values.text(last));
            if (text != null) {
                pending = new Name(text);
            }
        }
    }

    private void atSink(Sink sink, List<String> params) {
        int n = params.size();
        for (int i = 0; i < n; i++) {
            if (sink.sqlArgument() != Sink.EVERY_ARGUMENT && sink.sqlArgument() != i) {
                continue;
            }
            OpcodeStack.Item item = stack.getStackItem(n - 1 - i);
            String type = params.get(i);
            if (Signatures.TEXT_TYPES.contains(type) || type.equals("Ljava/lang/Object;")) {
                String text = Values.text(item);
                if (text != null) {
                    add(text, EnumSet.of(PieceFact.SINGLE_STATEMENT), site());
                }
            } else if (type.equals("[Ljava/lang/String;") && item.getUserValue() instanceof Elements e) {
                for (String text : e.values()) {
                    if (text != null) {
                        add(text, EnumSet.of(PieceFact.SINGLE_STATEMENT), site());
                    }
                }
            }
        }
    }

    /** A call on or into a query-builder chain: what its result continues, as the pending value, or null. */
    private ChainFollower.Link chain(int seen, String owner, String name, List<String> params) {
        String descriptor = getSigConstantOperand();
        String returns = descriptor.substring(descriptor.indexOf(')') + 1);
        boolean constructor = seen == Const.INVOKESPECIAL && name.equals("<init>");
        if (seen == Const.INVOKESPECIAL && !constructor) {
            return null;
        }
        ChainFollower.Link next = chains.invoke(new ChainFollower.Call(owner, name, params, returns,
                seen == Const.INVOKESTATIC, constructor, stack, this::site));
        if (next != null) {
            pending = next;
        }
        return next;
    }

    /** A value that leaves the method: stored in a field or an array, or returned. */
    private void handOn(int depth) {
        if (stack.getStackDepth() > depth) {
            chains.handOn(stack.getStackItem(depth));
        }
    }

    /** A cast keeps the builder it casts ({@code Children} of a generic wrapper is erased to its bound). */
    private void keepChain() {
        if (stack.getStackDepth() > 0 && stack.getStackItem(0).getUserValue() instanceof ChainFollower.Link link) {
            pending = link;
        }
    }

    /** How the code names what an item holds: a field's or a local's name, "" for {@code this}, else null. */
    private String label(OpcodeStack.Item item) {
        if (item == null) {
            return "";
        }
        if (item.getXField() != null) {
            return item.getXField().getName();
        }
        return item.getRegisterNumber() >= 0 ? localName(item.getRegisterNumber()) : null;
    }

    /** The name of local slot {@code register} here, "" for {@code this}, null when the class keeps no names. */
    private String localName(int register) {
        if (register == 0 && !getMethod().isStatic()) {
            return "";
        }
        LocalVariableTable table = getMethod().getLocalVariableTable();
        LocalVariable variable = table == null ? null : table.getLocalVariable(register, getPC());
        return variable == null ? null : variable.getName();
    }

    // ---- locals ----

    private void store(int register) {
        ormCalls.store(stack, register);
        if (stack.getStackDepth() == 0) {
            return;
        }
        OpcodeStack.Item item = stack.getStackItem(0);
        chains.store(register, item);
        builders.store(register, item);
    }

    private void load(int register) {
        Builder builder = builders.load(register);
        if (builder != null) {
            pending = builder;
        } else if (ormCalls.load(register) != null) {
            pending = ormCalls.load(register);
        } else if (chains.load(register, localName(register)) != null) {
            pending = chains.load(register, localName(register));
        }
    }

    // ---- places ----

    private Site site() {
        int pc = getPC();
        LineNumberTable lines = getCode().getLineNumberTable();
        int line = lines == null ? -1 : lines.getSourceLine(pc);
        return new Site(getXMethod(), SourceLineAnnotation.fromVisitedInstruction(this, pc), line, pc,
                errorHandlers.covers(getCode(), pc));
    }

    private void add(String sql, Set<PieceFact> facts, Site site) {
        add(sql, facts, site, null);
    }

    private void add(String sql, Set<PieceFact> facts, Site site, LibraryCall call) {
        found.add(sql, facts, site, call);
    }

    // ---- findings ----

    private void report(JavaClass c) {
        if (found.isEmpty()) {
            return;
        }
        bugs.check(this, c, context, found.merged(), bugReporter::reportBug);
    }
}
