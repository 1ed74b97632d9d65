package io.github.sqlguard.java;

import io.github.sqlguard.core.Settings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.core.Source;
import io.github.sqlguard.core.SourceOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QuietBodiesTest {

    private static final List<Path> FIXTURES = List.of(Path.of("src/test/resources/rules"),
            Path.of("src/test/resources/fixtures"));
    private static final Path SAMPLE = Path.of("../samples/shop-app/src");

    private static QuietBodies.Result blank(String src) {
        return QuietBodies.blank(src, java.util.regex.Pattern.compile("(?i)\\b(delete|update|drop)\\b"),
                new NameSet(Set.of("update", "execute", "jdbc")));
    }

    @Test
    void aQuietMemberBecomesSpacesButForItsLineBreaks() {
        String src = "class A {\n  int f(int x) {\n    return x + 1;\n  }\n  void g() { jdbc.update(\"x\"); }\n}\n";

        QuietBodies.Result r = blank(src);

        assertThat(r.blanked()).isEqualTo(1);
        assertThat(r.text()).isEqualTo("class A {\n" + " ".repeat(16) + "\n" + " ".repeat(17) + "\n   \n"
                + "  void g() { jdbc.update(\"x\"); }\n}\n");
    }

    @Test
    void bodiesThatNameSqlOrHoldItAreKept() {
        String src = """
                class A {
                  String purge = "DELETE FROM t";
                  void a() { String s = purge + " WHERE x = 1"; }
                  void b() { log("could not drop it"); }
                  void c() { class Local { } }
                  void d() { run(() -> { execute(); }); }
                  @SuppressWarnings({"unchecked"}) void e() { execute(); }
                }
                """;

        assertThat(blank(src).blanked()).isZero();
    }

    @Test
    void namesAssignedInABlankedBodyAreReturnedButDeclarationsAreNot() {
        String src = """
                class A {
                  void a(long id) { where = "x" + id; this.tail += "y"; String local = "z"; int i = 0, j = 1; }
                  void b() { jdbc.update("DELETE FROM t" + where); }
                }
                """;

        QuietBodies.Result r = blank(src);

        assertThat(r.blanked()).isEqualTo(1);
        assertThat(r.assigned()).containsExactlyInAnyOrder("where", "tail");
    }

    @Test
    void fieldInitializersAndAnnotationsAreNeverBlanked() {
        String src = """
                class A {
                  int[] sizes = { 1, 2 };
                  Runnable r = () -> { System.out.println(); };
                  static { System.out.println(); }
                  void b() { jdbc.update("DELETE FROM t"); }
                }
                """;

        QuietBodies.Result r = blank(src);

        assertThat(r.blanked()).isEqualTo(1);
        assertThat(r.text()).contains("int[] sizes = { 1, 2 };", "Runnable r = () -> { System.out.println(); };")
                .doesNotContain("static");
    }

    @Test
    void aQuietBodyUnderALoudDeclarationOrInAnEnumKeepsItsDeclaration() {
        String src = """
                class A {
                  @SuppressWarnings("sqlguard:drop-table") void a() { log(); }
                  void b() { jdbc.update("DROP TABLE t"); }
                  enum E { ONE { void f() { log(); } }; void g() { log(); } }
                }
                """;

        QuietBodies.Result r = blank(src);

        assertThat(r.text()).contains("@SuppressWarnings(\"sqlguard:drop-table\") void a() {")
                .contains("ONE {").contains("void g() {").doesNotContain("log()");
    }

    @Test
    void aChainOfVariablesTooLongToFollowLeavesTheFileWhole() {
        String src = """
                class A {
                  void m() { log(e); }
                  void n() { jdbc.update(e); }
                  String e = d; String d = c; String c = b; String b = x; String x = "DELETE FROM t";
                }
                """;

        QuietBodies.Result r = blank(src);

        assertThat(r.text()).isEqualTo(src);
        assertThat(r.mayFind()).isTrue();
    }

    @Test
    void aFileThatNamesNoSinkAndKeepsNoDestructiveTextNeedNotBeParsed() {
        String quiet = "class A { void f() { log.info(\"could not update the cache\"); } }";
        String loud = "class A { void f() { String s = \"DELETE FROM t\"; } }";

        assertThat(blank(quiet).mayFind()).isFalse();
        assertThat(blank(loud).mayFind()).isTrue();
    }

    static Stream<Path> javaFolders() throws IOException {
        List<Path> roots = new ArrayList<>(FIXTURES);
        if (Files.isDirectory(SAMPLE)) {
            roots.add(SAMPLE);
        }
        List<Path> folders = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isDirectory).filter(QuietBodiesTest::holdsJava).forEach(folders::add);
            }
        }
        return folders.stream().sorted();
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.toString().endsWith(".java"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The Java files directly in {@code folder}, sorted. */
    static List<Path> javaFilesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Leaving quiet bodies out of the parse gives exactly what parsing every body gives, regions included. */
    @ParameterizedTest
    @MethodSource("javaFolders")
    void blankingChangesNoResult(Path folder) throws IOException {
        List<Path> files = javaFilesIn(folder);
        Source fast = new JavaSource().prepare(files);
        Source full = JavaSource.parsingEveryBody().prepare(files);
        for (Path file : files) {
            assertThat(read(fast, file)).as(file.toString()).isEqualTo(read(full, file));
        }
    }

    private static List<String> read(Source source, Path file) throws IOException {
        List<String> out = new ArrayList<>();
        source.read(new SourceFile(file, file.toString(), SourceContext.APPLICATION), Files.readString(file),
                new SourceOutput() {
                    @Override
                    public void piece(SqlPiece piece) {
                        out.add(piece.positions().at(0) + "-" + piece.positions().after(piece.text().length() - 1)
                                + " " + piece.codeLine() + " " + piece.text() + " " + piece.facts() + " "
                                + piece.suppressedRules() + " " + piece.followingStopped());
                    }

                    @Override
                    public void settings(Settings settings) {
                        throw new AssertionError("Java gives pieces, not settings");
                    }

                    @Override
                    public void problem(String message) {
                        out.add(message);
                    }

                    @Override
                    public void reference(Path path) {
                        out.add(path.toString());
                    }
                });
        return out;
    }
}
