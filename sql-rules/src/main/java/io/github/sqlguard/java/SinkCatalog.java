package io.github.sqlguard.java;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The places where SQL reaches the database, read from {@code sinks.txt} next to this class: one line per sink, so
 * that supporting another library is one line. Public so that the bytecode detector reads the same list as the
 * source scanner.
 */
public final class SinkCatalog {

    static final String RESOURCE = "sinks.txt";
    private static final int COLUMNS = 8;
    private static final int CHAIN_COLUMNS = 11;

    public enum Kind {
        CALL,
        CHAIN,
        ANNOTATION
    }

    /**
     * One line of the catalog.
     *
     * @param sqlArgument index of the SQL argument, {@link #EVERY_ARGUMENT} when all are SQL, -1 when not a call
     * @param maxArity    {@link Integer#MAX_VALUE} when open
     * @param chain       a chain's starts, filters and steps; null for a call or an annotation
     */
    public record Sink(Kind kind, String family, List<String> packages, Set<String> types, Set<String> members,
            int sqlArgument, int minArity, int maxArity, List<String> hints, ChainShape chain) {

        public static final int EVERY_ARGUMENT = Integer.MAX_VALUE;

        public boolean takes(int arity) {
            return arity >= minArity && arity <= maxArity;
        }

        /** True when a type imported as {@code qualifiedName} (null: not imported by name) may be this sink's. */
        boolean packageAllows(String qualifiedName) {
            if (qualifiedName == null || packages.isEmpty() || qualifiedName.indexOf('.') < 0) {
                return true;
            }
            return holdsPackage(qualifiedName.substring(0, qualifiedName.lastIndexOf('.')));
        }

        /** True if a type of package {@code pkg} may be this sink's: one of the packages or below it. */
        public boolean holdsPackage(String pkg) {
            for (String p : packages) {
                if (p.startsWith("*.") ? pkg.endsWith(p.substring(1))
                        : pkg.equals(p) || pkg.startsWith(p + ".")) {
                    return true;
                }
            }
            return packages.isEmpty();
        }

        /** True if {@code simpleName} is one of the types, or fits a pattern of generated types ({@code Q*}). */
        public boolean namesType(String simpleName) {
            if (types.contains(simpleName)) {
                return true;
            }
            for (String t : types) {
                int prefix = t.length() - 1;
                if (t.endsWith("*") && simpleName.length() > prefix && simpleName.startsWith(t.substring(0, prefix))
                        && Character.isUpperCase(simpleName.charAt(prefix))) {
                    return true;
                }
            }
            return false;
        }

        /** The entity a generated type stands for ({@code Order} for the query bean {@code QOrder}), else the name. */
        public String generatedEntity(String simpleName) {
            for (String t : types) {
                String prefix = t.substring(0, t.length() - 1);
                if (t.endsWith("*") && !types.contains(simpleName) && simpleName.startsWith(prefix)) {
                    return simpleName.substring(prefix.length());
                }
            }
            return simpleName;
        }

        /** True when a receiver called {@code name} looks like this sink's type: a hint, or a name ending in one. */
        boolean hintedBy(String name) {
            if (name == null || name.isEmpty()) {
                return false;
            }
            for (String hint : hints) {
                if (name.equalsIgnoreCase(hint)) {
                    return true;
                }
                if (endsWithCapitalized(name, hint)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** True if {@code name} is longer than {@code hint} and ends with it, its first letter in upper case. */
    private static boolean endsWithCapitalized(String name, String hint) {
        int at = name.length() - hint.length();
        return at > 0 && name.charAt(at) == Character.toUpperCase(hint.charAt(0))
                && name.regionMatches(at + 1, hint, 1, hint.length() - 1);
    }

    private static final SinkCatalog DEFAULT = load();

    private final List<Sink> sinks;
    private final List<EveryRowSink> everyRow;
    private final Map<Kind, List<Sink>> byKind = new EnumMap<>(Kind.class);
    private final Set<String> methodNames;
    private final Set<String> receiverTypes;
    private final Set<String> chainTerminals;
    private final Set<String> annotationTypes;
    private final int longestName;
    private final NameSet methodNameSet;

    private SinkCatalog(List<Sink> sinks, List<EveryRowSink> everyRow) {
        this.sinks = List.copyOf(sinks);
        this.everyRow = List.copyOf(everyRow);
        Set<String> names = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (Kind kind : Kind.values()) {
            byKind.put(kind, sinks.stream().filter(s -> s.kind() == kind).toList());
        }
        for (Sink s : sinks) {
            if (s.kind() == Kind.CALL) {
                names.addAll(s.members());
            }
            if (s.kind() != Kind.ANNOTATION) {
                s.types().stream().filter(t -> !t.endsWith("*")).forEach(types::add);
            }
        }
        this.methodNames = Set.copyOf(names);
        this.receiverTypes = Set.copyOf(types);
        Set<String> terminals = new HashSet<>();
        byKind.get(Kind.CHAIN).forEach(s -> terminals.addAll(s.members()));
        this.chainTerminals = Set.copyOf(terminals);
        Set<String> annotations = new HashSet<>();
        byKind.get(Kind.ANNOTATION).forEach(s -> annotations.addAll(s.types()));
        this.annotationTypes = Set.copyOf(annotations);
        this.longestName = java.util.stream.Stream.concat(methodNames.stream(), annotationTypes.stream())
                .mapToInt(String::length).max().orElse(0);
        this.methodNameSet = new NameSet(methodNames);
    }

    /** The catalog of {@code sinks.txt}. */
    public static SinkCatalog standard() {
        return DEFAULT;
    }

    public List<Sink> sinks() {
        return sinks;
    }

    public List<Sink> of(Kind kind) {
        return byKind.get(kind);
    }

    /** The lines of kind {@code every-row}: calls that may touch every row of a table. */
    public List<EveryRowSink> everyRow() {
        return everyRow;
    }

    /** Every method name of a call sink. */
    Set<String> methodNames() {
        return methodNames;
    }

    /**
     * True if {@code text} between {@code start} and {@code end} is one of {@link #methodNames()}; compares hash codes
     * first, so that the many names that are not cost no string.
     */
    boolean isMethodName(String text, int start, int end) {
        return methodNameSet.contains(text, start, end);
    }

    /** The length of the longest method or annotation name of the catalog. */
    int longestName() {
        return longestName;
    }

    /** Every type simple name of an annotation sink. */
    Set<String> annotationTypes() {
        return annotationTypes;
    }

    /** Every terminal method of a chain sink. */
    Set<String> chainTerminals() {
        return chainTerminals;
    }

    /** Every type simple name of a call or chain sink. */
    Set<String> receiverTypes() {
        return receiverTypes;
    }

    private static SinkCatalog load() {
        try (InputStream in = SinkCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses catalog lines; throws {@link IllegalArgumentException} naming the line of the first error. */
    static SinkCatalog parse(List<String> lines) {
        List<Sink> sinks = new ArrayList<>();
        List<EveryRowSink> everyRow = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.split("\\s", 2)[0].equals(EveryRowSink.KIND)) {
                    everyRow.add(EveryRowSink.parse(line));
                    continue;
                }
                sinks.add(sink(line.split("\\s+")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new SinkCatalog(sinks, everyRow);
    }

    private static Sink sink(String[] columns) {
        Kind kind;
        try {
            kind = Kind.valueOf(columns[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + columns[0] + "' (call, chain or annotation)");
        }
        int expected = kind == Kind.CHAIN ? CHAIN_COLUMNS : COLUMNS;
        if (columns.length != expected) {
            throw new IllegalArgumentException(kind == Kind.CHAIN
                    ? "expected 11 columns for a chain (kind family packages types members sql-arg arity hints"
                            + " starts filters steps), found " + columns.length
                    : "expected 8 columns (kind family packages types members sql-arg arity hints), found "
                            + columns.length);
        }
        boolean chain = kind == Kind.CHAIN;
        List<String> packages = list(columns[2], chain);
        Set<String> types = Set.copyOf(list(columns[3], chain));
        List<String> memberItems = chain ? chainItems(columns[4]) : list(columns[4], false);
        Set<String> members = Set.copyOf(chain ? ChainShape.terminalNames(memberItems) : memberItems);
        if (types.isEmpty() || members.isEmpty()) {
            throw new IllegalArgumentException("types and members must not be empty");
        }
        int sqlArgument = -1;
        int min = 0;
        int max = Integer.MAX_VALUE;
        if (kind == Kind.CALL) {
            sqlArgument = columns[5].equals("*") ? Sink.EVERY_ARGUMENT : number(columns[5], "sql-arg");
        } else if (!columns[5].equals("-")) {
            throw new IllegalArgumentException("sql-arg is - for a " + columns[0]);
        }
        if (kind != Kind.ANNOTATION) {
            String arity = columns[6];
            int dots = arity.indexOf("..");
            if (dots < 0) {
                min = number(arity, "arity");
                max = min;
            } else {
                min = number(arity.substring(0, dots), "arity");
                String upper = arity.substring(dots + 2);
                max = upper.equals("*") ? Integer.MAX_VALUE : number(upper, "arity");
            }
            if (max < min) {
                throw new IllegalArgumentException("arity " + arity + " is empty");
            }
            if (kind == Kind.CALL && sqlArgument != Sink.EVERY_ARGUMENT && sqlArgument >= max) {
                throw new IllegalArgumentException("sql-arg " + sqlArgument + " is past the arity " + arity);
            }
        } else if (!columns[6].equals("-")) {
            throw new IllegalArgumentException("arity is - for an annotation");
        }
        ChainShape shape = chain ? ChainShape.parse(memberItems, columns[8], columns[9], columns[10]) : null;
        return new Sink(kind, columns[1], packages, types, members, sqlArgument, min, max, list(columns[7], false),
                shape);
    }

    /** A chain line's members: terminal names, each optionally {@code =statement}. */
    private static List<String> chainItems(String column) {
        return Arrays.stream(column.split(",")).map(String::strip).toList();
    }

    /**
     * A comma-separated column of names. {@code patterns}: a chain line, whose types may end in {@code *} (generated
     * types named by a prefix and a capital: {@code Q*}) and whose packages may start with {@code *.} (a package
     * ending so: {@code *.query}).
     */
    private static List<String> list(String column, boolean patterns) {
        if (column.equals("-")) {
            return List.of();
        }
        List<String> items = Arrays.stream(column.split(",")).map(String::strip).toList();
        for (String item : items) {
            String name = patterns && item.startsWith("*.") ? item.substring(2)
                    : patterns && item.endsWith("*") ? item.substring(0, item.length() - 1) : item;
            if (name.isEmpty() || !name.chars().allMatch(c -> Character.isJavaIdentifierPart(c) || c == '.')) {
                throw new IllegalArgumentException("'" + item + "' in '" + column + "' is not a name");
            }
        }
        return items;
    }

    private static int number(String text, String column) {
        try {
            int n = Integer.parseInt(text);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a number");
        }
    }
}
