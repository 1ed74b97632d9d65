package io.github.sqlguard.java;

/**
 * A plain search for the destructive SQL words in any case, anywhere in a text: where none occurs, no literal,
 * query-builder verb or constant name of the file can hold one, and the file need not be tokenized.
 */
final class DestructiveWords {

    private static final String[] WORDS = {"delete", "update", "drop", "truncate", "alter"};

    private DestructiveWords() {
    }

    static boolean anyIn(String text) {
        int n = text.length() - 3;
        for (int i = 0; i < n; i++) {
            char second = (char) (text.charAt(i + 1) | 0x20);
            boolean candidate = switch (text.charAt(i) | 0x20) {
                case 'd' -> second == 'e' || second == 'r';
                case 'u' -> second == 'p';
                case 't' -> second == 'r';
                case 'a' -> second == 'l';
                default -> false;
            };
            if (candidate) {
                for (String w : WORDS) {
                    if (text.regionMatches(true, i, w, 0, w.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
