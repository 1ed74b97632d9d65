package io.github.sqlguard.spotbugs;

import static org.objectweb.asm.Opcodes.AASTORE;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ANEWARRAY;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.BIPUSH;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.H_INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEINTERFACE;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
import static org.objectweb.asm.Opcodes.NEW;
import static org.objectweb.asm.Opcodes.POP;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.V17;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * A class file written from text, one line a step, to fuzz the detector with. Its methods are
 * {@code static void runN(java.sql.Statement)}; a line {@code method} starts the next one.
 *
 * <p>In a method, {@code @Query text} and {@code @Delete text} annotate it, {@code store} keeps the string that
 * follows in a new local, {@code builder} keeps a new {@code StringBuilder} in one, {@code append K} appends the string
 * that follows to the builder in local K, and any other line starts a string handed to {@code Statement.execute}.
 *
 * <p>A string is {@code format N} or {@code formatted N} (a format and N arguments follow), {@code concat} (two strings
 * follow), {@code chain N} ({@code new StringBuilder()}, N appended strings, {@code toString()}), {@code indy recipe}
 * (an {@code invokedynamic} concatenation, a string follows for each {@code #} of the recipe), {@code load K} (local
 * K), {@code ?} (a value known only at run time), or else the line itself as a constant, a leading {@code "} dropped.
 */
final class FuzzedClass {

    static final String NAME = "io/github/sqlguard/spotbugs/fuzzed/Fuzzed";

    private static final int MAX_LINES = 400;
    private static final int MAX_METHODS = 8;
    private static final int MAX_ARGUMENTS = 8;
    private static final int MAX_LOCALS = 32;
    private static final int MAX_CONSTANT = 1000;
    private static final String STRING = "Ljava/lang/String;";
    private static final String BUILDER = "java/lang/StringBuilder";
    private static final Map<String, String> ANNOTATIONS = Map.of(
            "@Query", "Lorg/springframework/data/jpa/repository/Query;",
            "@Delete", "Lorg/apache/ibatis/annotations/Delete;");
    /** The annotations whose value is a {@code String[]}, as MyBatis declares it. */
    private static final String ARRAY_VALUED = "@Delete";
    private static final Handle CONCAT = new Handle(H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory",
            "makeConcatWithConstants", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false);

    private final MethodVisitor mv;
    private final List<String> lines;
    /** Per local after the parameter: true for a builder, false for a string. */
    private final List<Boolean> locals = new ArrayList<>();
    private int next;

    private FuzzedClass(MethodVisitor mv, List<String> lines) {
        this.mv = mv;
        this.lines = lines;
    }

    static byte[] from(String text) {
        List<List<String>> methods = new ArrayList<>();
        methods.add(new ArrayList<>());
        for (String line : text.lines().limit(MAX_LINES).toList()) {
            if (line.equals("method") && methods.size() < MAX_METHODS) {
                methods.add(new ArrayList<>());
            } else {
                methods.get(methods.size() - 1).add(line);
            }
        }
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_SUPER, NAME, null, "java/lang/Object", null);
        cw.visitSource("Fuzzed.java", null);
        for (int i = 0; i < methods.size(); i++) {
            method(cw.visitMethod(ACC_STATIC, "run" + i, "(Ljava/sql/Statement;)V", null, null), methods.get(i));
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** The annotations first, as the class file format wants them, then the code. */
    private static void method(MethodVisitor mv, List<String> lines) {
        Map<String, String> annotations = new LinkedHashMap<>();
        List<String> code = new ArrayList<>();
        for (String line : lines) {
            String head = head(line);
            if (ANNOTATIONS.containsKey(head)) {
                annotations.putIfAbsent(head, constant(rest(line)));
            } else {
                code.add(line);
            }
        }
        annotations.forEach((head, value) -> annotate(mv, head, value));
        mv.visitCode();
        FuzzedClass body = new FuzzedClass(mv, code);
        while (body.next < code.size()) {
            Label line = new Label();
            mv.visitLabel(line);
            mv.visitLineNumber(body.next + 1, line);
            body.statement();
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void annotate(MethodVisitor mv, String head, String value) {
        AnnotationVisitor a = mv.visitAnnotation(ANNOTATIONS.get(head), true);
        if (head.equals(ARRAY_VALUED)) {
            AnnotationVisitor array = a.visitArray("value");
            array.visit(null, value);
            array.visitEnd();
        } else {
            a.visit("value", value);
        }
        a.visitEnd();
    }

    private void statement() {
        String line = take();
        switch (head(line)) {
            case "store" -> {
                string(take());
                store(false);
            }
            case "builder" -> {
                newBuilder();
                store(true);
            }
            case "append" -> {
                int local = number(rest(line));
                boolean builder = local >= 1 && local <= locals.size() && locals.get(local - 1);
                if (builder) {
                    mv.visitVarInsn(ALOAD, local);
                }
                string(take());
                if (builder) {
                    mv.visitMethodInsn(INVOKEVIRTUAL, BUILDER, "append", "(" + STRING + ")L" + BUILDER + ";", false);
                }
                mv.visitInsn(POP);
            }
            default -> {
                mv.visitVarInsn(ALOAD, 0);
                string(line);
                mv.visitMethodInsn(INVOKEINTERFACE, "java/sql/Statement", "execute", "(" + STRING + ")Z", true);
                mv.visitInsn(POP);
            }
        }
    }

    /** Code that leaves the string {@code line} starts on the stack. */
    private void string(String line) {
        String rest = rest(line);
        switch (head(line)) {
            case "format" -> {
                int n = count(rest);
                string(take());
                array(n);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/String", "format",
                        "(" + STRING + "[Ljava/lang/Object;)" + STRING, false);
            }
            case "formatted" -> {
                int n = count(rest);
                string(take());
                array(n);
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "formatted", "([Ljava/lang/Object;)" + STRING,
                        false);
            }
            case "concat" -> {
                string(take());
                string(take());
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "concat", "(" + STRING + ")" + STRING, false);
            }
            case "chain" -> {
                int n = count(rest);
                newBuilder();
                for (int i = 0; i < n; i++) {
                    string(take());
                    mv.visitMethodInsn(INVOKEVIRTUAL, BUILDER, "append", "(" + STRING + ")L" + BUILDER + ";", false);
                }
                mv.visitMethodInsn(INVOKEVIRTUAL, BUILDER, "toString", "()" + STRING, false);
            }
            case "indy" -> indy(rest);
            case "load" -> {
                int local = number(rest);
                if (local >= 1 && local <= locals.size()) {
                    mv.visitVarInsn(ALOAD, local);
                    if (locals.get(local - 1)) {
                        mv.visitMethodInsn(INVOKEVIRTUAL, BUILDER, "toString", "()" + STRING, false);
                    }
                } else {
                    unknown();
                }
            }
            case "?" -> unknown();
            default -> mv.visitLdcInsn(constant(line));
        }
    }

    private void indy(String recipe) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char c : constant(recipe).toCharArray()) {
            if (c == '#' && n < MAX_ARGUMENTS) {
                out.append('\u0001');
                string(take());
                n++;
            } else {
                out.append(c);
            }
        }
        mv.visitInvokeDynamicInsn("makeConcatWithConstants", "(" + STRING.repeat(n) + ")" + STRING, CONCAT,
                out.toString());
    }

    /** An {@code Object[]} of {@code n} strings, each filled in as javac fills a varargs array. */
    private void array(int n) {
        mv.visitIntInsn(BIPUSH, n);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < n; i++) {
            mv.visitInsn(DUP);
            mv.visitIntInsn(BIPUSH, i);
            string(take());
            mv.visitInsn(AASTORE);
        }
    }

    private void newBuilder() {
        mv.visitTypeInsn(NEW, BUILDER);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, BUILDER, "<init>", "()V", false);
    }

    private void store(boolean builder) {
        if (locals.size() < MAX_LOCALS) {
            locals.add(builder);
            mv.visitVarInsn(ASTORE, locals.size());
        } else {
            mv.visitInsn(POP);
        }
    }

    /** A string only known at run time: the statement's {@code toString()}. */
    private void unknown() {
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "toString", "()" + STRING, false);
    }

    /** The next line, or an empty one when there are no more. */
    private String take() {
        return next < lines.size() ? lines.get(next++) : "";
    }

    private static String head(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    private static String rest(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? "" : line.substring(space + 1);
    }

    private static int count(String text) {
        return Math.min(number(text), MAX_ARGUMENTS);
    }

    /** The number {@code text} starts with, 1 when it starts with none. */
    private static int number(String text) {
        int end = 0;
        while (end < text.length() && end < 3 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end == 0 ? 1 : Integer.parseInt(text.substring(0, end));
    }

    private static String constant(String line) {
        String text = line.startsWith("\"") ? line.substring(1) : line;
        return text.length() > MAX_CONSTANT ? text.substring(0, MAX_CONSTANT) : text;
    }
}
