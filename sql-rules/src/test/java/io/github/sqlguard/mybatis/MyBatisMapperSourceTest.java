package io.github.sqlguard.mybatis;

import io.github.sqlguard.core.Settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.core.Position;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.core.SourceOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MyBatisMapperSourceTest {

    private static final String DOCTYPE = "<!DOCTYPE mapper PUBLIC \"-//mybatis.org//DTD Mapper 3.0//EN\""
            + " \"https://mybatis.org/dtd/mybatis-3-mapper.dtd\">\n";

    @TempDir
    Path dir;

    private final MyBatisMapperSource source = new MyBatisMapperSource();
    private final List<SqlPiece> pieces = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private void read(String text) {
        SourceFile file = new SourceFile(Path.of("OrderMapper.xml"), "OrderMapper.xml", SourceContext.APPLICATION);
        source.read(file, text, new SourceOutput() {
            @Override
            public void piece(SqlPiece piece) {
                pieces.add(piece);
            }

            @Override
            public void settings(Settings settings) {
                throw new AssertionError("a mapper holds no settings");
            }

            @Override
            public void problem(String message) {
                problems.add(message);
            }

            @Override
            public void reference(Path path) {
                throw new AssertionError("a mapper references no files");
            }
        });
    }

    @Test
    void eachStatementIsOneSingleStatementPieceThatSpansItsElement() {
        read("<?xml version=\"1.0\"?>\r\n" + DOCTYPE
                + "<mapper namespace=\"shop.OrderMapper\">\r\n"
                + "  <!-- <delete id=\"old\"> was here -->\r\n"
                + "\t<select id=\"find\">SELECT * FROM orders WHERE id = #{id}</select>  <delete\r\n"
                + "      id=\"purge\"\r\n"
                + "      parameterType=\"map\">\r\n"
                + "    DELETE FROM orders <where><if test=\"s\">status = #{s}</if></where>\r\n"
                + "  </delete>\r\n"
                + "</mapper>\r\n");

        assertThat(problems).isEmpty();
        assertThat(pieces).hasSize(2);
        SqlPiece select = pieces.get(0);
        assertThat(select.positions().at(0)).isEqualTo(new Position(5, 2));
        assertThat(select.positions().at(20)).isEqualTo(new Position(5, 2));
        assertThat(select.positions().after(select.text().length() - 1)).isEqualTo(new Position(5, 66));
        SqlPiece delete = pieces.get(1);
        assertThat(delete.text()).isEqualTo("DELETE FROM orders WHERE status = ?");
        assertThat(delete.positions().at(0)).isEqualTo(new Position(5, 68));
        assertThat(delete.positions().after(delete.text().length() - 1)).isEqualTo(new Position(9, 12));
        assertThat(delete.facts()).containsExactlyInAnyOrder(PieceFact.SINGLE_STATEMENT,
                PieceFact.WHERE_CONDITIONAL);
        assertThat(select.facts()).containsExactly(PieceFact.SINGLE_STATEMENT);
    }

    @Test
    void recognizesMappersOnly() {
        assertThat(source.accepts("OrderMapper.xml")).isTrue();
        assertThat(source.accepts("OrderMapper.java")).isFalse();
        assertThat(source.recognizes("a.xml", "<?xml version=\"1.0\"?>\n<!-- c -->\n" + DOCTYPE + "<mapper>"))
                .isTrue();
        assertThat(source.recognizes("a.xml", "<!DOCTYPE x [<!ENTITY a \"<mapper>\">]><mapper namespace=\"n\"/>"))
                .isTrue();
        assertThat(source.recognizes("a.xml", "<configuration><mappers><mapper resource=\"x\"/></mappers>"))
                .isFalse();
        assertThat(source.recognizes("a.xml", "<databaseChangeLog><changeSet id=\"1\"/></databaseChangeLog>"))
                .isFalse();
        assertThat(source.recognizes("a.xml", "mapper")).isFalse();
    }

    @Test
    void malformedXmlIsOneProblemLine() {
        read("<mapper namespace=\"n\"><delete id=\"d\">DELETE FROM t WHERE a < 1</delete></mapper>");

        assertThat(pieces).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p).startsWith("OrderMapper.xml: not read as a MyBatis mapper: line 1:");
            assertThat(p).doesNotContain("\n");
        });
    }

    @Test
    void billionLaughsIsNotExpanded() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE mapper [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 12; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10));
            dtd.append("\">");
        }
        dtd.append("]>\n");
        String text = dtd + "<mapper namespace=\"n\"><delete id=\"d\">DELETE FROM t WHERE a = '&lol12;'</delete>"
                + "</mapper>";

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(text));

        assertThat(pieces).isEmpty();
        assertThat(problems).singleElement().asString()
                .contains("lol12")
                .contains("entities declared in the DOCTYPE are not expanded");
    }

    @Test
    void externalEntitiesAndDtdsAreNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        Path dtd = Files.writeString(dir.resolve("mapper.dtd"), "<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">");
        List<String> documents = List.of(
                "<!DOCTYPE mapper [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n",
                "<!DOCTYPE mapper SYSTEM \"" + dtd.toUri() + "\">\n",
                "<!DOCTYPE mapper [<!ENTITY % p SYSTEM \"" + dtd.toUri() + "\"> %p;]>\n");
        for (String doctype : documents) {
            pieces.clear();
            problems.clear();
            read(doctype + "<mapper namespace=\"n\"><delete id=\"d\">DELETE FROM t WHERE a = '&leak;'</delete>"
                    + "</mapper>");

            assertThat(pieces).as(doctype).isEmpty();
            assertThat(problems).as(doctype).singleElement().asString()
                    .startsWith("OrderMapper.xml: not read as a MyBatis mapper:")
                    .doesNotContain("TOP-SECRET-42");
        }
    }

    @Test
    void theDoctypeOfEveryMapperIsNotFetched() {
        String unreachable = "<!DOCTYPE mapper PUBLIC \"-//mybatis.org//DTD Mapper 3.0//EN\""
                + " \"file:///no/such/folder/mybatis-3-mapper.dtd\">\n";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(unreachable
                + "<mapper namespace=\"n\"><delete id=\"d\">DELETE FROM t</delete></mapper>"));

        assertThat(problems).isEmpty();
        assertThat(pieces).extracting(SqlPiece::text).containsExactly("DELETE FROM t");
    }

    @Test
    void aStatementTooLargeToExpandIsAProblemAndTheOthersGoOn() {
        StringBuilder body = new StringBuilder("<sql id=\"f0\">x x</sql>");
        for (int i = 1; i <= 8; i++) {
            body.append("<sql id=\"f").append(i).append("\">")
                    .append(("<include refid=\"f" + (i - 1) + "\"/>").repeat(8)).append("</sql>");
        }
        read("<mapper namespace=\"n\">" + body + "\n<delete id=\"big\">DELETE FROM <include refid=\"f8\"/></delete>"
                + "<delete id=\"small\">DELETE FROM t</delete></mapper>");

        assertThat(problems).singleElement().asString().startsWith("OrderMapper.xml:2: <delete id=\"big\"> not checked");
        assertThat(pieces).extracting(SqlPiece::text).containsExactly("DELETE FROM t");
    }
}
