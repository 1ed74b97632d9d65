package io.github.sqlguard.java;

import java.util.List;

/**
 * Which of the words that the text prechecks of one file ask about occur in it, found in one pass and kept for the
 * file the thread read last. The prechecks ({@link TypeHierarchy}, {@link TypeHeads}, {@link ConstantIndex},
 * {@link TextMethods}) ask about the same file one after the other, each once or more; with C1 only, as
 * {@code bin/sqlguard} runs, every {@code String.contains} is a pass of plain Java code over the whole text. A word
 * is found wherever it occurs, as {@code contains} finds it, in identifiers, comments and strings alike.
 */
final class Keywords {

    static final int EXTENDS = 1;
    static final int IMPLEMENTS = 2;
    static final int INTERFACE = 4;
    static final int ABSTRACT = 8;
    static final int CHAR_SEQUENCE = 16;
    private static final int ALL = 31;
    /** The words, in the order of their bits. */
    private static final List<String> WORDS = List.of("extends", "implements", "interface", "abstract",
            "CharSequence");

    private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

    private static final class Last {
        String text;
        int found;
    }

    private Keywords() {
    }

    /** True if one of the {@code words} (or-ed together) occurs in {@code text}. */
    static boolean any(String text, int words) {
        return (of(text) & words) != 0;
    }

    /**
     * Finds the words in the UTF-8 {@code bytes} that {@code text} was decoded from (the words are ASCII, so they are
     * the same bytes in both): a loop over an array, cheaper than one over a string's characters.
     */
    static void read(String text, byte[] bytes) {
        Last last = LAST.get();
        last.found = scan(bytes);
        last.text = text;
    }

    static int of(String text) {
        Last last = LAST.get();
        if (last.text != text) {
            last.found = scan(text);
            last.text = text;
        }
        return last.found;
    }

    private static int scan(byte[] bytes) {
        int found = 0;
        int n = bytes.length;
        for (int i = 0; i < n && found != ALL; i++) {
            switch (bytes[i]) {
                case 'e' -> found |= at(bytes, i, "extends") ? EXTENDS : 0;
                case 'i' -> found |= at(bytes, i, "implements") ? IMPLEMENTS
                        : at(bytes, i, "interface") ? INTERFACE : 0;
                case 'a' -> found |= at(bytes, i, "abstract") ? ABSTRACT : 0;
                case 'C' -> found |= at(bytes, i, "CharSequence") ? CHAR_SEQUENCE : 0;
                default -> {
                }
            }
        }
        return found;
    }

    private static boolean at(byte[] bytes, int from, String word) {
        if (from + word.length() > bytes.length) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if (bytes[from + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The words of a text whose bytes {@link #read} did not see: one {@code contains} each. */
    private static int scan(String text) {
        int found = 0;
        for (int k = 0; k < WORDS.size(); k++) {
            found |= text.contains(WORDS.get(k)) ? 1 << k : 0;
        }
        return found;
    }
}
