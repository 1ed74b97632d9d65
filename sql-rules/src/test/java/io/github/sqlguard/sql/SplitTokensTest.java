package io.github.sqlguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tokens the split hands over with each statement are those that lexing the statement's span again gives: the
 * same statements, the same code tokens (depths included), the same last token, the same cut at the limit.
 */
class SplitTokensTest {

    private static final int LIMIT = StatementReader.MAX_READ_CHARS;

    /** What reading each span again gives, the way statements were read before the split handed tokens over. */
    private static List<String> relexed(String text, int limit) {
        List<String> out = new ArrayList<>();
        for (Span span : StatementSplitter.split(text)) {
            List<Token> code = new ArrayList<>();
            Token last = null;
            SqlLexer lexer = SqlLexer.stream(text, span.start(), span.end());
            Token t;
            while ((t = lexer.next()) != null) {
                if (t.type() != Token.Type.COMMENT && t.start() - span.start() < limit) {
                    code.add(t);
                }
                last = t;
            }
            out.add(span + " " + code + " " + last);
        }
        return out;
    }

    private static List<String> handedOver(String text, int limit) {
        List<String> out = new ArrayList<>();
        StatementSplitter.forEach(text, limit, read -> out.add(read.span() + " " + read.code() + " " + read.last()));
        return out;
    }

    static Stream<Path> scripts() throws IOException {
        List<Path> roots = List.of(Path.of("src/test/resources/rules"), Path.of("src/test/resources/fixtures"),
                Path.of("src/test/resources/splitter"), Path.of("../samples"));
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(p -> p.toString().endsWith(".sql") && !p.toString().contains("/target/")).sorted()
                            .forEach(files::add);
                }
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void theScriptsOfTheFixtures(Path script) throws IOException {
        String text = Files.readString(script);

        assertThat(handedOver(text, LIMIT)).isEqualTo(relexed(text, LIMIT)).isNotEmpty();
        assertThat(handedOver(text, 12)).isEqualTo(relexed(text, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DELETE FROM a; UPDATE b SET x = (1; DROP TABLE c",
        "CREATE PROCEDURE p() BEGIN DELETE FROM t; IF x THEN UPDATE t SET a = 1; END IF; END; DROP TABLE t;",
        "DELIMITER $$\nCREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN DELETE FROM y; END$$\nDELIMITER ;\n"
                + "DELETE FROM z;",
        "DELETE FROM a\nGO\nDROP TABLE b\n/\nPROMPT hi\nTRUNCATE c;",
        "COPY t FROM STDIN;\n1\t2\n\\.\nDELETE FROM t;",
        "CREATE FUNCTION f() RETURNS void AS $$ BEGIN DELETE FROM t; END $$ LANGUAGE plpgsql; DROP TABLE u;",
        "SELECT 'never closed; DROP TABLE x",
        "DELETE FROM t /* open comment",
        "  ;; ; DELETE -- c\nFROM t ; ",
        "BEGIN TRANSACTION; DELETE FROM t; COMMIT;",
        "UPDATE t SET a = (SELECT max(b) FROM (SELECT b FROM u) v); DELETE FROM w WHERE ((x = 1);",
    })
    void edgeCases(String text) {
        assertThat(handedOver(text, LIMIT)).isEqualTo(relexed(text, LIMIT));
        assertThat(handedOver(text, 7)).isEqualTo(relexed(text, 7));
    }

    @Test
    void randomScripts() {
        String[] parts = {"DELETE", "FROM", "t", "UPDATE", "SET", "x", "=", "1", ";", ";", "(", ")", "BEGIN", "END",
            "CASE", "IF", "AS", "IS", "$$", "$a$", "'", "\"", "--", "/*", "*/", "\n", "\nGO\n", "\n/\n",
            "\nDELIMITER //\n", "//", "\nDELIMITER ;\n", "CREATE", "PROCEDURE", "TRIGGER", "FUNCTION", "DECLARE",
            "COPY", "STDIN", "\n\\.\n", "PROMPT", "WHERE", "DROP", "TABLE", "[n]", "`q`", "E'\\''", "N'x'", " "};
        Random random = new Random(11);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                b.append(parts[random.nextInt(parts.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String text = b.toString();
            assertThat(handedOver(text, LIMIT)).as(text).isEqualTo(relexed(text, LIMIT));
            assertThat(handedOver(text, 9)).as(text).isEqualTo(relexed(text, 9));
        }
    }
}
