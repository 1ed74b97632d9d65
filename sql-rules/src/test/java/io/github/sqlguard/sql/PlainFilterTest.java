package io.github.sqlguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.SqlPiece;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which statements are settled from their tokens and never reach the parser; the fixtures check the verdicts. */
class PlainFilterTest {

    private static SqlStatement read(String sql) {
        SqlPiece piece = SqlPiece.ofFile(sql, new io.github.sqlguard.core.SourceFile(Path.of("t.sql"), "t.sql",
                io.github.sqlguard.core.SourceContext.MIGRATION));
        return new StatementReader(new SqlParser(10_000)).read(piece).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DELETE FROM t WHERE id = ?",
        "UPDATE t SET a = 1 WHERE t.id >= 10 AND 1 = 1",
        "UPDATE t SET a = 1 WHERE status IN ('a', 'b')",
        "DELETE FROM t WHERE deleted_at IS NOT NULL RETURNING id",
        "UPDATE t SET a = 1 WHERE created_at < now()",
        "DELETE FROM t WHERE id NOT IN (SELECT id FROM u)",
        "DELETE FROM t WHERE id = ?;\n",
    })
    void aColumnComparedWithAValueIsNotParsed(String sql) {
        SqlStatement statement = read(sql);

        assertThat(statement.parse()).isSameAs(ParseOutcome.NOT_ATTEMPTED);
        assertThat(statement.facts().hasWhere()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DELETE FROM t",
        "DELETE FROM s.t;",
        "UPDATE t SET a = 1, b = 'x'",
        "UPDATE \"t\" SET a = (SELECT max(x) FROM u WHERE u.id = 2)",
    })
    void aStatementThatPlainlyTouchesEveryRowIsNotParsed(String sql) {
        SqlStatement statement = read(sql);

        assertThat(statement.parse()).isSameAs(ParseOutcome.NOT_ATTEMPTED);
        assertThat(statement.facts().hasWhere()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE t SET a = 1 FROM u",
        "DELETE FROM t USING u",
        "DELETE t1 FROM t1 JOIN t2 ON t1.id = t2.id",
        "DELETE FROM t LIMIT 10",
        "DELETE FROM t WHERE id = id",
        "DELETE FROM t WHERE t.id = t.id",
        "DELETE FROM t WHERE id = ? OR 1 = 1",
        "DELETE FROM t WHERE NOT id = ?",
        "DELETE FROM t WHERE (id = ?)",
        "DELETE FROM t WHERE 1 = 1",
        "DELETE FROM t WHERE EXISTS (SELECT 1 FROM u)",
        "DELETE FROM t WHERE id = = 2",
        "DELETE FROM orders WHERE id IN ((( AND",
        "DELETE FROM t WHERE id = ? AND",
        "DELETE FROM t WHERE id = ? AND AND x = 1",
        "DELETE FROM t WHERE id = ?)",
        "UPDATE t SET a = 1 WHERE active = TRUE",
    })
    void everythingElseIsParsed(String sql) {
        SqlStatement statement = read(sql);

        assertThat(statement.parse()).isNotSameAs(ParseOutcome.NOT_ATTEMPTED);
    }
}
