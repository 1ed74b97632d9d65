package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.core.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sink's value follows calls of the project's text methods into what they return. */
class MethodFollowingTest {

    private static final String SQL = """
            package app;
            public final class Sql {
                public static String deleteAll(String table) { return "DELETE FROM " + table; }
                public static String where(Long id) { if (id == null) { return ""; } return " WHERE id = " + id; }
                public static String pick(String table, long id) { return "DELETE FROM " + table + " WHERE id = 1"; }
                public static String pick(String table, String any) { return "DELETE FROM " + table; }
                public static String pick(String table) { return "DELETE FROM " + table + " WHERE id = 2"; }
                public static String trimmed(String table) { table = table.trim(); return "DELETE FROM " + table; }
                public static StringBuilder filtered(StringBuilder sb) { sb.append(" WHERE id = 3"); return sb; }
            }
            """;

    @TempDir
    Path dir;

    private static String dao(String body) {
        return "package app;\nimport org.springframework.jdbc.core.JdbcTemplate;\nclass Dao {\n    JdbcTemplate jdbc;\n"
                + body + "\n}\n";
    }

    private JavaSources sinks(String body) {
        return JavaSources.read(dir, "app/Sql.java", SQL, "app/Dao.java", dao(body));
    }

    @Test
    void eachCallGetsTheValueItsArgumentsGive() {
        assertThat(sinks("""
                void run(Long id) {
                    jdbc.update(Sql.deleteAll("a"));
                    jdbc.update(Sql.deleteAll("b"));
                    jdbc.update(Sql.deleteAll("a") + Sql.where(id));
                }
                """).sql()).containsExactly("DELETE FROM a", "DELETE FROM b", "DELETE FROM a WHERE id = "
                + SqlPiece.UNKNOWN_FRAGMENT);
    }

    @Test
    void aWhereOnlyOneReturnHasIsConditional() {
        SqlPiece piece = sinks("void run(Long id) { jdbc.update(Sql.deleteAll(\"a\") + Sql.where(id)); }").only();
        assertThat(piece.has(PieceFact.WHERE_CONDITIONAL)).isTrue();
    }

    @Test
    void overloadsOfOneArityThatDisagreeAreUnknownAndOthersAreToldApart() {
        assertThat(sinks("""
                void run() {
                    jdbc.update(Sql.pick("a", 1L) + " AND x = 1");
                    jdbc.update(Sql.pick("a"));
                }
                """).sql()).containsExactly(SqlPiece.UNKNOWN_FRAGMENT + " AND x = 1", "DELETE FROM a WHERE id = 2");
    }

    @Test
    void aParameterTheMethodChangesIsNotTakenFromTheCall() {
        assertThat(sinks("""
                void run() {
                    jdbc.update(Sql.trimmed("a"));
                    jdbc.update(Sql.filtered(new StringBuilder("DELETE FROM b")).toString() + " ");
                }
                """).sql()).containsExactly("DELETE FROM " + SqlPiece.UNKNOWN_FRAGMENT);
    }

    @Test
    void aMethodOfTheSinksFileAndOneOfAnotherFileGiveTheSameValue() {
        String method = "String purge(String t) { StringBuilder sb = new StringBuilder(\"UPDATE \").append(t)"
                + ".append(\" SET a = 1\"); if (t.isEmpty()) { sb.append(\" WHERE b = 2\"); } return sb.toString(); }";
        List<SqlPiece> own = JavaSources.read(dir, "app/Own.java", dao(method
                + "\nvoid run() { jdbc.update(purge(\"t\")); }")).pieces;
        List<SqlPiece> other = JavaSources.read(dir.resolve("other"), "app/Base.java",
                "package app;\nclass Base {\n" + method + "\n}\n", "app/Dao.java",
                dao("void run(Base base) { jdbc.update(base.purge(\"t\")); }")).pieces;
        assertThat(own).hasSize(1);
        assertThat(other).extracting(SqlPiece::text, SqlPiece::facts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(own.get(0).text(), own.get(0).facts()));
    }

    @Test
    void aLocalThatAMethodReturnsToASinkIsReportedAtTheSinkOnly() {
        JavaSources found = JavaSources.read(dir, "app/Dao.java", dao("""
                String purge() {
                    String sql = "DELETE FROM t";
                    return sql;
                }
                void run() { jdbc.update(purge()); }
                """));
        assertThat(found.only().positions().at(0).line()).isEqualTo(9);
    }

    @Test
    void theConstantsPassDoesNotFollowCalls() {
        assertThat(sinks("""
                String unused() { return Sql.deleteAll("never_run"); }
                void run(java.util.List<String> log) {
                    String statement = Sql.deleteAll("logged");
                    log.add(statement);
                }
                """).pieces).isEmpty();
    }

    @Test
    void aCallOnTheBaseTypeRunsEveryOverride() {
        JavaSources found = JavaSources.read(dir,
                "app/Base.java",
                "package app;\nclass Base { String sql() { return \"DELETE FROM t WHERE id = 1\"; } }\n",
                "app/Sub.java", "package app;\nclass Sub extends Base { String sql() { return \"DELETE FROM t\"; } }\n",
                "app/Dao.java", dao("""
                        void run(Base base, Sub sub) {
                            jdbc.update(base.sql() + " AND x = 1");
                            jdbc.update(sub.sql());
                        }
                        """));
        assertThat(found.sql()).containsExactly(SqlPiece.UNKNOWN_FRAGMENT + " AND x = 1", "DELETE FROM t");
    }

    @Test
    void recursionStopsAtTheDepthBoundAndSaysSo() {
        SqlPiece piece = JavaSources.read(dir, "app/Dao.java", dao("""
                String again(int n) { if (n == 0) { return "DELETE FROM t"; } return again(n - 1); }
                void run() { jdbc.update(again(9)); }
                """)).only();
        assertThat(piece.text()).isEqualTo(SqlPiece.UNKNOWN_FRAGMENT);
        assertThat(piece.followingStopped()).hasValue("method calls nested more than 3 deep");
    }

    @Test
    void theStateKeyChangesWithATextMethodAndNotWithOtherCode() throws IOException {
        Path sql = dir.resolve("app/Sql.java");
        Files.createDirectories(sql.getParent());
        Files.writeString(sql, withCount(SQL, 1));
        String before = stateKey(sql);
        Files.writeString(sql, withCount(SQL, 2));
        assertThat(stateKey(sql)).isEqualTo(before);
        String changed = SQL.replace("\"DELETE FROM \" + table; }", "\"DELETE FROM \" + table + \" \"; }");
        Files.writeString(sql, withCount(changed, 2));
        assertThat(stateKey(sql)).isNotEqualTo(before);
    }

    private static String withCount(String source, int count) {
        int end = source.lastIndexOf('}');
        return source.substring(0, end) + "    int count() { return " + count + "; }\n}\n";
    }

    private static String stateKey(Path file) {
        Source source = new JavaSource().prepare(List.of(file));
        return source.stateKey();
    }
}
