package io.github.sqlguard.sql;

import io.github.sqlguard.engine.Engine;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sqlguard.core.Finding;
import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.PositionMap;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The statement stage on input meant to exhaust it: many statements, very long statements, deep nesting, parses that
 * run out of time. Each keeps memory and time bounded and still gives a verdict from the tokens.
 */
class HostileStatementTest {

    private static final SourceFile FILE = new SourceFile(Path.of("big.sql"), "big.sql", SourceContext.MIGRATION);

    private static SqlPiece piece(String text) {
        return SqlPiece.ofFile(text, FILE);
    }

    private static List<SqlStatement> read(String text) {
        return new StatementReader(new SqlParser(10_000)).read(piece(text));
    }

    private static List<Finding> check(String text) {
        return new Engine(Map.of()).checkPieces(List.of(piece(text)));
    }

    @Test
    void treesBeyondTheBudgetAreDroppedAndTheWhereIsThenReadFromTokens() {
        StringBuilder sql = new StringBuilder();
        int statements = 0;
        String note = "n".repeat(4000);
        while (sql.length() < 2 * StatementReader.MAX_TREE_CHARS) {
            sql.append("UPDATE accounts SET note = '").append(note).append("' WHERE id = ").append(statements)
                    .append(" OR id < 0;\n");
            statements++;
        }
        sql.append("UPDATE accounts SET balance = 0 WHERE 1 = 1;\n");
        sql.append("DELETE FROM accounts WHERE id = id OR TRUE;\n");

        List<SqlStatement> read = read(sql.toString());

        assertThat(read).hasSize(statements + 2);
        assertThat(read.get(0).parse().parsed()).isTrue();
        assertThat(read.get(0).whereExpression()).isNotNull();
        SqlStatement late = read.get(statements);
        assertThat(late.parse().parsed()).isFalse();
        assertThat(late.parse().failed()).isFalse();
        assertThat(late.whereExpression()).isNull();
        assertThat(late.facts().hasWhere()).isTrue();
        long kept = read.stream().filter(s -> s.parse().parsed()).mapToLong(s -> s.sql().length()).sum();
        assertThat(kept).isLessThanOrEqualTo(StatementReader.MAX_TREE_CHARS);

        List<Finding> findings = check(sql.toString()).stream()
                .filter(f -> !(f.ruleId().equals("unparsable-sql") && f.message().contains("timed out"))).toList();
        assertThat(findings).extracting(Finding::ruleId).containsExactly("tautological-where",
                "tautological-where");
        assertThat(findings).extracting(f -> f.start().line()).containsExactly(statements + 1, statements + 2);
    }

    @Test
    void theSqlOfAStatementIsDerivedFromItsText() {
        String text = "DELETE /* why */ FROM t\n  WHERE id = :id -- trailing\n  AND x = ${x};";

        SqlStatement statement = read(text).get(0);

        assertThat(statement.sql()).isEqualTo("DELETE FROM t WHERE id = ? AND x = " + SqlPiece.UNKNOWN_FRAGMENT);
    }

    @Test
    void theParseCacheHoldsABoundedAmountOfSql() {
        SqlParser parser = new SqlParser(10_000);
        StatementReader reader = new StatementReader(parser);
        for (int i = 0; i < 20; i++) {
            StringBuilder sql = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                sql.append("DELETE FROM t").append(i).append(" WHERE id = ").append(j).append(" OR note = '")
                        .append("x".repeat(5000)).append("';\n");
            }
            reader.read(piece(sql.toString()));
        }

        assertThat(parser.cachedChars()).isPositive().isLessThanOrEqualTo(SqlParser.MAX_CACHED_CHARS);
    }

    @Test
    void aStatementLongerThanTheParserTakesIsJudgedByItsTokens() {
        StringBuilder cases = new StringBuilder("UPDATE t SET c = CASE id");
        for (int i = 0; cases.length() <= SqlParser.MAX_LENGTH; i++) {
            cases.append(" WHEN ").append(i).append(" THEN 'v").append(i).append('\'');
        }
        String sql = cases + " END FROM u;\nDROP TABLE u;\n";

        List<SqlStatement> read = read(sql);

        assertThat(read.get(0).parse().error()).startsWith("longer than " + SqlParser.MAX_LENGTH);
        assertThat(check(sql)).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("unparsable-sql", "update-without-where", "drop-table");
    }

    @Test
    void aStatementOfManyMegabytesIsReadInPartAndStillJudged() {
        int rows = StatementReader.MAX_READ_CHARS / 10;
        StringBuilder values = new StringBuilder("INSERT INTO t (a, b) VALUES ");
        StringBuilder update = new StringBuilder("UPDATE t SET c = CASE id");
        for (int i = 0; i < rows; i++) {
            values.append("(").append(i).append(", 'v'), ");
            update.append(" WHEN ").append(i).append(" THEN 1");
        }
        String sql = values + "(0, 'end');\n" + update + " END WHERE id > 0;\nDROP TABLE t;\nSELECT 'open";

        List<SqlStatement> read = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(sql));

        assertThat(read).hasSize(4);
        assertThat(read.get(0).verb()).isEqualTo(Verb.INSERT);
        assertThat(read.get(0).parse()).isEqualTo(ParseOutcome.NOT_ATTEMPTED);
        assertThat(read.get(0).sql().length()).isLessThan(StatementReader.MAX_READ_CHARS + 100);
        assertThat(read.get(1).parse().error()).startsWith("longer than " + StatementReader.MAX_READ_CHARS);
        assertThat(read.get(3).parse().error()).contains("never closed");

        List<Finding> findings = check(sql);
        assertThat(findings).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("unparsable-sql", "update-without-where", "drop-table", "unparsable-sql");
        assertThat(findings).allSatisfy(f -> assertThat(f.snippet().length()).isLessThanOrEqualTo(200));
    }

    @Test
    void aParseThatRunsOutOfTimeIsReportedAndTheTokensDecide() {
        StringBuilder sql = new StringBuilder("UPDATE t SET c = CASE id");
        for (int i = 0; sql.length() < SqlParser.MAX_LENGTH - 100; i++) {
            sql.append(" WHEN ").append(i).append(" THEN (CASE WHEN a = ").append(i).append(" THEN 1 ELSE 0 END)");
        }
        sql.append(" END FROM u");
        StatementReader reader = new StatementReader(new SqlParser(1));

        List<SqlStatement> read = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> reader.read(new SqlPiece(sql.toString(), FILE, PositionMap.fixed(Position.START),
                        Set.of(PieceFact.SINGLE_STATEMENT))));

        assertThat(read).singleElement().satisfies(s -> {
            assertThat(s.parse().error()).isEqualTo("timed out after 1 ms");
            assertThat(s.facts().hasWhere()).isFalse();
        });
    }

    /** Found by fuzzing: an integer literal past a long's range made the tautology check throw. */
    @Test
    void integerLiteralsPastALongAreCompared() {
        String big = "55555555555555555555555555552";
        String sql = "DELETE FROM session WHERE (" + big + " = 1);\n"
                + "DELETE FROM session WHERE " + big + " = " + big + ";\n"
                + "UPDATE session SET a = 1 WHERE " + big + ";\n"
                + "UPDATE session SET a = 1 WHERE NOT " + "0".repeat(30) + ";\n"
                + "DELETE FROM session WHERE " + big + " <> 1;\n";

        List<Finding> findings = check(sql).stream()
                .filter(f -> !(f.ruleId().equals("unparsable-sql") && f.message().contains("timed out"))).toList();

        assertThat(findings).extracting(f -> f.ruleId() + ":" + f.start().line())
                .containsExactly("tautological-where:2", "tautological-where:3", "tautological-where:4",
                        "tautological-where:5");
    }

    @Test
    void nestingDeeperThanTheParserTakesIsReportedWithoutParsing() {
        String sql = "DELETE FROM t WHERE " + "(".repeat(5000) + "id = 1" + ")".repeat(5000) + ";\n"
                + "SELECT " + "(".repeat(5000) + "1;\nDROP TABLE t;\n";

        List<SqlStatement> read = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(sql));

        assertThat(read).hasSize(3);
        assertThat(read.get(0).parse().error()).startsWith("nested more than");
        assertThat(read.get(0).facts().hasWhere()).isTrue();
        assertThat(read.get(2).verb()).isEqualTo(Verb.DROP);
    }
}
