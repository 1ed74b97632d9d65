package io.github.sqlguard.java;

import java.nio.charset.StandardCharsets;

/**
 * A plain search for the destructive SQL words in any case, anywhere in a text: where none occurs, no literal,
 * query-builder verb or constant name of the file can hold one, and the file need not be tokenized.
 */
final class DestructiveWords {

    private DestructiveWords() {
    }

    static boolean anyIn(String text) {
        return anyIn(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The search on a file's UTF-8 bytes, as they are read: the words are ASCII, and in UTF-8 no byte of another
     * character (nor of a malformed sequence, which decodes to U+FFFD) is an ASCII letter. One pass compares ASCII
     * letters without regard to case ({@code b | 0x20} is the lower case of an ASCII letter and equals it only for
     * that letter's two cases; no other character lower-cases to the letters of these words). It runs on every file
     * of a scan, mostly before the JIT has compiled it, where indexing an array is far cheaper than
     * {@link String#charAt} and a simple loop beats lower-casing the text and searching it five times.
     */
    static boolean anyIn(byte[] bytes) {
        int n = bytes.length;
        for (int i = 0; i < n; i++) {
            switch (bytes[i] | 0x20) {
                case 'd' -> {
                    if (wordAt(bytes, i, "delete") || wordAt(bytes, i, "drop")) {
                        return true;
                    }
                }
                case 'u' -> {
                    if (wordAt(bytes, i, "update")) {
                        return true;
                    }
                }
                case 't' -> {
                    if (wordAt(bytes, i, "truncate")) {
                        return true;
                    }
                }
                case 'a' -> {
                    if (wordAt(bytes, i, "alter")) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean wordAt(byte[] bytes, int at, String word) {
        if (at + word.length() > bytes.length) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if ((bytes[at + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
