package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import io.github.sqlguard.spotbugs.Values.Concat;
import io.github.sqlguard.spotbugs.Values.Text;
import java.util.ArrayList;
import java.util.List;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.BootstrapMethod;
import org.apache.bcel.classfile.BootstrapMethods;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantDouble;
import org.apache.bcel.classfile.ConstantFloat;
import org.apache.bcel.classfile.ConstantInteger;
import org.apache.bcel.classfile.ConstantInvokeDynamic;
import org.apache.bcel.classfile.ConstantLong;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.ConstantString;
import org.apache.bcel.classfile.JavaClass;

/** The text of a string concatenation javac compiles to {@code invokedynamic}: its recipe and its arguments. */
final class ConcatRecipes {

    private ConcatRecipes() {
    }

    /**
     * The visitor's {@code invokedynamic makeConcatWithConstants}: the recipe with each argument's text or a fragment;
     * null for another {@code invokedynamic}.
     */
    static Text text(OpcodeStackDetector visitor) {
        OpcodeStack stack = visitor.getStack();
        String name = visitor.getNameConstantOperand();
        boolean withConstants = name.equals("makeConcatWithConstants");
        if (!withConstants && !name.equals("makeConcat")) {
            return null;
        }
        List<String> params = Signatures.parameters(visitor.getSigConstantOperand());
        int n = params.size();
        if (stack.getStackDepth() < n) {
            return null;
        }
        Concat out = new Concat();
        if (!withConstants) {
            for (int i = 0; i < n; i++) {
                out.add(Values.part(stack.getStackItem(n - 1 - i), params.get(i)));
            }
            return new Text(out.toString());
        }
        List<Object> bootstrap = bootstrapArguments(visitor);
        if (bootstrap.isEmpty() || !(bootstrap.get(0) instanceof String recipe)) {
            return null;
        }
        int arg = 0;
        int constant = 1;
        StringBuilder literal = new StringBuilder();
        for (int k = 0; k < recipe.length(); k++) {
            char c = recipe.charAt(k);
            if (c == '\u0001') {
                out.add(literal.toString());
                literal.setLength(0);
                out.add(arg < n ? Values.part(stack.getStackItem(n - 1 - arg), params.get(arg)) : null);
                arg++;
            } else if (c == '\u0002') {
                Object value = constant < bootstrap.size() ? bootstrap.get(constant) : null;
                constant++;
                if (value == null) {
                    out.add(literal.toString());
                    literal.setLength(0);
                    out.add(null);
                } else {
                    literal.append(value);
                }
            } else {
                literal.append(c);
            }
        }
        out.add(literal.toString());
        return new Text(out.toString());
    }

    /** The static arguments of the current {@code invokedynamic}'s bootstrap method: strings and numbers, or null. */
    private static List<Object> bootstrapArguments(OpcodeStackDetector visitor) {
        if (!(visitor.getConstantRefOperand() instanceof ConstantInvokeDynamic indy)) {
            return List.of();
        }
        JavaClass c = visitor.getThisClass();
        ConstantPool pool = c.getConstantPool();
        for (Attribute a : c.getAttributes()) {
            if (a instanceof BootstrapMethods methods) {
                BootstrapMethod[] all = methods.getBootstrapMethods();
                int index = indy.getBootstrapMethodAttrIndex();
                if (index < 0 || index >= all.length) {
                    return List.of();
                }
                List<Object> out = new ArrayList<>();
                for (int argument : all[index].getBootstrapArguments()) {
                    Constant k = pool.getConstant(argument);
                    if (k instanceof ConstantString s) {
                        out.add(s.getBytes(pool));
                    } else if (k instanceof ConstantInteger i) {
                        out.add(i.getBytes());
                    } else if (k instanceof ConstantLong l) {
                        out.add(l.getBytes());
                    } else if (k instanceof ConstantFloat f) {
                        out.add(f.getBytes());
                    } else if (k instanceof ConstantDouble d) {
                        out.add(d.getBytes());
                    } else {
                        out.add(null);
                    }
                }
                return out;
            }
        }
        return List.of();
    }
}
