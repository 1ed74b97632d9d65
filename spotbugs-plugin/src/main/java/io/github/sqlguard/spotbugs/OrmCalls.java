package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.ba.XField;
import io.github.sqlguard.core.LibraryCall;
import io.github.sqlguard.java.EveryRowSink;
import io.github.sqlguard.java.EveryRowSink.Condition;
import io.github.sqlguard.java.SinkCatalog;
import io.github.sqlguard.java.WrapperMethods;
import io.github.sqlguard.spotbugs.ClassAncestry.Ancestor;
import io.github.sqlguard.spotbugs.GenericSignatures.ClassType;
import io.github.sqlguard.spotbugs.Values.Wrapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.bcel.classfile.LocalVariable;
import org.apache.bcel.classfile.LocalVariableTable;

/**
 * The calls of the catalog's {@code every-row} lines in bytecode. The receiver's type is the class javac records in
 * the call, followed up its superclasses and interfaces ({@link ClassAncestry}); {@code null} is a constant on the
 * operand stack; a MyBatis-Plus wrapper is followed from its construction ({@code new QueryWrapper<>()},
 * {@code Wrappers.query()}) through the stack and local variables, and stops being empty once a condition method is
 * called on it or it is passed to another method. Calls that never touch every row ({@code never}) are not looked at.
 */
final class OrmCalls {

    /** The statement a call runs on every row, and the call as the finding shows it. */
    record Call(String sql, LibraryCall libraryCall) {
    }

    /** What javac adds as the last parameter of a Kotlin {@code suspend} function. */
    private static final String CONTINUATION = "Lkotlin/coroutines/Continuation;";
    private static final String CLASS = "Ljava/lang/Class;";

    private final List<EveryRowSink> lines = new ArrayList<>();
    private final Set<String> members = new HashSet<>();
    private final Set<String> wrapperPackages = new HashSet<>();
    private final ClassAncestry ancestry = new ClassAncestry();
    private final Map<Integer, Wrapper> wrapperLocals = new HashMap<>();

    OrmCalls(SinkCatalog catalog) {
        for (EveryRowSink sink : catalog.everyRow()) {
            if (sink.when().condition() != Condition.NEVER) {
                lines.add(sink);
                sink.members().stream().filter(m -> !m.endsWith("*")).forEach(members::add);
                if (sink.when().condition() == Condition.UNFILTERED) {
                    wrapperPackages.addAll(sink.packages());
                }
            }
        }
    }

    /** True if a constant pool string is the name of a member that may touch every row. */
    boolean isMember(String name) {
        return members.contains(name);
    }

    void startMethod() {
        wrapperLocals.clear();
    }

    /**
     * The statement the instance call {@code owner.name} (arguments {@code params}, on the stack) runs on every row,
     * or null.
     *
     * @param thisClass the class being analysed, whose {@code this} may be the receiver
     * @param locals    the method's local variable names, or null
     */
    Call call(OpcodeStack stack, String owner, String name, List<String> params, String thisClass,
            boolean staticMethod, LocalVariableTable locals, int pc) {
        int n = params.size();
        int arity = n > 0 && params.get(n - 1).equals(CONTINUATION) ? n - 1 : n;
        List<EveryRowSink> named = lines.stream().filter(s -> s.names(name) && s.takes(arity)).toList();
        if (named.isEmpty()) {
            return null;
        }
        OpcodeStack.Item receiver = stack.getStackItem(n);
        ClassType start = start(receiver, owner, thisClass);
        Predicate<String> wanted = q -> named.stream().anyMatch(s -> s.isType(q));
        Optional<Ancestor> reached = ancestry.ancestor(start, wanted);
        if (reached.isEmpty()) {
            return null;
        }
        Ancestor ancestor = reached.get();
        EveryRowSink sink = named.stream().filter(s -> s.isType(ancestor.qualified())).findFirst().orElseThrow();
        int index = sink.when().argument();
        OpcodeStack.Item argument = index < 0 ? null : stack.getStackItem(n - 1 - index);
        boolean everyRow = switch (sink.when().condition()) {
            case ALWAYS -> true;
            case NULL -> argument.isNull();
            case UNFILTERED -> argument.isNull()
                    || (argument.getUserValue() instanceof Wrapper w && w.empty());
            case ENTITY -> classLiteral(argument) != null;
            case NEVER -> false;
        };
        if (!everyRow) {
            return null;
        }
        String entity = sink.when().condition() == Condition.ENTITY ? classLiteral(argument)
                : simpleName(ancestor.argument(sink.entityArgument(ancestor.simpleName())));
        String shown = Ancestor.simpleName(start.internalName());
        String table = entity != null ? entity : shown;
        String target = entity != null ? "the table of `" + entity + "`" : "the table behind `" + shown + "`";
        String written = receiverText(receiver, owner, thisClass, staticMethod, locals, pc) + name + "("
                + argumentsText(stack, n, arity) + ")";
        return new Call(sink.sql(table, true), new LibraryCall(written, target, sink.advice()));
    }

    /**
     * Where the walk up the receiver's types starts: the field's generic type when the receiver is a field that
     * declares one ({@code JpaRepository<Order, Long> orders}), the class a type variable stands for when the field's
     * type is one ({@code M baseMapper} of {@code ServiceImpl<UserMapper, User>}), else the class of the call.
     */
    private ClassType start(OpcodeStack.Item receiver, String owner, String thisClass) {
        XField field = receiver.getXField();
        if (field != null) {
            String signature = field.getSourceSignature();
            ClassType declared = GenericSignatures.fieldType(signature);
            if (declared != null && declared.internalName().equals(owner)) {
                return declared;
            }
            String variable = GenericSignatures.variable(signature);
            if (variable != null) {
                String declaring = field.getClassDescriptor().getClassName();
                Optional<String> bound = ancestry.variable(thisClass, declaring, variable);
                if (bound.isPresent()) {
                    return new ClassType(bound.get(), List.of());
                }
            }
        }
        return new ClassType(owner, List.of());
    }

    private static String receiverText(OpcodeStack.Item receiver, String owner, String thisClass,
            boolean staticMethod, LocalVariableTable locals, int pc) {
        int register = receiver.getRegisterNumber();
        if (register == 0 && !staticMethod) {
            return "";
        }
        if (receiver.getXField() != null) {
            return receiver.getXField().getName() + ".";
        }
        if (receiver.getReturnValueOf() != null) {
            return receiver.getReturnValueOf().getName() + "().";
        }
        LocalVariable local = register >= 0 && locals != null ? locals.getLocalVariable(register, pc) : null;
        return (local != null ? local.getName() : Ancestor.simpleName(owner)) + ".";
    }

    private static String argumentsText(OpcodeStack stack, int n, int arity) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            OpcodeStack.Item a = stack.getStackItem(n - 1 - i);
            String literal = classLiteral(a);
            out.add(a.isNull() ? "null" : literal != null ? literal + ".class" : "...");
        }
        return String.join(", ", out);
    }

    /** The simple name of the class a class literal on the stack names, or null. */
    private static String classLiteral(OpcodeStack.Item item) {
        if (item == null || !CLASS.equals(item.getSignature()) || !(item.getConstant() instanceof String name)) {
            return null;
        }
        return simpleName(name.replace('.', '/'));
    }

    private static String simpleName(String internalName) {
        return internalName == null ? null : Ancestor.simpleName(internalName);
    }

    // ---- wrappers ----

    /**
     * Follows wrappers through one call: returns what the call leaves on the stack when it is a wrapper (or null),
     * marks the wrapper a constructor builds, and takes a wrapper passed to another method as no longer empty.
     */
    Wrapper wrapperStep(OpcodeStack stack, boolean isStatic, String owner, String name, List<String> params,
            String descriptor) {
        int n = params.size();
        boolean entityClassOnly = n == 0 || (n == 1 && params.get(0).equals(CLASS));
        if (isStatic) {
            escape(stack, n);
            return isWrapperClass(owner, WrapperMethods.FACTORY_CLASS) && WrapperMethods.FACTORIES.contains(name)
                    ? new Wrapper(entityClassOnly, -1) : null;
        }
        OpcodeStack.Item receiver = stack.getStackItem(n);
        if (name.equals("<init>")) {
            escape(stack, n);
            if (WrapperMethods.TYPES.stream().anyMatch(t -> isWrapperClass(owner, t))) {
                receiver.setUserValue(new Wrapper(entityClassOnly, -1));
            }
            return null;
        }
        if (!(receiver.getUserValue() instanceof Wrapper w)) {
            escape(stack, n);
            return null;
        }
        int register = w.register() >= 0 ? w.register() : receiver.getRegisterNumber();
        boolean empty = w.empty() && !WrapperMethods.isCondition(name) && !escapes(stack, n);
        if (register >= 0 && !empty) {
            wrapperLocals.put(register, new Wrapper(false, register));
        }
        return Signatures.returnsVoid(descriptor) ? null : new Wrapper(empty, register);
    }

    private boolean isWrapperClass(String owner, String simpleName) {
        int slash = owner.lastIndexOf('/');
        String pkg = slash < 0 ? "" : owner.substring(0, slash).replace('/', '.');
        return owner.substring(slash + 1).equals(simpleName)
                && wrapperPackages.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
    }

    /** Takes the wrappers among the call's arguments as no longer empty: the method called may add conditions. */
    private void escape(OpcodeStack stack, int n) {
        for (int i = 0; i < n; i++) {
            OpcodeStack.Item a = stack.getStackItem(i);
            if (a.getUserValue() instanceof Wrapper w) {
                int register = w.register() >= 0 ? w.register() : a.getRegisterNumber();
                if (register >= 0) {
                    wrapperLocals.put(register, new Wrapper(false, register));
                }
            }
        }
    }

    private static boolean escapes(OpcodeStack stack, int n) {
        for (int i = 0; i < n; i++) {
            if (stack.getStackItem(i).getUserValue() instanceof Wrapper) {
                return true;
            }
        }
        return false;
    }

    /** An {@code astore}: remembers the wrapper stored, or forgets the local. */
    void store(OpcodeStack stack, int register) {
        if (stack.getStackDepth() > 0 && stack.getStackItem(0).getUserValue() instanceof Wrapper w) {
            wrapperLocals.put(register, new Wrapper(w.empty(), register));
        } else {
            wrapperLocals.remove(register);
        }
    }

    /** An {@code aload}: the wrapper the local holds, or null. */
    Wrapper load(int register) {
        return wrapperLocals.get(register);
    }
}
