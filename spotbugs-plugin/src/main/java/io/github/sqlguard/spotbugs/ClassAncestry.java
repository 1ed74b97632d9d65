package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import io.github.sqlguard.spotbugs.GenericSignatures.Argument;
import io.github.sqlguard.spotbugs.GenericSignatures.ClassSignature;
import io.github.sqlguard.spotbugs.GenericSignatures.ClassType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which library type a class extends, with the type arguments it gives it, from SpotBugs' view of the analysed
 * classes and the aux classpath: {@code OrderRepository} reaches {@code JpaRepository} with {@code Order, Long}. The
 * walk goes up through application classes only, as the source scanner's goes through project types: a library type
 * is reached when a project type names it, not through another library's (Spring Data MongoDB's
 * {@code MongoRepository} extends {@code CrudRepository}, and deletes documents, not rows). A class SpotBugs cannot
 * find ends that branch of the walk: what is not known is not a sink.
 */
final class ClassAncestry {

    /** A type reached, with its type arguments as internal class names, null where not known. */
    record Ancestor(String internalName, List<String> arguments) {

        String qualified() {
            return internalName.replace('/', '.').replace('$', '.');
        }

        String simpleName() {
            return simpleName(internalName);
        }

        static String simpleName(String internalName) {
            int cut = Math.max(internalName.lastIndexOf('/'), internalName.lastIndexOf('$'));
            return internalName.substring(cut + 1);
        }

        String argument(int index) {
            return index >= 0 && index < arguments.size() ? arguments.get(index) : null;
        }
    }

    private static final int MAX_STEPS = 64;

    private final Map<String, Optional<ClassSignature>> signatures = new HashMap<>();

    /**
     * The first type {@code start} is or extends that {@code wanted} accepts (by qualified name), following
     * superclasses and interfaces breadth first with their type arguments.
     */
    Optional<Ancestor> ancestor(ClassType start, Predicate<String> wanted) {
        Deque<ClassType> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        for (int steps = 0; !queue.isEmpty() && steps < MAX_STEPS; steps++) {
            ClassType type = queue.poll();
            String name = type.internalName();
            Ancestor here = new Ancestor(name, classNames(type.arguments()));
            if (wanted.test(here.qualified())) {
                return Optional.of(here);
            }
            if (!isApplicationClass(name) || !seen.add(name)) {
                continue;
            }
            ClassSignature signature = signature(name).orElse(null);
            if (signature == null) {
                continue;
            }
            Map<String, Argument> bound = new HashMap<>();
            for (int i = 0; i < signature.parameters().size(); i++) {
                bound.put(signature.parameters().get(i),
                        i < type.arguments().size() ? type.arguments().get(i) : Argument.UNKNOWN);
            }
            for (ClassType s : signature.supertypes()) {
                queue.add(substituted(s, bound));
            }
        }
        return Optional.empty();
    }

    /**
     * The class a type variable of {@code declaring} stands for in {@code from}, which extends it: {@code M} of
     * {@code ServiceImpl<M, T>} in {@code UserService extends ServiceImpl<UserMapper, User>} is {@code UserMapper}.
     */
    Optional<String> variable(String from, String declaring, String variable) {
        List<String> parameters = signature(declaring).map(ClassSignature::parameters).orElse(List.of());
        int index = parameters.indexOf(variable);
        if (index < 0) {
            return Optional.empty();
        }
        return ancestor(new ClassType(from, List.of()), q -> q.equals(declaring.replace('/', '.')
                .replace('$', '.'))).map(a -> a.argument(index));
    }

    private static boolean isApplicationClass(String internalName) {
        return !internalName.startsWith("java/") && AnalysisContext.currentAnalysisContext()
                .isApplicationClass(DescriptorFactory.createClassDescriptor(internalName));
    }

    /** The class's supertypes with their type arguments; without a generic signature, its plain supertypes. */
    private Optional<ClassSignature> signature(String internalName) {
        return signatures.computeIfAbsent(internalName, n -> {
            XClass x;
            try {
                x = Global.getAnalysisCache().getClassAnalysis(XClass.class,
                        DescriptorFactory.createClassDescriptor(n));
            } catch (CheckedAnalysisException | RuntimeException e) {
                return Optional.empty();
            }
            ClassSignature generic = GenericSignatures.classSignature(x.getSourceSignature());
            if (generic != null) {
                return Optional.of(generic);
            }
            List<ClassType> plain = new ArrayList<>();
            if (x.getSuperclassDescriptor() != null) {
                plain.add(new ClassType(x.getSuperclassDescriptor().getClassName(), List.of()));
            }
            for (ClassDescriptor i : x.getInterfaceDescriptorList()) {
                plain.add(new ClassType(i.getClassName(), List.of()));
            }
            return Optional.of(new ClassSignature(List.of(), plain));
        });
    }

    private static ClassType substituted(ClassType type, Map<String, Argument> bound) {
        List<Argument> arguments = new ArrayList<>();
        for (Argument a : type.arguments()) {
            arguments.add(a.variable() != null ? bound.getOrDefault(a.variable(), Argument.UNKNOWN) : a);
        }
        return new ClassType(type.internalName(), arguments);
    }

    private static List<String> classNames(List<Argument> arguments) {
        List<String> out = new ArrayList<>();
        arguments.forEach(a -> out.add(a.className()));
        return Collections.unmodifiableList(out);
    }
}
