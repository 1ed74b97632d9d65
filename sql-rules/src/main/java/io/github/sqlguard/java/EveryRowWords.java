package io.github.sqlguard.java;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names that make a file worth parsing for the calls of the catalog's {@code every-row} lines: a member name
 * (or a project method a {@code deleteBy*} member stands for) and a type through which such a call can be made (a
 * library type of the lines, or a project type that {@link TypeHierarchy#simpleNamesReaching reaches} one). Most of
 * those names hold a destructive word already; for the ones that do not ({@code remove}), a plain text search keeps
 * the file from being skipped before it is tokenized.
 */
final class EveryRowWords {

    private final Set<String> members = new HashSet<>();
    private final NameSet memberSet;
    private final NameSet typeSet;
    private final List<String> wordsWithoutSql;

    EveryRowWords(SinkCatalog catalog, TypeHierarchy types) {
        Set<String> prefixes = new HashSet<>();
        Set<String> typeNames = new HashSet<>();
        for (EveryRowSink sink : catalog.everyRow()) {
            typeNames.addAll(sink.types().keySet());
            for (String m : sink.members()) {
                if (m.endsWith("*")) {
                    prefixes.add(m.substring(0, m.length() - 1));
                } else {
                    members.add(m);
                }
            }
        }
        members.addAll(types.methodNames(m -> prefixes.stream().anyMatch(m::startsWith)));
        typeNames.addAll(types.simpleNamesReaching(q -> catalog.everyRow().stream().anyMatch(s -> s.isType(q))));
        this.memberSet = new NameSet(members);
        this.typeSet = new NameSet(typeNames);
        Set<String> words = new HashSet<>(prefixes);
        words.addAll(members);
        words.removeIf(w -> ConstantIndex.DESTRUCTIVE_WORD.matcher(w).find());
        words.removeIf(w -> words.stream().anyMatch(other -> !other.equals(w) && w.contains(other)));
        this.wordsWithoutSql = words.stream().sorted().toList();
    }

    /** The exact member names, for the names that make a method body matter. */
    Set<String> members() {
        return members;
    }

    /** False only for text that names no member holding no destructive word: see the class comment. */
    boolean mayName(String text) {
        for (String w : wordsWithoutSql) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    boolean isMember(JavaTokens tokens, int i) {
        return memberSet.contains(tokens, i);
    }

    boolean isType(JavaTokens tokens, int i) {
        return typeSet.contains(tokens, i);
    }
}
