package io.github.sqlguard.java;

import java.util.Arrays;
import java.util.Set;

/**
 * A set of identifiers that answers for a region of a text without making a string of it: the region's hash code is
 * looked up first, and only a hit costs a substring. The lexers ask it for every identifier of a file, and nearly
 * all of them are not in it.
 */
final class NameSet {

    private final Set<String> names;
    private final int[] hashes;
    private final int longest;

    NameSet(Set<String> names) {
        this.names = Set.copyOf(names);
        this.hashes = names.stream().mapToInt(String::hashCode).sorted().toArray();
        this.longest = names.stream().mapToInt(String::length).max().orElse(0);
    }

    boolean contains(String text, int start, int end) {
        if (end - start > longest) {
            return false;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return contains(text, start, end, hash);
    }

    /** As {@link #contains(String, int, int)}, with the region's hash code known. */
    boolean contains(String text, int start, int end, int hash) {
        return end - start <= longest && Arrays.binarySearch(hashes, hash) >= 0
                && names.contains(text.substring(start, end));
    }

    /** True if identifier {@code i} of {@code tokens} is in the set. */
    boolean contains(JavaTokens tokens, int i) {
        return contains(tokens.source(), tokens.start(i), tokens.end(i), tokens.hash(i));
    }

    boolean contains(String name) {
        return names.contains(name);
    }

    int longest() {
        return longest;
    }

    boolean isEmpty() {
        return names.isEmpty();
    }
}
