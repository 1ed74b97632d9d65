package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.core.SqlPiece;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaFoldingTest {

    private static final String U = SqlPiece.UNKNOWN_FRAGMENT;

    @TempDir
    Path dir;

    private String fold(String methodBody) {
        return JavaSources.members(dir, "void run(JdbcTemplate jdbc, String table, String where, int id) {\n"
                + methodBody + "\n}").only().text();
    }

    private static String squeeze(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    @Test
    void literalAndConcatenation() {
        assertThat(fold("jdbc.update(\"DELETE FROM t \" + \"WHERE id = ?\", id);")).isEqualTo("DELETE FROM t WHERE id = ?");
        assertThat(fold("jdbc.update((\"DELETE \" + (\"FROM \" + \"t\")) + ';');")).isEqualTo("DELETE FROM t;");
    }

    @Test
    void threeThousandTermConcatenationDoesNotOverflow() {
        StringBuilder expr = new StringBuilder("\"DELETE FROM t WHERE id IN (0\"");
        StringBuilder expected = new StringBuilder("DELETE FROM t WHERE id IN (0");
        for (int i = 1; i < 3000; i++) {
            expr.append(" + \", ").append(i).append('"');
            expected.append(", ").append(i);
        }
        expr.append(" + \")\"");
        expected.append(')');
        assertThat(fold("jdbc.update(" + expr + ");")).isEqualTo(expected.toString());
    }

    @Test
    void deepChainOnASmallStackIsReadOnALargerOne() throws InterruptedException {
        StringBuilder expr = new StringBuilder("\"DELETE FROM t\"");
        for (int i = 0; i < 3000; i++) {
            expr.append(" + \"\"");
        }
        AtomicReference<JavaSources> result = new AtomicReference<>();
        Thread small = new Thread(null, () -> result.set(JavaSources.members(dir,
                "void run(JdbcTemplate jdbc) { jdbc.update(" + expr + "); }")), "small", 128 * 1024);
        small.start();
        small.join();
        assertThat(result.get().problems).isEmpty();
        assertThat(result.get().sql()).containsExactly("DELETE FROM t");
    }

    @Test
    void textBlock() {
        assertThat(fold("jdbc.update(\"\"\"\n        DELETE FROM t\n        WHERE id = ?\n        \"\"\", id);"))
                .isEqualTo("DELETE FROM t\nWHERE id = ?\n");
    }

    @Test
    void formatAndFormatted() {
        assertThat(fold("jdbc.update(String.format(\"DELETE FROM %s WHERE id = %d\", \"orders\", 5));"))
                .isEqualTo("DELETE FROM orders WHERE id = 5");
        assertThat(fold("jdbc.update(String.format(java.util.Locale.ROOT, \"DELETE FROM %2$s%%%n\", 1, \"t\"));"))
                .isEqualTo("DELETE FROM t%\n");
        assertThat(squeeze(fold("jdbc.update(\"DELETE FROM %s\".formatted(table));")))
                .isEqualTo("DELETE FROM " + U);
        assertThat(squeeze(fold("jdbc.update(\"DELETE FROM t WHERE id = %5d\".formatted(id));")))
                .isEqualTo("DELETE FROM t WHERE id = " + U);
    }

    @Test
    void join() {
        assertThat(fold("jdbc.update(String.join(\" \", \"DELETE\", \"FROM\", \"t\"));")).isEqualTo("DELETE FROM t");
        assertThat(fold("jdbc.update(\"DELETE FROM t WHERE \" + String.join(\" AND \", java.util.List.of(\"a = ?\","
                + " \"b = ?\")));")).isEqualTo("DELETE FROM t WHERE a = ? AND b = ?");
        assertThat(squeeze(fold("jdbc.update(\"DELETE FROM t WHERE \" + String.join(\" AND \", conditions()));")))
                .isEqualTo("DELETE FROM t WHERE " + U);
    }

    @Test
    void builderChainAndLocalBuilder() {
        assertThat(fold("jdbc.update(new StringBuilder(\"DELETE FROM \").append(\"t\").append(\" WHERE id = ?\")"
                + ".toString(), id);")).isEqualTo("DELETE FROM t WHERE id = ?");
        assertThat(fold("""
                StringBuilder sb = new StringBuilder(64);
                sb.append("DELETE FROM ");
                sb.append("t");
                log.info("building");
                sb.append(" WHERE id = ?").append(" AND a = 1");
                jdbc.update(sb.toString(), id);
                sb.append(" ignored after the call");
                """)).isEqualTo("DELETE FROM t WHERE id = ? AND a = 1");
        assertThat(fold("""
                StringBuffer sb = new StringBuffer();
                sb.append("DELETE FROM t");
                String sql = sb.toString();
                jdbc.update(sql);
                """)).isEqualTo("DELETE FROM t");
    }

    @Test
    void builderHandedToAMethodIsUnknownFromThere() {
        assertThat(squeeze(fold("""
                StringBuilder sb = new StringBuilder("DELETE FROM t");
                addFilters(sb);
                jdbc.update(sb.toString());
                """))).isEqualTo("DELETE FROM t " + U);
    }

    @Test
    void localsAssignedOnceOrAppended() {
        assertThat(fold("""
                final String base = "DELETE FROM t";
                String sql = base + " WHERE id = ?";
                jdbc.update(sql, id);
                """)).isEqualTo("DELETE FROM t WHERE id = ?");
        assertThat(fold("""
                String sql = "DELETE FROM t";
                sql += " WHERE id = ?";
                sql = sql + " AND a = 1";
                jdbc.update(sql, id);
                """)).isEqualTo("DELETE FROM t WHERE id = ? AND a = 1");
        assertThat(fold("""
                String sql;
                sql = "DELETE FROM t";
                jdbc.update(sql);
                """)).isEqualTo("DELETE FROM t");
        assertThat(squeeze(fold("""
                String sql = " delete from t ";
                sql = sql.trim();
                sql = "/* purge */ " + sql;
                jdbc.update(sql);
                """))).isEqualTo("/* purge */ delete from t");
    }

    @Test
    void constantsOfTheSameFile() {
        assertThat(JavaSources.members(dir, """
                private static final String TABLE = "orders";
                private static final String PURGE = "DELETE FROM " + TABLE;
                private final String where = " WHERE id = ?";
                void run(JdbcTemplate jdbc) { jdbc.update(PURGE + this.where); jdbc.update(T.PURGE); }
                """).sql()).containsExactly("DELETE FROM orders WHERE id = ?", "DELETE FROM orders");
    }

    @Test
    void constantsOfOtherFiles() {
        JavaSources read = JavaSources.read(dir,
                "q/Tables.java", "package q; public interface Tables { String ORDERS = \"orders\"; }",
                "q/Queries.java", """
                        package q;
                        public final class Queries {
                            public static final String PURGE = "DELETE FROM " + Tables.ORDERS;
                            public static final String BY_ID = " WHERE id = ?";
                            static final class Inner { static final String ALL = "UPDATE t SET a = 1"; }
                        }
                        """,
                "d/Dao.java", """
                        package d;
                        import static q.Queries.BY_ID;
                        import q.Queries;
                        class Dao {
                            void run(org.springframework.jdbc.core.JdbcTemplate jdbc) {
                                jdbc.update(Queries.PURGE + BY_ID);
                                jdbc.update(q.Queries.Inner.ALL);
                                jdbc.update(Queries.MISSING);
                                jdbc.update(Queries.PURGE + Queries.MISSING);
                            }
                        }
                        """);
        assertThat(read.sql()).containsExactly("DELETE FROM orders WHERE id = ?", "UPDATE t SET a = 1",
                "DELETE FROM orders " + U + " ");
    }

    @Test
    void unknownFragmentsNeverGuess() {
        assertThat(squeeze(fold("jdbc.update(\"DELETE FROM \" + table);"))).isEqualTo("DELETE FROM " + U);
        assertThat(squeeze(fold("jdbc.update(\"DELETE FROM t\" + where);"))).isEqualTo("DELETE FROM t " + U);
        assertThat(squeeze(fold("jdbc.update(\"DELETE FROM t WHERE name = '\" + table + \"'\");")))
                .isEqualTo("DELETE FROM t WHERE name = ' " + U + " '");
        assertThat(JavaSources.members(dir, "void run(JdbcTemplate jdbc, String sql) { jdbc.update(sql); }")
                .pieces).isEmpty();
    }

    @Test
    void whereAddedInAnIfIsConditional() {
        SqlPiece piece = JavaSources.members(dir, """
                void run(JdbcTemplate jdbc, Long id) {
                    String sql = "DELETE FROM t";
                    if (id != null) {
                        sql += " WHERE id = " + id;
                    }
                    jdbc.update(sql);
                }
                """).only();
        assertThat(squeeze(piece.text())).isEqualTo("DELETE FROM t WHERE id = " + U);
        assertThat(piece.has(PieceFact.WHERE_CONDITIONAL)).isTrue();
    }

    @Test
    void whereOnEveryBranchOrAlwaysIsNotConditional() {
        SqlPiece both = JavaSources.members(dir, """
                void run(JdbcTemplate jdbc, Long id) {
                    StringBuilder sql = new StringBuilder("DELETE FROM t");
                    if (id != null) sql.append(" WHERE id = ?"); else sql.append(" WHERE id IS NULL");
                    jdbc.update(sql.toString());
                }
                """).only();
        assertThat(both.text()).isEqualTo("DELETE FROM t WHERE id = ?");
        assertThat(both.has(PieceFact.WHERE_CONDITIONAL)).isFalse();

        SqlPiece always = JavaSources.members(dir, """
                void run(JdbcTemplate jdbc, Long id, String name) {
                    StringBuilder sql = new StringBuilder("DELETE FROM t WHERE tenant = ?");
                    if (name != null) sql.append(" AND name = ?");
                    jdbc.update(sql.toString());
                }
                """).only();
        assertThat(always.text()).isEqualTo("DELETE FROM t WHERE tenant = ? AND name = ?");
        assertThat(always.has(PieceFact.WHERE_CONDITIONAL)).isFalse();

        SqlPiece insideTheIf = JavaSources.members(dir, """
                void run(JdbcTemplate jdbc, Long id) {
                    String sql = "DELETE FROM t";
                    if (id != null) {
                        sql += " WHERE id = ?";
                        jdbc.update(sql, id);
                    }
                }
                """).only();
        assertThat(insideTheIf.has(PieceFact.WHERE_CONDITIONAL)).isFalse();
    }

    @Test
    void ternaryWhereIsConditional() {
        SqlPiece piece = JavaSources.members(dir, """
                void run(JdbcTemplate jdbc, Long id) {
                    jdbc.update("UPDATE t SET a = 1" + (id == null ? "" : " WHERE id = " + id));
                }
                """).only();
        assertThat(squeeze(piece.text())).isEqualTo("UPDATE t SET a = 1 WHERE id = " + U);
        assertThat(piece.has(PieceFact.WHERE_CONDITIONAL)).isTrue();
    }

    @Test
    void alwaysTrueStartWithOnlyOptionalConditionsIsConditional() {
        SqlPiece piece = JavaSources.members(dir, """
                void run(JdbcTemplate jdbc, String a) {
                    StringBuilder sql = new StringBuilder("DELETE FROM t WHERE 1 = 1");
                    if (a != null) sql.append(" AND a = ?");
                    jdbc.update(sql.toString());
                }
                """).only();
        assertThat(piece.text()).isEqualTo("DELETE FROM t WHERE 1 = 1 AND a = ?");
        assertThat(piece.has(PieceFact.WHERE_CONDITIONAL)).isTrue();
    }

    @Test
    void valueChosenInAnIfIsConditionalWhenOnlyOneChoiceFilters() {
        SqlPiece reassigned = JavaSources.members(dir, """
                void run(JdbcTemplate jdbc, Long id) {
                    String sql = "DELETE FROM t";
                    if (id != null) {
                        sql = "DELETE FROM t WHERE id = ?";
                    }
                    jdbc.update(sql);
                }
                """).only();
        assertThat(reassigned.text()).isEqualTo("DELETE FROM t WHERE id = ?");
        assertThat(reassigned.has(PieceFact.WHERE_CONDITIONAL)).isTrue();

        SqlPiece bothFilter = JavaSources.members(dir, """
                void run(JdbcTemplate jdbc, Long id) {
                    String sql;
                    if (id != null) {
                        sql = "DELETE FROM t WHERE id = ?";
                    } else {
                        sql = "DELETE FROM t WHERE expired";
                    }
                    jdbc.update(sql);
                }
                """).only();
        assertThat(bothFilter.text()).isEqualTo("DELETE FROM t WHERE id = ?");
        assertThat(bothFilter.has(PieceFact.WHERE_CONDITIONAL)).isFalse();
    }

    @Test
    void everyStatementOfABatchIsItsOwnPiece() {
        assertThat(JavaSources.members(dir, """
                private static final String[] CLEANUP = {"DELETE FROM a", "DELETE FROM b WHERE id = 1"};
                void run(JdbcTemplate jdbc) {
                    final String[] local = {"UPDATE c SET x = 1", "UPDATE d SET x = 2 WHERE id = 3"};
                    jdbc.batchUpdate(CLEANUP);
                    jdbc.batchUpdate(local);
                    jdbc.batchUpdate(new String[] {"TRUNCATE e"});
                    jdbc.batchUpdate("DROP TABLE f", "DROP TABLE g");
                    jdbc.update(CLEANUP[0]);
                }
                """).sql()).containsExactly("DELETE FROM a", "DELETE FROM b WHERE id = 1", "UPDATE c SET x = 1",
                "UPDATE d SET x = 2 WHERE id = 3", "TRUNCATE e", "DROP TABLE f", "DROP TABLE g");
    }

    @Test
    void variablesThatDoubleAtEveryStepStayCheap() {
        StringBuilder body = new StringBuilder("String s0 = \"x\";\n");
        for (int i = 1; i <= 40; i++) {
            body.append("String s").append(i).append(" = s").append(i - 1).append(" + s").append(i - 1)
                    .append(";\n");
        }
        body.append("jdbc.update(\"DELETE FROM t\" + s40);");
        long start = System.nanoTime();
        assertThat(fold(body.toString())).startsWith("DELETE FROM t");
        assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
    }
}
