package io.github.sqlguard.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    static List<String> texts(String sql) {
        return StatementSplitter.split(sql).stream().map(s -> sql.substring(s.start(), s.end())).toList();
    }

    static List<Boolean> blocks(String sql) {
        return StatementSplitter.split(sql).stream().map(Span::block).toList();
    }

    static String resource(String name) {
        try (InputStream in = StatementSplitterTest.class.getResourceAsStream("/splitter/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Nested
    class Semicolons {

        @Test
        void twoStatementsOnOneLineWithExactOffsets() {
            String sql = "DELETE FROM a; DELETE FROM b;";
            assertThat(StatementSplitter.split(sql)).containsExactly(
                    new Span(0, 13, false),
                    new Span(15, 28, false));
        }

        @Test
        void lastStatementNeedsNoSemicolon() {
            assertThat(texts("DELETE FROM a;\nUPDATE t SET x = 1\n")).containsExactly(
                    "DELETE FROM a", "UPDATE t SET x = 1");
        }

        @Test
        void emptyStatementsAreDropped() {
            assertThat(texts(";;  ;\nDELETE FROM a;;;\n;")).containsExactly("DELETE FROM a");
        }

        @Test
        void commentOnlyAndEmptyInputGiveNoStatements() {
            assertThat(StatementSplitter.split("")).isEmpty();
            assertThat(StatementSplitter.split(" \n\t\r\n")).isEmpty();
            assertThat(StatementSplitter.split("-- nothing here;\n/* nor ; here */\n# nor here;\n")).isEmpty();
            assertThat(texts("-- a\nDELETE FROM t; -- b\n/* c */ ; -- d")).containsExactly("DELETE FROM t");
        }

        @Test
        void leadingAndTrailingCommentsAreOutsideTheSpan() {
            String sql = "  -- lead ;\n /* block */ DELETE FROM t /* inside */ WHERE a = 1 -- tail ;\n ;";
            List<Span> spans = StatementSplitter.split(sql);
            assertThat(spans).hasSize(1);
            assertThat(spans.get(0).start()).isEqualTo(sql.indexOf("DELETE"));
            assertThat(sql.substring(spans.get(0).start(), spans.get(0).end()))
                    .isEqualTo("DELETE FROM t /* inside */ WHERE a = 1");
        }

        @Test
        void parenthesisDepthDoesNotHideASemicolon() {
            assertThat(texts("SELECT (1; SELECT 2)")).containsExactly("SELECT (1", "SELECT 2)");
        }

        @Test
        void blankLinesDoNotEndAStatement() {
            assertThat(texts("DELETE FROM t\n\n\nWHERE id = 1")).containsExactly("DELETE FROM t\n\n\nWHERE id = 1");
            assertThat(texts("DELETE FROM t\r\n\r\n\r\nWHERE id = 1;\r\n"))
                    .containsExactly("DELETE FROM t\r\n\r\n\r\nWHERE id = 1");
        }
    }

    @Nested
    class QuotesAndComments {

        @Test
        void semicolonsInStrings() {
            assertThat(texts("INSERT INTO t VALUES ('a;b'); DELETE FROM t")).containsExactly(
                    "INSERT INTO t VALUES ('a;b')", "DELETE FROM t");
            assertThat(texts("SELECT 'it''s; fine'; SELECT 2")).containsExactly("SELECT 'it''s; fine'", "SELECT 2");
            assertThat(texts("SELECT E'\\'; still'; SELECT 2")).containsExactly("SELECT E'\\'; still'", "SELECT 2");
            assertThat(texts("SELECT N'x;y'; SELECT 2")).containsExactly("SELECT N'x;y'", "SELECT 2");
        }

        @Test
        void semicolonsInQuotedNames() {
            assertThat(texts("SELECT \"a;b\" FROM t; SELECT `c;d` FROM u; SELECT [e;f] FROM v")).containsExactly(
                    "SELECT \"a;b\" FROM t", "SELECT `c;d` FROM u", "SELECT [e;f] FROM v");
        }

        @Test
        void semicolonsInComments() {
            String sql = "DELETE FROM a -- not; here\nWHERE x = 1;\n"
                    + "# mysql; comment\n"
                    + "DELETE /* outer /* inner; */ still; comment */ FROM b;";
            assertThat(texts(sql)).containsExactly(
                    "DELETE FROM a -- not; here\nWHERE x = 1",
                    "DELETE /* outer /* inner; */ still; comment */ FROM b");
        }

        @Test
        void dollarQuotes() {
            String sql = "SELECT $$a;b$$; SELECT $body$ x; $$ not the end; $$ $body$; SELECT 3";
            assertThat(texts(sql)).containsExactly(
                    "SELECT $$a;b$$", "SELECT $body$ x; $$ not the end; $$ $body$", "SELECT 3");
        }

        @Test
        void unterminatedStringMakesTheRestOneStatement() {
            assertThat(texts("DELETE FROM a; SELECT 'abc; DROP TABLE t; \n more")).containsExactly(
                    "DELETE FROM a", "SELECT 'abc; DROP TABLE t; \n more");
        }

        @Test
        void unterminatedQuotedNameMakesTheRestOneStatement() {
            assertThat(texts("SELECT \"abc; DROP TABLE t;")).containsExactly("SELECT \"abc; DROP TABLE t;");
        }

        @Test
        void unterminatedDollarQuoteMakesTheRestOneStatement() {
            assertThat(texts("SELECT 1; DO $x$ BEGIN DELETE FROM t; END; ")).containsExactly(
                    "SELECT 1", "DO $x$ BEGIN DELETE FROM t; END; ");
        }

        @Test
        void unterminatedCommentSwallowsTheRest() {
            assertThat(texts("DELETE FROM t /* open; DROP TABLE x;")).containsExactly("DELETE FROM t");
            assertThat(texts("DELETE FROM t; /* open; DROP TABLE x;")).containsExactly("DELETE FROM t");
        }
    }

    @Nested
    class MySqlDelimiter {

        @Test
        void dollarDelimiterWithProcedure() {
            String sql = resource("mysql-delimiter.sql");
            List<String> texts = texts(sql);
            assertThat(texts).hasSize(4);
            assertThat(texts.get(0)).isEqualTo("DROP PROCEDURE IF EXISTS purge");
            assertThat(texts.get(1)).startsWith("CREATE PROCEDURE purge(IN days INT)").endsWith("END");
            assertThat(texts.get(1)).contains("DELETE FROM audit WHERE created < NOW() - INTERVAL days DAY;");
            assertThat(texts.get(2)).isEqualTo("SELECT 'a $$ in a string'");
            assertThat(texts.get(3)).isEqualTo("CALL purge(30)");
            assertThat(blocks(sql)).containsExactly(false, true, false, false);
        }

        @Test
        void slashDelimiterAndSemicolonsInside() {
            String sql = "DELIMITER //\n"
                    + "CREATE TRIGGER t1 BEFORE DELETE ON t FOR EACH ROW BEGIN\n"
                    + "  DELETE FROM log WHERE id = OLD.id;\n"
                    + "END //\n"
                    + "select 1; select 2 //\n"
                    + "delimiter ;\n"
                    + "SELECT 3; SELECT 4;";
            assertThat(texts(sql)).containsExactly(
                    "CREATE TRIGGER t1 BEFORE DELETE ON t FOR EACH ROW BEGIN\n"
                            + "  DELETE FROM log WHERE id = OLD.id;\nEND",
                    "select 1",
                    "select 2",
                    "SELECT 3",
                    "SELECT 4");
        }

        @Test
        void delimiterGluedToAWord() {
            assertThat(texts("DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nDELIMITER ;\nSELECT 2;"))
                    .containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; END", "SELECT 2");
        }

        @Test
        void doubleSemicolonDelimiter() {
            assertThat(texts("DELIMITER ;;\nSELECT 1; SELECT 2;;\nSELECT 3;;\nDELIMITER ;\nSELECT 4;"))
                    .containsExactly("SELECT 1", "SELECT 2", "SELECT 3", "SELECT 4");
        }

        @Test
        void delimiterInCommentIsNotAnEnd() {
            assertThat(texts("DELIMITER $$\nSELECT 1 -- not $$ here\n, 2 $$\nDELIMITER ;"))
                    .containsExactly("SELECT 1 -- not $$ here\n, 2");
        }

        @Test
        void aColumnNamedDelimiterIsNotACommand() {
            assertThat(texts("SELECT a,\ndelimiter\nFROM t; SELECT 2")).containsExactly(
                    "SELECT a,\ndelimiter\nFROM t", "SELECT 2");
        }
    }

    @Nested
    class SqlServerGo {

        @Test
        void goLinesWithCrlfCountAndSpaces() {
            String sql = "DELETE FROM a\r\nGO\r\nDELETE FROM b\r\ngo 2  \r\n  Go\t\r\nDELETE FROM c\r\nGO";
            assertThat(texts(sql)).containsExactly("DELETE FROM a", "DELETE FROM b", "DELETE FROM c");
            assertThat(StatementSplitter.split(sql).get(1).start()).isEqualTo(19);
        }

        @Test
        void goInsideAStringOrCommentOrAsPartOfAWordIsNotASeparator() {
            String sql = "SELECT '\nGO\n' AS x\nGOTO done\n/*\nGO\n*/\nSELECT 2\nGO\nGO -- trailing comment\n"
                    + "SELECT go FROM t\nGO";
            assertThat(texts(sql)).containsExactly(
                    "SELECT '\nGO\n' AS x\nGOTO done\n/*\nGO\n*/\nSELECT 2", "SELECT go FROM t");
        }

        @Test
        void procedureWithBeginEndAndSemicolonsEndsAtGo() {
            String sql = resource("tsql-procedure.sql");
            List<String> texts = texts(sql);
            assertThat(texts).hasSize(3);
            assertThat(texts.get(0)).isEqualTo("IF OBJECT_ID('dbo.purge') IS NOT NULL DROP PROCEDURE dbo.purge");
            assertThat(texts.get(1)).startsWith("CREATE PROCEDURE dbo.purge").endsWith("END");
            assertThat(texts.get(1)).contains("DELETE FROM dbo.audit WHERE created < @before;");
            assertThat(texts.get(2)).isEqualTo("EXEC dbo.purge '2020-01-01'");
            assertThat(blocks(sql)).containsExactly(true, true, false);
        }

        @Test
        void procedureWithoutBeginRunsToGo() {
            String sql = "CREATE PROCEDURE p AS\nSET NOCOUNT ON;\nDELETE FROM t;\nGO\nSELECT 1";
            assertThat(texts(sql)).containsExactly("CREATE PROCEDURE p AS\nSET NOCOUNT ON;\nDELETE FROM t", "SELECT 1");
        }

        @Test
        void declareWithVariableIsAPlainStatement() {
            assertThat(texts("DECLARE @x int = 1; DELETE FROM t WHERE id = @x;")).containsExactly(
                    "DECLARE @x int = 1", "DELETE FROM t WHERE id = @x");
            assertThat(blocks("DECLARE @x int = 1;")).containsExactly(false);
        }

        @Test
        void tryCatchBlockIsOneStatement() {
            String sql = "BEGIN TRY\n DELETE FROM t;\nEND TRY\nBEGIN CATCH\n SELECT 1;\nEND CATCH\nGO\nSELECT 2;";
            assertThat(texts(sql)).containsExactly(
                    "BEGIN TRY\n DELETE FROM t;\nEND TRY\nBEGIN CATCH\n SELECT 1;\nEND CATCH", "SELECT 2");
        }
    }

    @Nested
    class OracleSlash {

        @Test
        void slashEndsProcedureAndAnonymousBlock() {
            String sql = resource("oracle.sql");
            List<String> texts = texts(sql);
            assertThat(texts).hasSize(5);
            assertThat(texts.get(0)).startsWith("CREATE OR REPLACE PROCEDURE purge(p_days IN NUMBER) IS")
                    .endsWith("END purge");
            assertThat(texts.get(1)).startsWith("DECLARE").endsWith("END");
            assertThat(texts.get(2)).startsWith("CREATE OR REPLACE PACKAGE pkg AS").endsWith("END pkg");
            assertThat(texts.get(3)).startsWith("CREATE OR REPLACE PACKAGE BODY pkg AS").endsWith("END pkg");
            assertThat(texts.get(4)).isEqualTo("SELECT 1 FROM dual");
            assertThat(blocks(sql)).containsExactly(true, true, true, true, false);
        }

        @Test
        void slashLineWithSpacesAndCrlf() {
            String sql = "BEGIN\r\n  DELETE FROM t;\r\nEND;\r\n  /  \r\nSELECT 1 FROM dual\r\n/\r\n";
            assertThat(texts(sql)).containsExactly("BEGIN\r\n  DELETE FROM t;\r\nEND", "SELECT 1 FROM dual");
        }

        @Test
        void blockWithoutSemicolonAfterEndEndsAtSlash() {
            assertThat(texts("BEGIN\n  NULL;\nEND\n/\nBEGIN NULL; END;")).containsExactly(
                    "BEGIN\n  NULL;\nEND", "BEGIN NULL; END");
        }

        @Test
        void slashInsideAnExpressionIsNotASeparator() {
            assertThat(texts("SELECT a / 2, b\n/ 3 FROM t;")).containsExactly("SELECT a / 2, b\n/ 3 FROM t");
        }

        @Test
        void packageSpecWithoutSlashEndsAtItsEnd() {
            assertThat(texts("CREATE PACKAGE p AS\n PROCEDURE a;\nEND p;\nSELECT 1;")).containsExactly(
                    "CREATE PACKAGE p AS\n PROCEDURE a;\nEND p", "SELECT 1");
        }
    }

    @Nested
    class Blocks {

        @Test
        void postgresFunctionDoBlockAndTrigger() {
            String sql = resource("postgres.sql");
            List<String> texts = texts(sql);
            assertThat(texts).hasSize(5);
            assertThat(texts.get(0)).startsWith("CREATE OR REPLACE FUNCTION purge()").endsWith("LANGUAGE plpgsql");
            assertThat(texts.get(1)).startsWith("DO $do$").endsWith("$do$");
            assertThat(texts.get(2)).isEqualTo(
                    "CREATE TRIGGER purge_trg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION purge()");
            assertThat(texts.get(3)).isEqualTo("CREATE FUNCTION one() RETURNS int AS 'select 1' LANGUAGE sql");
            assertThat(texts.get(4)).isEqualTo("DELETE FROM t WHERE id = 1");
            assertThat(blocks(sql)).containsExactly(true, true, true, true, false);
        }

        @Test
        void triggerWithTransitionTableEndsAtItsSemicolon() {
            String sql = "CREATE TRIGGER t AFTER DELETE ON x REFERENCING OLD TABLE AS gone "
                    + "FOR EACH STATEMENT EXECUTE FUNCTION f(); SELECT 1;";
            assertThat(texts(sql)).hasSize(2);
        }

        @Test
        void sqlStandardFunctionBodies() {
            assertThat(texts("CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql RETURN a + b; SELECT 1;"))
                    .hasSize(2);
            assertThat(texts("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;"
                    + " SELECT 3;")).containsExactly(
                    "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END",
                    "SELECT 3");
        }

        @Test
        void mysqlProcedureWithoutDelimiterCountsBeginAndCaseAgainstEnd() {
            String sql = "CREATE PROCEDURE p()\nBEGIN\n"
                    + "  SELECT CASE WHEN a = 1 THEN 'x' ELSE 'y' END FROM t;\n"
                    + "  IF a THEN UPDATE t SET a = 1; END IF;\n"
                    + "  lbl: LOOP LEAVE lbl; END LOOP lbl;\n"
                    + "  WHILE a DO SET a = a - 1; END WHILE;\n"
                    + "  CASE a WHEN 1 THEN DELETE FROM t; END CASE;\n"
                    + "END;\nSELECT 2;";
            List<String> texts = texts(sql);
            assertThat(texts).hasSize(2);
            assertThat(texts.get(0)).endsWith("END CASE;\nEND");
            assertThat(texts.get(1)).isEqualTo("SELECT 2");
        }

        @Test
        void caseStatementAfterANestedBlockIsCounted() {
            String sql = "CREATE PROCEDURE p() BEGIN\n  BEGIN SELECT 1; END;\n  CASE x WHEN 1 THEN SELECT 2; END CASE;\n"
                    + "  SELECT 3;\nEND; SELECT 4;";
            assertThat(texts(sql)).hasSize(2).last().isEqualTo("SELECT 4");
        }

        @Test
        void mysqlSingleStatementRoutinesAndTriggers() {
            assertThat(texts("CREATE PROCEDURE p() SELECT a AS b FROM t; SELECT 2;")).containsExactly(
                    "CREATE PROCEDURE p() SELECT a AS b FROM t", "SELECT 2");
            assertThat(texts("CREATE DEFINER=`root`@`localhost` TRIGGER tr BEFORE INSERT ON t FOR EACH ROW "
                    + "INSERT INTO log SELECT NEW.id AS id; SELECT 2;")).hasSize(2);
            assertThat(blocks("CREATE DEFINER='root'@'%' PROCEDURE p() BEGIN SELECT 1; END; SELECT 2"))
                    .containsExactly(true, false);
        }

        @Test
        void transactionStatementsAreNotBlocks() {
            String sql = "BEGIN;\nDELETE FROM t;\nCOMMIT;\nBEGIN TRANSACTION;\nDELETE FROM u;\nCOMMIT;\n"
                    + "begin work; begin tran t1; BEGIN ISOLATION LEVEL SERIALIZABLE; BEGIN";
            assertThat(texts(sql)).containsExactly("BEGIN", "DELETE FROM t", "COMMIT", "BEGIN TRANSACTION",
                    "DELETE FROM u", "COMMIT", "begin work", "begin tran t1", "BEGIN ISOLATION LEVEL SERIALIZABLE",
                    "BEGIN");
            assertThat(blocks(sql)).doesNotContain(true);
        }

        @Test
        void anonymousBeginBlockIsOneStatement() {
            String sql = "BEGIN\n  DELETE FROM a;\n  BEGIN\n    DELETE FROM b;\n  END;\nEND;\nSELECT 1;";
            assertThat(texts(sql)).containsExactly(
                    "BEGIN\n  DELETE FROM a;\n  BEGIN\n    DELETE FROM b;\n  END;\nEND", "SELECT 1");
            assertThat(blocks(sql)).containsExactly(true, false);
        }

        @Test
        void postgresCursorDeclarationIsAPlainStatement() {
            assertThat(texts("DECLARE c SCROLL CURSOR FOR SELECT * FROM t; FETCH 1 FROM c;")).containsExactly(
                    "DECLARE c SCROLL CURSOR FOR SELECT * FROM t", "FETCH 1 FROM c");
        }

        @Test
        void tsqlEndFollowedByIfClosesTheLevel() {
            String sql = "CREATE PROCEDURE p AS BEGIN\n IF @a = 1\n BEGIN\n  DELETE FROM t;\n END\n"
                    + " IF @b = 1 SELECT 1;\nEND;\nSELECT 2;";
            assertThat(texts(sql)).hasSize(2);
        }

        @Test
        void alterWithoutBodyIsNotABlock() {
            assertThat(blocks("ALTER FUNCTION f() OWNER TO x; ALTER PROCEDURE p AS BEGIN SELECT 1; END;"))
                    .containsExactly(false, true);
        }
    }

    @Nested
    class ClientCommands {

        @Test
        void copyFromStdinDataIsSkipped() {
            String sql = "COPY t (a, b) FROM stdin;\n1\tit's; here\n2\tDROP TABLE x;\n\\.\nDELETE FROM t;\n";
            assertThat(texts(sql)).containsExactly("COPY t (a, b) FROM stdin", "DELETE FROM t");
            String crlf = "COPY t FROM STDIN;\r\n'\r\n\\.\r\nSELECT 1;";
            assertThat(texts(crlf)).containsExactly("COPY t FROM STDIN", "SELECT 1");
            assertThat(texts("COPY t FROM stdin;\n1;2\n")).containsExactly("COPY t FROM stdin");
            assertThat(texts("COPY t FROM '/tmp/x;y'; SELECT 1;")).containsExactly(
                    "COPY t FROM '/tmp/x;y'", "SELECT 1");
        }

        @Test
        void sqlPlusCommandsAreNotPartOfTheNextStatement() {
            String sql = "SET DEFINE OFF\nPROMPT Don't panic; creating p\nREM a remark\n"
                    + "WHENEVER SQLERROR EXIT FAILURE\n"
                    + "CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  DELETE FROM t;\nEND;\n/\n"
                    + "SET SERVEROUTPUT ON SIZE 1000000\nSELECT 1 FROM dual;";
            assertThat(texts(sql)).containsExactly(
                    "CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  DELETE FROM t;\nEND", "SELECT 1 FROM dual");
            assertThat(blocks(sql)).containsExactly(true, false);
        }

        @Test
        void databaseSetStatementsStay() {
            assertThat(texts("SET NOCOUNT ON\nGO\nSET @x = 1;\nSET search_path = a, b;\nSET TIMING = 1;"))
                    .containsExactly("SET NOCOUNT ON", "SET @x = 1", "SET search_path = a, b", "SET TIMING = 1");
            assertThat(texts("SELECT a\nSET DEFINE OFF")).containsExactly("SELECT a\nSET DEFINE OFF");
        }

        @Test
        void psqlBackslashCommandsAreSkipped() {
            assertThat(texts("\\connect db\nDELETE FROM t;\n\\set ON_ERROR_STOP on\nSELECT 1"))
                    .containsExactly("DELETE FROM t", "SELECT 1");
        }
    }

    @Nested
    class Robustness {

        private static final String[] FRAGMENTS = {
            "BEGIN", "END", "CASE", "IF", "LOOP", "THEN", "ELSE", ";", "'", "\"", "`", "$$", "$a$", "/*", "*/", "--",
            "#", "\n", "\r\n", "\nGO\n", "\n/\n", "\nDELIMITER $$\n", "\nDELIMITER ;\n", "CREATE PROCEDURE p",
            "CREATE OR REPLACE PACKAGE BODY", "CREATE TRIGGER", "FOR EACH ROW", "COMPOUND TRIGGER", "AS", "IS",
            "DECLARE", "DO", "(", ")", "[", "]", "#{", "${", "x", "DELETE FROM t", "UPDATE t SET a = 1", "EXECUTE",
            "EXEC", "IMMEDIATE", "'DROP TABLE x'", "<<", ">>", ":", "=", "@x", "E'", "N'", "\\", " ", "\t",
            "END IF", "WITH", "SELECT", "INSERT", "MERGE", "WHEN", "EXISTS", "NOT", "DROP", "ALTER", "ON", "lbl:",
        };

        @Test
        void randomScriptsNeverThrowAndGiveOrderedTrimmedSpans() {
            java.util.Random random = new java.util.Random(20240611L);
            for (int round = 0; round < 5000; round++) {
                StringBuilder b = new StringBuilder();
                int n = 1 + random.nextInt(60);
                for (int i = 0; i < n; i++) {
                    b.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                    if (random.nextBoolean()) {
                        b.append(' ');
                    }
                }
                String sql = b.toString();
                List<Span> spans = StatementSplitter.split(sql);
                int previousEnd = 0;
                for (Span span : spans) {
                    assertThat(span.start()).as(sql).isGreaterThanOrEqualTo(previousEnd).isLessThan(span.end());
                    assertThat(span.end()).as(sql).isLessThanOrEqualTo(sql.length());
                    assertThat(Character.isWhitespace(sql.charAt(span.start()))).as(sql).isFalse();
                    if (span.end() < sql.length()) {
                        assertThat(Character.isWhitespace(sql.charAt(span.end() - 1))).as(sql).isFalse();
                    }
                    previousEnd = span.end();
                    int lastStart = span.start();
                    for (Span inner : StatementSplitter.inner(sql, span)) {
                        assertThat(inner.start()).as(sql).isGreaterThanOrEqualTo(lastStart).isLessThan(inner.end());
                        assertThat(inner.end()).as(sql).isLessThanOrEqualTo(span.end());
                        lastStart = inner.start();
                    }
                }
            }
        }
    }

    @Nested
    class OffsetsAndLimits {

        @Test
        void crlfOffsetsAreExact() {
            String sql = "-- head\r\nDELETE FROM a\r\nWHERE x = 1;\r\n\r\n  UPDATE b SET y = 2;\r\n";
            List<Span> spans = StatementSplitter.split(sql);
            assertThat(spans).containsExactly(new Span(9, 35, false), new Span(42, 60, false));
            assertThat(sql.substring(42, 60)).isEqualTo("UPDATE b SET y = 2");
        }

        @Test
        void deepParenthesesDoNotOverflowTheStack() {
            String sql = "SELECT " + "(".repeat(5000) + "1" + ")".repeat(5000) + "; SELECT 2";
            assertThat(texts(sql)).hasSize(2).last().isEqualTo("SELECT 2");
            String unbalanced = "DO $$ BEGIN " + "(".repeat(5000) + " END $$; SELECT 3";
            Span block = StatementSplitter.split(unbalanced).get(0);
            assertThat(StatementSplitter.inner(unbalanced, block)).isEmpty();
        }

        @Test
        void fiftyMegabytesSplitInSeconds() {
            String unit = "DELETE FROM t WHERE id = 'a;b' /* c; */; -- d;\n"
                    + "BEGIN\n  UPDATE t SET x = 1;\nEND;\n";
            int copies = 50_000_000 / unit.length() + 1;
            String sql = unit.repeat(copies);
            List<Span> spans = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> StatementSplitter.split(sql));
            assertThat(spans).hasSize(copies * 2);
            Span last = spans.get(spans.size() - 1);
            assertThat(sql.substring(last.start(), last.end())).isEqualTo("BEGIN\n  UPDATE t SET x = 1;\nEND");
        }

        @Test
        void longPathologicalLinesStayLinear() {
            List<String> inputs = List.of(
                    "#{".repeat(200_000),
                    "${".repeat(200_000),
                    "$a".repeat(200_000),
                    "SELECT " + " #x".repeat(200_000),
                    "DELIMITER $$\n" + "END$".repeat(200_000),
                    "BEGIN " + "END ".repeat(200_000),
                    "'".repeat(400_001));
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> inputs.forEach(StatementSplitter::split));
        }
    }
}
