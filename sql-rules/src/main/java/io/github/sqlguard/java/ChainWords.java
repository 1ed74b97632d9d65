package io.github.sqlguard.java;

import io.github.sqlguard.java.SinkCatalog.Kind;
import io.github.sqlguard.java.SinkCatalog.Sink;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The text precheck's view of the catalog's chain lines: a file can hold a builder chain only if, for one line, its
 * identifiers name a start call (or a type a constructor starts), a terminal call, and one of the line's types or a
 * receiver that the line's hints match. Names shared by many libraries ({@code update}, {@code delete}) make the
 * first two common; the third keeps {@code digest.update(bytes); list.delete(0);} from being parsed.
 */
final class ChainWords {

    private final List<Line> lines;
    private final List<Line> generating;
    private final NameSet starts;
    private final NameSet terminals;

    ChainWords(SinkCatalog catalog) {
        this.lines = catalog.of(Kind.CHAIN).stream().map(Line::new).toList();
        this.generating = lines.stream().filter(l -> l.generated).toList();
        Set<String> startNames = new HashSet<>();
        Set<String> terminalNames = new HashSet<>();
        for (Line line : lines) {
            startNames.addAll(line.starts);
            terminalNames.addAll(line.sink.members());
        }
        this.starts = new NameSet(startNames);
        this.terminals = new NameSet(terminalNames);
    }

    /** Every start call, terminal call and type a constructor starts: the names that make a method body matter. */
    Set<String> names() {
        Set<String> names = new HashSet<>();
        for (Line line : lines) {
            names.addAll(line.starts);
            names.addAll(line.sink.members());
            names.addAll(line.sink.chain().carriers());
        }
        return names;
    }

    /** True if identifier {@code i} may start a chain of some line: a start call or a type a constructor starts. */
    boolean start(JavaTokens tokens, int i) {
        if (starts.contains(tokens, i)) {
            return true;
        }
        for (Line line : generating) {
            if (line.generated(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** True if identifier {@code i} is a terminal call of some line. */
    boolean terminal(JavaTokens tokens, int i) {
        return terminals.contains(tokens, i);
    }

    /** True if one line finds a start, a terminal and a type or receiver among the identifiers of {@code tokens}. */
    boolean anyLineIn(JavaTokens tokens) {
        boolean[] start = new boolean[lines.size()];
        boolean[] terminal = new boolean[lines.size()];
        boolean[] receiver = new boolean[lines.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) != JavaTokens.IDENT) {
                continue;
            }
            String name = tokens.text(i);
            if (!seen.add(name)) {
                continue; // a name says the same for every line each time it occurs
            }
            for (int k = 0; k < lines.size(); k++) {
                Line line = lines.get(k);
                boolean generated = line.generated && line.sink.namesType(name);
                start[k] = start[k] || generated || line.starts.contains(name);
                terminal[k] = terminal[k] || line.sink.members().contains(name);
                receiver[k] = receiver[k] || generated || line.receiver(name);
                if (start[k] && terminal[k] && receiver[k]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final class Line {
        private final Sink sink;
        private final Set<String> starts = new HashSet<>();
        private final boolean generated;

        Line(Sink sink) {
            this.sink = sink;
            starts.addAll(sink.chain().startNames());
            if (sink.chain().hasConstructorStart()) {
                sink.types().stream().filter(t -> !t.endsWith("*")).forEach(starts::add);
            }
            this.generated = sink.chain().hasConstructorStart() && sink.types().stream().anyMatch(t -> t.endsWith("*"));
        }

        /** True if identifier {@code i} fits a pattern of generated types: a prefix and a capital. */
        boolean generated(JavaTokens tokens, int i) {
            if (!generated) {
                return false;
            }
            String source = tokens.source();
            for (String type : sink.types()) {
                int prefix = type.length() - 1;
                int at = tokens.start(i);
                if (type.endsWith("*") && tokens.end(i) > at + prefix && source.startsWith(type.substring(0, prefix), at)
                        && Character.isUpperCase(source.charAt(at + prefix))) {
                    return true;
                }
            }
            return false;
        }

        /** A type of the line, a getter of one ({@code getDslContext}), or a name a hint matches. */
        boolean receiver(String name) {
            for (String type : sink.types()) {
                if (name.endsWith(type)) {
                    return true;
                }
            }
            return sink.hintedBy(name);
        }
    }
}
