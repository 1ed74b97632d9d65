package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import io.github.sqlguard.spotbugs.Values.Builder;
import io.github.sqlguard.spotbugs.Values.Concat;
import io.github.sqlguard.spotbugs.Values.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The text appended so far to the {@code StringBuilder}s and {@code StringBuffer}s of the method being visited. */
final class StringBuilders {

    /** The builder classes, as the JVM names them. */
    static final Set<String> CLASSES = Set.of("java/lang/StringBuilder", "java/lang/StringBuffer");
    private static final Set<String> MUTATORS = Set.of("insert", "replace", "delete", "deleteCharAt",
            "setLength", "setCharAt", "reverse", "appendCodePoint");

    /** By local variable: the builder's text, null once it is no longer known. */
    private final Map<Integer, String> locals = new HashMap<>();

    /** Forgets the builders of the method visited before. */
    void startMethod() {
        locals.clear();
    }

    /** A call of builder method {@code name} with its arguments on {@code stack}: what its result holds, or null. */
    Object call(OpcodeStack stack, String name, List<String> params) {
        int n = params.size();
        OpcodeStack.Item receiver = stack.getStackItem(n);
        if (name.equals("<init>")) {
            String start = n == 0 || params.get(0).equals("I") ? ""
                    : Signatures.TEXT_TYPES.contains(params.get(0)) ? Values.text(stack.getStackItem(0)) : null;
            receiver.setUserValue(start == null ? null : new Builder(start, -1));
            return null;
        }
        int register = register(receiver);
        String current = text(receiver, register);
        if (name.equals("append") && n == 1) {
            if (current == null) {
                forget(register);
                return null;
            }
            String next = new Concat(current).add(Values.part(stack.getStackItem(0), params.get(0))).toString();
            if (register >= 0) {
                locals.put(register, next);
            }
            return new Builder(next, register);
        } else if (name.equals("toString") && n == 0) {
            return current == null ? null : new Text(current);
        } else if (name.equals("append") || MUTATORS.contains(name)) {
            forget(register);
        }
        return null;
    }

    /** {@code item} stored into local {@code register}. */
    void store(int register, OpcodeStack.Item item) {
        String signature = item.getSignature();
        if (signature.equals("Ljava/lang/StringBuilder;") || signature.equals("Ljava/lang/StringBuffer;")) {
            int from = register(item);
            String text = text(item, from);
            locals.put(register, text);
        } else {
            locals.remove(register);
        }
    }

    /** The builder loaded from local {@code register}, or null when its text is not known. */
    Builder load(int register) {
        String text = locals.get(register);
        return text == null ? null : new Builder(text, register);
    }

    /** The local a builder lives in, from the builder's own record or the item's load. */
    private static int register(OpcodeStack.Item item) {
        if (item.getUserValue() instanceof Builder b && b.register() >= 0) {
            return b.register();
        }
        return item.getRegisterNumber();
    }

    private String text(OpcodeStack.Item item, int register) {
        if (register >= 0 && locals.containsKey(register)) {
            return locals.get(register);
        }
        return item.getUserValue() instanceof Builder b ? b.value() : null;
    }

    private void forget(int register) {
        if (register >= 0) {
            locals.put(register, null);
        }
    }
}
