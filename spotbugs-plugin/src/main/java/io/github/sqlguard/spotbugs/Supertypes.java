package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import io.github.sqlguard.java.SinkCatalog.Sink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The supertypes of the classes a call names, as the analysis sees them on its class path: a chain starts at a
 * project's service that extends a library's ({@code userService.lambdaUpdate()}, {@code UserService extends
 * IService<User>}). A class that cannot be looked up has no supertypes here.
 */
final class Supertypes {

    /**
     * A supertype that is one of a sink's types.
     *
     * @param entity the simple name of its last type argument where the class below it names one
     *               ({@code User} of {@code ServiceImpl<UserMapper, User>}), else null
     */
    record Match(String type, String entity) {
    }

    private static final int MAX_CLASSES = 64;

    private final Map<String, XClass> classes = new HashMap<>();

    /** {@code owner} or the first of its supertypes that is one of {@code sink}'s types, or null. */
    Match find(String owner, Sink sink) {
        if (BytecodeSinks.matches(sink, owner)) {
            return new Match(owner, null);
        }
        Deque<String> queue = new ArrayDeque<>(List.of(owner));
        Set<String> seen = new HashSet<>(queue);
        while (!queue.isEmpty() && seen.size() < MAX_CLASSES) {
            String name = queue.removeFirst();
            XClass type = lookUp(name);
            if (type == null) {
                continue;
            }
            for (String parent : parents(type)) {
                if (BytecodeSinks.matches(sink, parent)) {
                    return new Match(parent, lastTypeArgument(type.getSourceSignature(), parent));
                }
                if (seen.add(parent)) {
                    queue.addLast(parent);
                }
            }
        }
        return null;
    }

    private XClass lookUp(String internalName) {
        if (classes.containsKey(internalName)) {
            return classes.get(internalName);
        }
        XClass found;
        try {
            found = Global.getAnalysisCache().getClassAnalysis(XClass.class,
                    DescriptorFactory.createClassDescriptor(internalName));
        } catch (CheckedAnalysisException e) {
            found = null;
        }
        classes.put(internalName, found);
        return found;
    }

    private static List<String> parents(XClass type) {
        List<String> out = new ArrayList<>();
        ClassDescriptor superclass = type.getSuperclassDescriptor();
        if (superclass != null && !superclass.getClassName().equals("java/lang/Object")) {
            out.add(superclass.getClassName());
        }
        for (ClassDescriptor i : type.getInterfaceDescriptorList()) {
            out.add(i.getClassName());
        }
        return out;
    }

    /**
     * The simple name of the last type argument {@code signature} (a class's generic signature) gives
     * {@code supertype}, or null: {@code User} in {@code Lx/ServiceImpl<Lx/UserMapper;Lx/User;>;}.
     */
    static String lastTypeArgument(String signature, String supertype) {
        if (signature == null) {
            return null;
        }
        int at = signature.indexOf("L" + supertype + "<");
        if (at < 0) {
            return null;
        }
        int i = at + supertype.length() + 2;
        int depth = 0;
        int start = i;
        String last = null;
        for (; i < signature.length(); i++) {
            char c = signature.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ';' && depth == 0) {
                last = signature.substring(start, i);
                start = i + 1;
            }
        }
        if (last == null || !last.startsWith("L")) {
            return null;
        }
        int generic = last.indexOf('<');
        String type = generic < 0 ? last.substring(1) : last.substring(1, generic);
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
