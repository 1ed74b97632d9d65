package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordsTest {

    private static final List<String> WORDS = List.of("extends", "implements", "interface", "abstract",
            "CharSequence");
    private static final int[] BITS = {Keywords.EXTENDS, Keywords.IMPLEMENTS, Keywords.INTERFACE, Keywords.ABSTRACT,
        Keywords.CHAR_SEQUENCE};
    private static final List<String> PIECES = List.of("ext", "ends", "extend", "imple", "ments", "inter", "face",
            "abs", "tract", "Char", "Sequence", "e", "i", "a", "C", " ", "\n", "ä", "€", "/*", "\"", "String");

    @Test
    void findsWhatContainsFindsFromTheTextAndFromItsBytes() {
        Random random = new Random(17);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                sb.append(random.nextInt(8) == 0 ? WORDS.get(random.nextInt(WORDS.size()))
                        : PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = sb.toString();
            int expected = 0;
            for (int w = 0; w < WORDS.size(); w++) {
                expected |= text.contains(WORDS.get(w)) ? BITS[w] : 0;
            }
            String fresh = new String(text.toCharArray());
            assertThat(Keywords.of(fresh)).as(text).isEqualTo(expected);
            String decoded = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            Keywords.read(decoded, text.getBytes(StandardCharsets.UTF_8));
            assertThat(Keywords.of(decoded)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void aWordSplitAcrossTheEndIsNotFound() {
        assertThat(Keywords.of(new String("class A exten".toCharArray()))).isZero();
        Keywords.read("x", "class A implement".getBytes(StandardCharsets.UTF_8));
        assertThat(Keywords.of("x")).isZero();
    }
}
