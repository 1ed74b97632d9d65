package io.github.sqlguard.spotbugs;

import io.github.sqlguard.java.EveryRowSink;
import io.github.sqlguard.java.SinkCatalog;
import io.github.sqlguard.java.SinkCatalog.Kind;
import io.github.sqlguard.java.SinkCatalog.Sink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.ConstantUtf8;

/**
 * The source scanner's sink catalog ({@code sinks.txt}) matched against class names as bytecode spells them. javac
 * records the receiver's static type in a call, so a sink is matched by the called class's name, its package and the
 * method's name and arity, with no walk up the type hierarchy; only the every-row calls ({@link OrmCalls}), made on
 * project types that extend a library's, walk up it.
 */
final class BytecodeSinks {

    private static final BytecodeSinks STANDARD = new BytecodeSinks(SinkCatalog.standard());

    /** What a class's constant pool mentions. */
    enum Interest {
        NONE,
        ANNOTATIONS,
        CODE,
        BOTH;

        boolean code() {
            return this == CODE || this == BOTH;
        }

        boolean annotations() {
            return this == ANNOTATIONS || this == BOTH;
        }
    }

    private final List<Sink> calls;
    private final List<Sink> chains;
    private final List<Sink> annotations;
    private final Set<String> codeTypes = new HashSet<>();
    private final List<String> generatedPrefixes = new ArrayList<>();
    private final Set<String> annotationTypes = new HashSet<>();
    /** The members of the every-row lines that may touch every row: the class may call one on a project type. */
    private final Set<String> everyRowMembers = new HashSet<>();
    private final Map<String, Boolean> codeClassCache = new ConcurrentHashMap<>();
    private final Map<String, Optional<Sink>> annotationCache = new ConcurrentHashMap<>();

    BytecodeSinks(SinkCatalog catalog) {
        this.calls = catalog.of(Kind.CALL);
        this.chains = catalog.of(Kind.CHAIN);
        this.annotations = catalog.of(Kind.ANNOTATION);
        for (Sink s : calls) {
            codeTypes.addAll(s.types());
        }
        for (Sink s : chains) {
            for (String type : s.types()) {
                if (type.endsWith("*")) {
                    generatedPrefixes.add(type.substring(0, type.length() - 1));
                } else {
                    codeTypes.add(type);
                }
            }
        }
        for (Sink s : annotations) {
            annotationTypes.addAll(s.types());
        }
        for (EveryRowSink s : catalog.everyRow()) {
            if (s.when().condition() != EveryRowSink.Condition.NEVER) {
                s.members().stream().filter(m -> !m.endsWith("*")).forEach(everyRowMembers::add);
            }
        }
    }

    static BytecodeSinks standard() {
        return STANDARD;
    }

    /** True if the class named {@code internalName} ({@code java/sql/Statement}) is one of {@code sink}'s types. */
    static boolean matches(Sink sink, String internalName) {
        int slash = internalName.lastIndexOf('/');
        if (!sink.namesType(internalName.substring(slash + 1))) {
            return false;
        }
        return sink.holdsPackage(slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.'));
    }

    /** The call sink for {@code owner.name} with {@code arity} arguments, or null. */
    Sink call(String owner, String name, int arity) {
        for (Sink s : calls) {
            if (s.members().contains(name) && s.takes(arity) && matches(s, owner)) {
                return s;
            }
        }
        return null;
    }

    /** The chain lines, whose starts {@link ChainFollower} looks for. */
    List<Sink> chains() {
        return chains;
    }

    /** The annotation sink of the annotation type {@code internalName}, or null. */
    Sink annotation(String internalName) {
        return annotationCache.computeIfAbsent(internalName, n -> {
            for (Sink s : annotations) {
                if (matches(s, n)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }).orElse(null);
    }

    /**
     * What a class can hold, from its constant pool alone: a call to a sink type, an SQL annotation, both or neither.
     * Classes that mention no sink are not analysed further, which keeps the detector's cost near zero for them.
     */
    Interest interest(ConstantPool pool) {
        boolean code = false;
        boolean annotated = false;
        for (Constant c : pool.getConstantPool()) {
            if (!(c instanceof ConstantUtf8 u)) {
                continue;
            }
            String s = u.getBytes();
            if (!code && everyRowMembers.contains(s)) {
                code = true;
            }
            if (s.length() < 3 || s.indexOf('/') < 0) {
                continue;
            }
            if (!code && isCodeType(s)) {
                code = true;
            } else if (!annotated && s.charAt(0) == 'L' && s.charAt(s.length() - 1) == ';'
                    && annotationTypes.contains(simpleName(s.substring(1, s.length() - 1)))
                    && annotation(s.substring(1, s.length() - 1)) != null) {
                annotated = true;
            }
            if (code && annotated) {
                break;
            }
        }
        if (code) {
            return annotated ? Interest.BOTH : Interest.CODE;
        }
        return annotated ? Interest.ANNOTATIONS : Interest.NONE;
    }

    private boolean isCodeType(String name) {
        String simple = simpleName(name);
        if (!codeTypes.contains(simple) && !generated(simple)) {
            return false;
        }
        return codeClassCache.computeIfAbsent(name, n -> {
            for (Sink s : calls) {
                if (matches(s, n)) {
                    return true;
                }
            }
            for (Sink s : chains) {
                if (matches(s, n)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** True if {@code simple} fits a chain line's pattern of generated types ({@code Q*}: {@code QOrder}). */
    private boolean generated(String simple) {
        for (String prefix : generatedPrefixes) {
            if (simple.length() > prefix.length() && simple.startsWith(prefix)
                    && Character.isUpperCase(simple.charAt(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    private static String simpleName(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }
}
