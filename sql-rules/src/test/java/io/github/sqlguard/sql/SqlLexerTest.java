package io.github.sqlguard.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sqlguard.sql.Token.Type;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    private static List<String> texts(String sql, Type type) {
        return SqlLexer.tokenize(sql).stream().filter(t -> t.type() == type).map(t -> t.text(sql)).toList();
    }

    @Test
    void bracketQuotedNamesAreOneToken() {
        String sql = "SELECT [a;b], dbo.[c d], [e]]f] FROM [t]";
        assertThat(texts(sql, Type.QUOTED_NAME)).containsExactly("[a;b]", "[c d]", "[e]]f]", "[t]");
    }

    @Test
    void arraySubscriptsAreNotQuotedNames() {
        String sql = "SELECT a[1], ARRAY['x]'], (f(x))[2], '{1}'::int[] FROM t";
        assertThat(texts(sql, Type.QUOTED_NAME)).isEmpty();
        assertThat(texts(sql, Type.STRING)).containsExactly("'x]'", "'{1}'");
    }

    @Test
    void openBracketWithoutCloseOnTheLineIsASymbol() {
        String sql = "SELECT [a\n] FROM t";
        assertThat(texts(sql, Type.QUOTED_NAME)).isEmpty();
        assertThat(texts(sql, Type.WORD)).containsExactly("SELECT", "a", "FROM", "t");
    }

    @Test
    void dollarQuoteClosedOnlyBeyondTheRangeIsUnterminated() {
        String sql = "SELECT $a$ x; $a$";
        List<Token> tokens = SqlLexer.tokenize(sql, 0, 15);
        Token last = tokens.get(tokens.size() - 1);
        assertThat(last.type()).isEqualTo(Type.STRING);
        assertThat(last.unterminated()).isTrue();
        assertThat(last.end()).isEqualTo(15);
    }

    @Test
    void placeholdersStillWork() {
        String sql = "WHERE a = #{id} AND b = ${col} AND c = #{\n AND d = '}'";
        assertThat(texts(sql, Type.PLACEHOLDER)).containsExactly("#{id}", "${col}");
    }

    @Test
    void unclosedBracesAndBracketsOnALongLineStayLinear() {
        String braces = "#{".repeat(300_000) + " ${".repeat(300_000);
        String brackets = " [".repeat(300_000) + "'";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertThat(SqlLexer.tokenize(braces)).hasSize(1_200_000);
            assertThat(SqlLexer.tokenize(brackets)).hasSize(300_001);
        });
    }

    @Test
    void backslashEscapesQuotesWhenTheStandardReadingWouldSwallowStatements() {
        String mysql = "INSERT INTO c VALUES ('Pa\\'anga');\nDROP TABLE c;\nINSERT INTO c VALUES ('x');";
        assertThat(texts(mysql, Type.STRING)).containsExactly("'Pa\\'anga'", "'x'");
        assertThat(texts(mysql, Type.WORD)).contains("DROP", "TABLE");
    }

    @Test
    void backslashIsAPlainCharacterWhenEscapingWouldSwallowStatements() {
        String standard = "UPDATE s SET p = 'C:\\' WHERE id = 1;\nDROP TABLE old;\nSELECT 'x';";
        assertThat(texts(standard, Type.STRING)).containsExactly("'C:\\'", "'x'");
        assertThat(texts(standard, Type.WORD)).contains("DROP", "WHERE");
    }

    @Test
    void withoutABackslashBeforeAQuoteBothReadingsAgree() {
        String sql = "SELECT 'a\\b', 'it''s' FROM t";
        assertThat(texts(sql, Type.STRING)).containsExactly("'a\\b'", "'it''s'");
    }

    @Test
    void executableCommentsAreCodeAndPlainOnesAndHintsAreComments() {
        String sql = "/*!50001 DROP VIEW v*/; /*M!100100 DELETE FROM c */; /*+ FULL(t) */ /* DROP TABLE x */";
        assertThat(texts(sql, Type.WORD)).containsExactly("DROP", "VIEW", "v", "DELETE", "FROM", "c");
        assertThat(texts(sql, Type.COMMENT)).containsExactly("/*+ FULL(t) */", "/* DROP TABLE x */");
        assertThat(texts("SELECT a */* c */ b", Type.SYMBOL)).containsExactly("*");
    }
}
