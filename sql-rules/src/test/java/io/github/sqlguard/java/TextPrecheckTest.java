package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain text searches that let most files skip tokenizing must never skip a file that matters. */
class TextPrecheckTest {

    private static final SinkCatalog CATALOG = SinkCatalog.standard();

    static Stream<Path> javaFiles() throws IOException {
        Stream<Path> fixtures = Files.walk(Path.of("src/test/resources"));
        Path sample = Path.of("../samples/shop-app/src");
        Stream<Path> all = Files.isDirectory(sample) ? Stream.concat(fixtures, Files.walk(sample)) : fixtures;
        return all.filter(p -> p.toString().endsWith(".java")).sorted();
    }

    @ParameterizedTest
    @MethodSource("javaFiles")
    void aFileSkippedByTheIndexHasNothingToIndex(Path file) throws IOException {
        String text = Files.readString(file);
        ConstantIndex.FileFacts facts = ConstantIndex.scan("f", text, CATALOG);

        if (!facts.definitions().isEmpty() || !facts.references().isEmpty()) {
            assertThat(ConstantIndex.mayContribute(text, CATALOG)).as(file.toString()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("javaFiles")
    void aFileWithoutDestructiveWordsIsOneTheLexerWouldSkip(Path file) throws IOException {
        String text = Files.readString(file);
        JavaSource source = new JavaSource();

        if (!DestructiveWords.anyIn(text) && !new EveryRowWords(CATALOG, TypeHierarchy.EMPTY).mayName(text)) {
            assertThat(source.mayHoldSql(text)).as(file.toString()).isFalse();
        }
    }

    static Stream<Path> javaFolders() throws IOException {
        return QuietBodiesTest.javaFolders();
    }

    /** The index built with its shortcuts answers as the index of every file tokenized does. */
    @ParameterizedTest
    @MethodSource("javaFolders")
    void theIndexAnswersAsIfEveryFileWereTokenized(Path folder) throws IOException {
        List<Path> files = QuietBodiesTest.javaFilesIn(folder);
        ConstantIndex fast = ConstantIndex.build(files, CATALOG);
        ConstantIndex full = ConstantIndex.scanningEveryFile(files, CATALOG);

        assertThat(fast.size()).isEqualTo(full.size());
        assertThat(fast.dangerousNames()).isEqualTo(full.dangerousNames());
        for (Path file : files) {
            String text = Files.readString(file);
            for (TextMethods.TextMethod m : TextMethods.read(ConstantIndex.key(file), text)) {
                assertThat(fast.methods().declared(m.owner(), m.name(), m.arity()).toString()).as(m.toString())
                        .isEqualTo(full.methods().declared(m.owner(), m.name(), m.arity()).toString());
            }
            for (TypeHeads.Head h : TypeHeads.of(text)) {
                assertThat(fast.methods().lineage(h.name(), null)).isEqualTo(full.methods().lineage(h.name(), null));
                assertThat(fast.methods().subtypes(h.name())).isEqualTo(full.methods().subtypes(h.name()));
            }
        }
        for (Path file : files) {
            String key = ConstantIndex.key(file);
            for (ConstantReader.Definition d : ConstantIndex.scan(key, Files.readString(file), CATALOG)
                    .definitions()) {
                assertThat(fast.lookup(d.owner(), d.name()).map(Folded::key))
                        .isEqualTo(full.lookup(d.owner(), d.name()).map(Folded::key));
                assertThat(fast.lookup(null, d.name()).map(Folded::key))
                        .isEqualTo(full.lookup(null, d.name()).map(Folded::key));
                for (Path other : files) {
                    String otherKey = ConstantIndex.key(other);
                    assertThat(fast.referencedElsewhere(d.owner(), d.name(), otherKey)).as(d + " from " + other)
                            .isEqualTo(full.referencedElsewhere(d.owner(), d.name(), otherKey));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "class A { static final String X = \"a\"; }",
        "class A { final static public String X = \"a\"; }",
        "class A { static final @Nonnull String X = \"a\"; }",
        "class A { static final String /* why */ X = \"a\"; }",
        "interface A { String X = \"a\"; }",
        "class A { void f() { jdbc.update (X); } }",
        "class A { void f() { jdbc.update /* now */ (X); } }",
        "class A { @Query(X) void f(); }",
    })
    void declarationsAndSinkCallsAreSeen(String text) {
        assertThat(ConstantIndex.mayContribute(text, CATALOG)).isTrue();
        assertThat(ConstantIndex.scan("f", text, CATALOG)).satisfiesAnyOf(
                f -> assertThat(f.definitions()).isNotEmpty(), f -> assertThat(f.references()).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "class A { private String name = \"a\"; List<String> names; }",
        "class A { void f() { String s = \"x\"; log.info(s); } }",
        "class A { static final int LIMIT = 3; StringBuilder sb = new StringBuilder(); }",
    })
    void plainCodeIsSkipped(String text) {
        assertThat(ConstantIndex.mayContribute(text, CATALOG)).isFalse();
        ConstantIndex.FileFacts facts = ConstantIndex.scan("f", text, CATALOG);
        assertThat(facts.definitions()).isEmpty();
        assertThat(facts.references()).isEmpty();
    }

    @Test
    void destructiveWordsAreFoundInAnyCase() {
        assertThat(DestructiveWords.anyIn("x = \"DeLeTe FROM t\"")).isTrue();
        assertThat(DestructiveWords.anyIn("dsl.dropTableIfExists(T)")).isTrue();
        assertThat(DestructiveWords.anyIn("select * from t where a = 1")).isFalse();
    }

    /** The one-pass search answers as lower-casing the whole text and searching it would, whatever the characters. */
    @ParameterizedTest
    @ValueSource(strings = {"TRUNCATE", "truncat", "x.alTer", "delet", "drop", "dro", "upDATE;", "", "d", "ALTE",
        "\u0130DROP", "DR\u0130P", "DELE\u212aTE", "\uff24ROP", "\u017fdrop", "dr\u00f6p", "up\u0000date",
        "\ud83d\ude00update", "\u0131alter", "a\u0307lter", "trunc\u0391te"})
    void destructiveWordsAnswerAsLowerCasingWould(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean expected = Stream.of("delete", "update", "drop", "truncate", "alter")
                .anyMatch(lower::contains);

        assertThat(DestructiveWords.anyIn(text)).as(text).isEqualTo(expected);
        assertThat(DestructiveWords.anyIn("x " + text + " y")).as(text).isEqualTo(expected);
        assertThat(DestructiveWords.anyIn(text.getBytes(StandardCharsets.UTF_8))).as(text).isEqualTo(expected);
        assertThat(DestructiveWords.anyIn(("x " + text).getBytes(StandardCharsets.ISO_8859_1))).as(text)
                .isEqualTo(DestructiveWords.anyIn(new String(("x " + text).getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8)));
    }

    @Test
    void destructiveWordsAnswerAsLowerCasingWouldOnRandomText() {
        Random random = new Random(7);
        String letters = "dDeElLtTuUpPaArRoOnNcC \u0130\u212a\u0131";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(letters.charAt(random.nextInt(letters.length())));
            }
            destructiveWordsAnswerAsLowerCasingWould(b.toString());
        }
    }
}
