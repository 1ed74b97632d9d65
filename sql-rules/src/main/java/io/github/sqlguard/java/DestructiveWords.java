package io.github.sqlguard.java;

/**
 * A plain search for the destructive SQL words in any case, anywhere in a text: where none occurs, no literal,
 * query-builder verb or constant name of the file can hold one, and the file need not be tokenized.
 */
final class DestructiveWords {

    private DestructiveWords() {
    }

    /**
     * One pass over the text, comparing ASCII letters without regard to case ({@code c | 0x20} is the lower case of
     * an ASCII letter and equals one only for that letter's two cases; no other character lower-cases to the
     * letters of these words). It runs on every file of a scan, most often before the JIT has compiled the JDK's
     * vectorized searches, and a single simple loop is the fastest way there.
     */
    static boolean anyIn(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            switch (text.charAt(i) | 0x20) {
                case 'd' -> {
                    if (wordAt(text, i, "delete") || wordAt(text, i, "drop")) {
                        return true;
                    }
                }
                case 'u' -> {
                    if (wordAt(text, i, "update")) {
                        return true;
                    }
                }
                case 't' -> {
                    if (wordAt(text, i, "truncate")) {
                        return true;
                    }
                }
                case 'a' -> {
                    if (wordAt(text, i, "alter")) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * The same search on a file's UTF-8 bytes, as they are read: the words are ASCII, and in UTF-8 no byte of another
     * character (nor a malformed sequence, which decodes to U+FFFD) is an ASCII letter. Indexing an array is far
     * cheaper than {@link String#charAt} while the JIT has not compiled the loop, which for this first pass over every
     * file of a scan is much of the time.
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

    /** True if {@code word} (lower case) stands at {@code at}, its first letter already matched. */
    private static boolean wordAt(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if ((text.charAt(at + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
