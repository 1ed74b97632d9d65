package io.github.sqlguard.scan;

import java.nio.charset.StandardCharsets;

/** Bytes to text the way a scanner needs it: UTF-8, bad bytes replaced (never fatal), BOM dropped. */
final class TextFiles {

    private TextFiles() {
    }

    /** True for content with NUL bytes in its first 8 KiB: not a text file. */
    static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of {@code bytes}; malformed sequences become U+FFFD. Decoded in one step into the string itself, so a
     * large file costs its bytes and its text, with no intermediate character buffer.
     */
    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }
}
