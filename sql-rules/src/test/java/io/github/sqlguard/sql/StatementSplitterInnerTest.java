package io.github.sqlguard.sql;

import static io.github.sqlguard.sql.StatementSplitterTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterInnerTest {

    /** The texts of the inner statements of the only block in {@code sql}. */
    private static List<String> inner(String sql) {
        List<Span> blocks = StatementSplitter.split(sql).stream().filter(Span::block).toList();
        assertThat(blocks).as("blocks in %s", sql).hasSize(1);
        return texts(sql, StatementSplitter.inner(sql, blocks.get(0)));
    }

    private static List<String> texts(String sql, List<Span> spans) {
        return spans.stream().map(s -> sql.substring(s.start(), s.end())).toList();
    }

    /** The inner statements of every block of a script, in order. */
    private static List<String> allInner(String sql) {
        return StatementSplitter.split(sql).stream().filter(Span::block)
                .flatMap(b -> texts(sql, StatementSplitter.inner(sql, b)).stream()).toList();
    }

    @Test
    void briefExampleWithExactOffsetsInsideTheDollarQuote() {
        String sql = "CREATE FUNCTION f() RETURNS void AS $$ BEGIN IF x THEN DELETE FROM t; END IF; "
                + "UPDATE t SET a = 1; END $$ LANGUAGE plpgsql";
        Span block = StatementSplitter.split(sql).get(0);
        assertThat(block).isEqualTo(new Span(0, sql.length(), true));
        int delete = sql.indexOf("DELETE");
        int update = sql.indexOf("UPDATE");
        assertThat(StatementSplitter.inner(sql, block)).containsExactly(
                new Span(delete, delete + "DELETE FROM t".length(), false),
                new Span(update, update + "UPDATE t SET a = 1".length(), false));
    }

    @Test
    void plpgsqlIfElseLoopAndException() {
        assertThat(allInner(resource("postgres.sql"))).containsExactly(
                "DELETE FROM audit WHERE id = OLD.id",
                "UPDATE stats SET purged = purged + 1",
                "INSERT INTO log SELECT now()",
                "DELETE FROM queue WHERE id = r.id",
                "TRUNCATE",
                "DROP TABLE IF EXISTS scratch",
                "TRUNCATE TABLE scratch",
                "select 1");
    }

    @Test
    void plainStatementHasNoInnerStatements() {
        String sql = "DELETE FROM t";
        assertThat(StatementSplitter.inner(sql, new Span(0, sql.length(), false))).isEmpty();
        String trigger = "CREATE TRIGGER t AFTER INSERT ON x FOR EACH ROW EXECUTE FUNCTION f()";
        assertThat(inner(trigger)).isEmpty();
    }

    @Test
    void oracleProcedureAnonymousBlockAndPackageBody() {
        assertThat(allInner(resource("oracle.sql"))).containsExactly(
                "DELETE FROM audit WHERE id = r.id",
                "TRUNCATE TABLE scratch",
                "DROP TABLE",
                "UPDATE stats SET purged = 0",
                "DELETE FROM queue WHERE done = 1");
    }

    @Test
    void executeImmediateSpanIsInsideTheQuotes() {
        String sql = "BEGIN\n  EXECUTE IMMEDIATE 'DROP TABLE x';\n  FORALL i IN 1..n DELETE FROM t WHERE id = ids(i);\nEND;";
        Span block = StatementSplitter.split(sql).get(0);
        List<Span> inner = StatementSplitter.inner(sql, block);
        int drop = sql.indexOf("DROP");
        assertThat(inner.get(0)).isEqualTo(new Span(drop, drop + "DROP TABLE x".length(), false));
        assertThat(sql.charAt(drop - 1)).isEqualTo('\'');
        assertThat(texts(sql, inner)).containsExactly("DROP TABLE x", "DELETE FROM t WHERE id = ids(i)");
    }

    @Test
    void dynamicSqlForms() {
        String sql = "DO $$ BEGIN\n"
                + "  EXECUTE 'DROP TABLE ' || name;\n"
                + "  EXECUTE format('DELETE FROM %I WHERE id = $1', t) USING 1;\n"
                + "  EXECUTE $q$TRUNCATE a; TRUNCATE b$q$;\n"
                + "  EXECUTE E'UPDATE t SET a = \\'x\\'';\n"
                + "  EXECUTE v_sql;\n"
                + "  EXECUTE 'VACUUM t';\n"
                + "END $$";
        assertThat(inner(sql)).containsExactly(
                "DROP TABLE",
                "DELETE FROM %I WHERE id = $1",
                "TRUNCATE a",
                "TRUNCATE b",
                "UPDATE t SET a = \\'x\\'");
    }

    @Test
    void tsqlProcedureBodyWithoutSemicolons() {
        assertThat(allInner(resource("tsql-procedure.sql"))).containsExactly(
                "DROP PROCEDURE dbo.purge",
                "DELETE FROM dbo.audit WHERE created < @before",
                "UPDATE dbo.stats SET purged = purged + 1",
                "TRUNCATE TABLE dbo.scratch");
    }

    @Test
    void tsqlStatementBoundariesWithoutSemicolons() {
        String sql = "CREATE PROCEDURE p @id int AS\n"
                + "SET NOCOUNT ON\n"
                + "DELETE FROM t WHERE id = @id\n"
                + "UPDATE t SET a = CASE WHEN b = 1 THEN 2 ELSE 3 END WHERE id = @id\n"
                + "IF @id = 1 DROP TABLE x ELSE TRUNCATE TABLE y\n"
                + "IF EXISTS (SELECT 1 FROM t) DELETE FROM u\n"
                + "DROP TABLE IF EXISTS z\n"
                + "INSERT INTO log (a) SELECT a FROM t\n"
                + "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = 1 "
                + "WHEN NOT MATCHED BY SOURCE THEN DELETE;\n"
                + "WITH c AS (SELECT 1 AS id) DELETE FROM t WHERE id IN (SELECT id FROM c)\n"
                + "SELECT * FROM t WITH (NOLOCK) WHERE a = 1\n"
                + "EXEC('DELETE FROM w') EXEC sp_executesql N'DROP TABLE v'\n"
                + "RETURN";
        assertThat(inner(sql)).containsExactly(
                "DELETE FROM t WHERE id = @id",
                "UPDATE t SET a = CASE WHEN b = 1 THEN 2 ELSE 3 END WHERE id = @id",
                "DROP TABLE x",
                "TRUNCATE TABLE y",
                "DELETE FROM u",
                "DROP TABLE IF EXISTS z",
                "INSERT INTO log (a) SELECT a FROM t",
                "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = 1 "
                        + "WHEN NOT MATCHED BY SOURCE THEN DELETE",
                "WITH c AS (SELECT 1 AS id) DELETE FROM t WHERE id IN (SELECT id FROM c)",
                "SELECT * FROM t WITH (NOLOCK) WHERE a = 1",
                "DELETE FROM w",
                "DROP TABLE v");
    }

    @Test
    void tsqlTriggerAndNestedBeginBlocks() {
        String sql = "CREATE TRIGGER trg ON t AFTER DELETE, UPDATE AS\n"
                + "BEGIN\n"
                + "  IF UPDATE(a)\n"
                + "  BEGIN\n"
                + "    BEGIN TRY\n"
                + "      DELETE FROM log WHERE id IN (SELECT id FROM deleted)\n"
                + "    END TRY\n"
                + "    BEGIN CATCH\n"
                + "      ROLLBACK\n"
                + "    END CATCH\n"
                + "  END\n"
                + "  UPDATE stats SET n = n + 1\n"
                + "END";
        assertThat(inner(sql)).containsExactly(
                "DELETE FROM log WHERE id IN (SELECT id FROM deleted)",
                "UPDATE stats SET n = n + 1");
    }

    @Test
    void mysqlProcedureBody() {
        assertThat(allInner(resource("mysql-delimiter.sql"))).containsExactly(
                "DELETE FROM audit WHERE created < NOW() - INTERVAL days DAY",
                "UPDATE stats SET purged = purged + 1");
    }

    @Test
    void mysqlLoopsHandlersLabelsAndUpserts() {
        String sql = "CREATE PROCEDURE p()\nBEGIN\n"
                + "  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION DELETE FROM errors;\n"
                + "  lbl: LOOP\n"
                + "    DELETE FROM t LIMIT 100;\n"
                + "  END LOOP lbl;\n"
                + "  WHILE x > 0 DO UPDATE t SET a = IF(b, 1, 2) WHERE id = x; END WHILE;\n"
                + "  REPEAT DROP TABLE IF EXISTS tmp; UNTIL done END REPEAT;\n"
                + "  INSERT INTO t (a) VALUES (1) ON DUPLICATE KEY UPDATE a = 2;\n"
                + "  SET @n = (SELECT COUNT(*) FROM t);\n"
                + "  CASE WHEN @n > 0 THEN TRUNCATE t; END CASE;\n"
                + "END";
        assertThat(inner(sql)).containsExactly(
                "DELETE FROM errors",
                "DELETE FROM t LIMIT 100",
                "UPDATE t SET a = IF(b, 1, 2) WHERE id = x",
                "DROP TABLE IF EXISTS tmp",
                "INSERT INTO t (a) VALUES (1) ON DUPLICATE KEY UPDATE a = 2",
                "TRUNCATE t");
    }

    @Test
    void mysqlSingleStatementTriggerBody() {
        assertThat(inner("CREATE TRIGGER tr BEFORE DELETE ON t FOR EACH ROW FOLLOWS other "
                + "DELETE FROM log WHERE id = OLD.id")).containsExactly("DELETE FROM log WHERE id = OLD.id");
        assertThat(inner("CREATE PROCEDURE p() COMMENT 'x' DELETE FROM t")).containsExactly("DELETE FROM t");
    }

    @Test
    void nestedPlpgsqlBlocksAndClausesThatLookLikeStatements() {
        String sql = "DO $$\n"
                + "<<outer>>\n"
                + "DECLARE n int := (SELECT count(*) FROM t);\n"
                + "BEGIN\n"
                + "  BEGIN\n"
                + "    DELETE FROM a;\n"
                + "    DECLARE\n"
                + "      c CURSOR FOR SELECT * FROM b;\n"
                + "    BEGIN\n"
                + "      UPDATE b SET x = 1 WHERE CURRENT OF c;\n"
                + "    END;\n"
                + "  EXCEPTION WHEN unique_violation THEN\n"
                + "    DELETE FROM c;\n"
                + "  END;\n"
                + "  CREATE TEMP TABLE tmp ON COMMIT DROP AS SELECT 1;\n"
                + "  ALTER TABLE t DROP COLUMN x, ALTER COLUMN y SET DEFAULT 0;\n"
                + "  INSERT INTO t VALUES (1) ON CONFLICT (id) DO UPDATE SET a = 1;\n"
                + "  PERFORM * FROM t FOR UPDATE;\n"
                + "  x := 1;\n"
                + "  RAISE NOTICE 'DELETE FROM nothing';\n"
                + "  RETURN;\n"
                + "END outer $$;";
        assertThat(inner(sql)).containsExactly(
                "DELETE FROM a",
                "UPDATE b SET x = 1 WHERE CURRENT OF c",
                "DELETE FROM c",
                "CREATE TEMP TABLE tmp ON COMMIT DROP AS SELECT 1",
                "ALTER TABLE t DROP COLUMN x, ALTER COLUMN y SET DEFAULT 0",
                "INSERT INTO t VALUES (1) ON CONFLICT (id) DO UPDATE SET a = 1");
    }

    @Test
    void functionCreatedInsideABlockIsReturnedAsABlockFollowedByItsStatements() {
        String sql = "DO $outer$\nBEGIN\n"
                + "  CREATE FUNCTION g() RETURNS void AS $g$ BEGIN DELETE FROM inner_t; END $g$ LANGUAGE plpgsql;\n"
                + "  EXECUTE 'CREATE PROCEDURE h() BEGIN DELETE FROM h_t; UPDATE h_t SET a = 1; END';\n"
                + "  DROP TABLE after_t;\n"
                + "END $outer$;";
        Span block = StatementSplitter.split(sql).get(0);
        List<Span> inner = StatementSplitter.inner(sql, block);
        assertThat(texts(sql, inner)).containsExactly(
                "CREATE FUNCTION g() RETURNS void AS $g$ BEGIN DELETE FROM inner_t; END $g$ LANGUAGE plpgsql",
                "DELETE FROM inner_t",
                "CREATE PROCEDURE h() BEGIN DELETE FROM h_t; UPDATE h_t SET a = 1; END",
                "DELETE FROM h_t",
                "UPDATE h_t SET a = 1",
                "DROP TABLE after_t");
        assertThat(inner.stream().map(Span::block).toList())
                .containsExactly(true, false, true, false, false, false);
    }

    @Test
    void plainStringBodyOfASqlFunction() {
        String sql = "CREATE FUNCTION purge() RETURNS void AS 'DELETE FROM t WHERE a = ''x''; TRUNCATE u' "
                + "LANGUAGE sql";
        assertThat(inner(sql)).containsExactly("DELETE FROM t WHERE a = ''x''", "TRUNCATE u");
    }

    @Test
    void oracleTriggerWithDeclareAndWhen() {
        String sql = "CREATE OR REPLACE TRIGGER trg BEFORE DELETE ON t REFERENCING OLD AS o FOR EACH ROW "
                + "WHEN (o.id > 0) DECLARE n NUMBER; BEGIN DELETE FROM child WHERE pid = :o.id; END;";
        assertThat(inner(sql)).containsExactly("DELETE FROM child WHERE pid = :o.id");
    }

    @Test
    void unterminatedBodyDoesNotThrow() {
        String sql = "DO $$ BEGIN DELETE FROM t; UPDATE u SET a = 'x";
        assertThat(inner(sql)).containsExactly("DELETE FROM t", "UPDATE u SET a = 'x");
    }

    @Test
    void spanOutsideTheTextDoesNotThrow() {
        assertThat(StatementSplitter.inner("BEGIN DELETE FROM t; END", new Span(-5, 500, true)))
                .hasSize(1);
        assertThat(StatementSplitter.inner("", new Span(3, 1, true))).isEmpty();
    }
}
