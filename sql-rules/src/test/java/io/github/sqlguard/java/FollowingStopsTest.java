package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.core.SqlPiece;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the folding reaches one of its bounds, the piece at the sink says which, and only there. */
class FollowingStopsTest {

    @TempDir
    Path dir;

    private SqlPiece sink(String body) {
        return JavaSources.members(dir, "void run(JdbcTemplate jdbc, long id) {\n" + body + "\n}").only();
    }

    @Test
    void aValueBuiltInMoreStepsThanTheBoundSaysSo() {
        StringBuilder body = new StringBuilder("StringBuilder sb = new StringBuilder(\"DELETE FROM t\");\n");
        for (int i = 0; i < 20_001; i++) {
            body.append("sb.append(\"\");\n");
        }
        body.append("jdbc.update(sb.toString());");
        SqlPiece piece = sink(body.toString());
        assertThat(piece.followingStopped()).hasValue("more than 20000 steps to build one value");
        assertThat(piece.text()).startsWith("DELETE FROM t").contains(SqlPiece.UNKNOWN_FRAGMENT);
    }

    @Test
    void aValueLongerThanTheBoundSaysSo() {
        StringBuilder body = new StringBuilder("String s0 = \"" + "x".repeat(1000) + "\";\n");
        for (int i = 1; i <= 13; i++) {
            body.append("String s").append(i).append(" = s").append(i - 1).append(" + s").append(i - 1)
                    .append(";\n");
        }
        body.append("jdbc.update(\"DELETE FROM t \" + s13);");
        SqlPiece piece = sink(body.toString());
        assertThat(piece.followingStopped()).hasValue("a value longer than 4000000 characters");
    }

    @Test
    void aValueWithinTheBoundsSaysNothing() {
        StringBuilder body = new StringBuilder("String s0 = \"x\";\n");
        for (int i = 1; i <= 10; i++) {
            body.append("String s").append(i).append(" = s").append(i - 1).append(" + s").append(i - 1)
                    .append(";\n");
        }
        body.append("jdbc.update(\"DELETE FROM t WHERE a = '\" + s10 + \"'\");");
        SqlPiece piece = sink(body.toString());
        assertThat(piece.followingStopped()).isEmpty();
        assertThat(piece.text()).contains("x".repeat(1024));
    }

    @Test
    void aValueKnownOnlyAtRunTimeIsNoStop() {
        assertThat(sink("jdbc.update(\"DELETE FROM t\" + id);").followingStopped()).isEmpty();
    }

    @Test
    void aSinkGivenOnlyAValueItStoppedOnIsStillAPiece() {
        StringBuilder members = new StringBuilder("static final String C0 = \"DELETE FROM t\";\n");
        for (int i = 1; i < 50; i++) {
            members.append("static final String C").append(i).append(" = C").append(i - 1).append(";\n");
        }
        members.append("void run(JdbcTemplate jdbc) { jdbc.update(C49); }");
        SqlPiece piece = JavaSources.members(dir, members.toString()).only();
        assertThat(piece.text()).isEqualTo(SqlPiece.UNKNOWN_FRAGMENT);
        assertThat(piece.followingStopped()).hasValue("a value nested more than 40 levels deep");
    }
}
