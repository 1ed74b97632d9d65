package io.github.sqlguard.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.xml.SafeXml;
import io.github.sqlguard.xml.XmlElement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MyBatisShapesTest {

    private static final String F = SqlPiece.UNKNOWN_FRAGMENT;

    /** The shapes of the first statement of a mapper body. */
    private static DynamicSql.Shapes shapes(String body) throws Exception {
        XmlElement mapper = SafeXml.parse("<mapper namespace=\"shop.M\">" + body + "</mapper>");
        Map<String, XmlElement> fragments = new LinkedHashMap<>();
        for (XmlElement sql : mapper.elements("sql")) {
            fragments.put(sql.attribute("id"), sql);
        }
        XmlElement statement = mapper.elements().stream().filter(e -> !e.name().equals("sql")).findFirst()
                .orElseThrow();
        return new DynamicSql(mapper.attribute("namespace"), fragments).shapes(statement);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static void assertShapes(String body, String allTrue, String allFalse) throws Exception {
        DynamicSql.Shapes s = shapes(body);
        assertThat(squeeze(s.allTrue())).as("all true").isEqualTo(allTrue);
        assertThat(squeeze(s.allFalse())).as("all false").isEqualTo(allFalse);
    }

    private static boolean conditional(String body) throws Exception {
        DynamicSql.Shapes s = shapes(body);
        return MyBatisScript.facts(s.allTrue(), s.allFalse()).contains(PieceFact.WHERE_CONDITIONAL);
    }

    @Test
    void whereWithOnlyOptionalPredicatesVanishesWhenAllAreOff() throws Exception {
        String body = """
                <delete id="d">DELETE FROM t
                  <where>
                    <if test="a != null">AND a = #{a}</if>
                    <if test="b != null">OR b = #{b}</if>
                  </where>
                </delete>""";
        assertShapes(body, "DELETE FROM t WHERE a = ? OR b = ?", "DELETE FROM t");
        assertThat(conditional(body)).isTrue();
    }

    @Test
    void whereWithOneFixedPredicateStays() throws Exception {
        String body = """
                <delete id="d">DELETE FROM t
                  <where>
                    tenant = #{tenant}
                    <if test="a != null">AND a = #{a}</if>
                  </where>
                </delete>""";
        assertShapes(body, "DELETE FROM t WHERE tenant = ? AND a = ?", "DELETE FROM t WHERE tenant = ?");
        assertThat(conditional(body)).isFalse();
    }

    @Test
    void whereStripsALeadingAndFollowedByALineBreak() throws Exception {
        assertShapes("<delete id=\"d\">DELETE FROM t <where><if test=\"x\">AND\na = 1</if></where></delete>",
                "DELETE FROM t WHERE a = 1", "DELETE FROM t");
        assertShapes("<delete id=\"d\">DELETE FROM t <where>ANDROID = 1</where></delete>",
                "DELETE FROM t WHERE ANDROID = 1", "DELETE FROM t WHERE ANDROID = 1");
    }

    @Test
    void setDropsTheTrailingComma() throws Exception {
        String body = """
                <update id="u">UPDATE t
                  <set>
                    <if test="a != null">a = #{a},</if>
                    <if test="b != null">b = #{b},</if>
                  </set>
                  WHERE id = #{id}
                </update>""";
        assertShapes(body, "UPDATE t SET a = ?, b = ? WHERE id = ?", "UPDATE t WHERE id = ?");
        assertThat(conditional(body)).isFalse();
    }

    @Test
    void trimAppliesPrefixSuffixAndOverrides() throws Exception {
        String body = """
                <update id="u">UPDATE t SET x = 1
                  <trim prefix="WHERE (" suffix=")" prefixOverrides="AND |OR " suffixOverrides=" AND">
                    <if test="a">OR a = 1 AND</if>
                  </trim>
                </update>""";
        assertShapes(body, "UPDATE t SET x = 1 WHERE ( a = 1 )", "UPDATE t SET x = 1");
        assertThat(conditional(body)).isTrue();
    }

    @Test
    void chooseTakesTheFirstWhenOrTheOtherwise() throws Exception {
        String withOtherwise = """
                <delete id="d">DELETE FROM t <where><choose>
                  <when test="id">id = #{id}</when>
                  <when test="name">name = #{name}</when>
                  <otherwise>tenant = #{tenant}</otherwise>
                </choose></where></delete>""";
        assertShapes(withOtherwise, "DELETE FROM t WHERE id = ?", "DELETE FROM t WHERE tenant = ?");
        assertThat(conditional(withOtherwise)).isFalse();

        String without = withOtherwise.replace("<otherwise>tenant = #{tenant}</otherwise>", "");
        assertShapes(without, "DELETE FROM t WHERE id = ?", "DELETE FROM t");
        assertThat(conditional(without)).isTrue();
    }

    @Test
    void foreachEmitsOneIterationOrNothing() throws Exception {
        String inWhere = """
                <delete id="d">DELETE FROM t <where>
                  <foreach collection="ids" item="i" open="id IN (" separator="," close=")">#{i}</foreach>
                </where></delete>""";
        assertShapes(inWhere, "DELETE FROM t WHERE id IN ( ? )", "DELETE FROM t");
        assertThat(conditional(inWhere)).isTrue();
    }

    @Test
    void foreachAfterAStaticWhereIsNotConditional() throws Exception {
        String body = """
                <delete id="d">DELETE FROM t WHERE id IN
                  <foreach collection="ids" item="i" open="(" separator="," close=")">#{i}</foreach>
                </delete>""";
        assertShapes(body, "DELETE FROM t WHERE id IN ( ? )", "DELETE FROM t WHERE id IN");
        assertThat(conditional(body)).isFalse();
    }

    @Test
    void includeExpandsFragmentsWithTheirProperties() throws Exception {
        String body = """
                <sql id="table">${schema}.orders</sql>
                <sql id="key">WHERE id = #{id} <include refid="extra"/></sql>
                <sql id="extra"><if test="v">AND version = #{v}</if></sql>
                <delete id="d">DELETE FROM <include refid="table"><property name="schema" value="shop"/></include>
                  <include refid="shop.M.key"/></delete>""";
        assertShapes(body, "DELETE FROM shop.orders WHERE id = ? AND version = ?",
                "DELETE FROM shop.orders WHERE id = ?");
    }

    @Test
    void unresolvedIncludesAreUnknownFragments() throws Exception {
        assertShapes("<delete id=\"d\">DELETE FROM t <include refid=\"other.Mapper.where\"/></delete>",
                "DELETE FROM t " + F, "DELETE FROM t " + F);
        assertShapes("<sql id=\"a\">x <include refid=\"a\"/></sql><delete id=\"d\">DELETE FROM <include refid=\"a\"/>"
                + "</delete>", "DELETE FROM x " + F, "DELETE FROM x " + F);
    }

    @Test
    void parametersBecomePlaceholdersAndSubstitutionsFragments() throws Exception {
        assertShapes("<update id=\"u\">UPDATE ${table} SET a = #{a,jdbcType=VARCHAR} WHERE b = '\\#{b}'</update>",
                "UPDATE " + F + " SET a = ? WHERE b = '#{b}'", "UPDATE " + F + " SET a = ? WHERE b = '#{b}'");
    }

    @Test
    void bindAndSelectKeyAreNotPartOfTheStatement() throws Exception {
        assertShapes("""
                <insert id="i"><bind name="p" value="'%' + x"/>
                  <selectKey keyProperty="id" order="BEFORE">SELECT 1</selectKey>
                  INSERT INTO t (a) VALUES (#{p})</insert>""",
                "INSERT INTO t (a) VALUES (?)", "INSERT INTO t (a) VALUES (?)");
    }

    @Test
    void cdataAndEntitiesAreText() throws Exception {
        assertShapes("<delete id=\"d\"><![CDATA[DELETE FROM t WHERE a < 1]]> AND b &gt;= 2</delete>",
                "DELETE FROM t WHERE a < 1 AND b >= 2", "DELETE FROM t WHERE a < 1 AND b >= 2");
    }

    @Test
    void aStatementThatExistsOnlyWhenAConditionHoldsIsNotConditional() throws Exception {
        assertThat(conditional("<delete id=\"d\"><if test=\"x\">DELETE FROM t WHERE a = 1</if></delete>")).isFalse();
    }

    @Test
    void aRunTimeFragmentInTheFalseShapeMayHoldTheWhere() throws Exception {
        assertThat(conditional("<delete id=\"d\">DELETE FROM t <if test=\"x\">WHERE a = 1</if> ${filter}</delete>"))
                .isFalse();
        assertThat(conditional("<delete id=\"d\">DELETE FROM t <if test=\"x\">WHERE a = 1</if></delete>")).isTrue();
    }

    @Test
    void whereOneEqualsOneWithOnlyOptionalConditionsIsConditional() throws Exception {
        assertThat(conditional("<delete id=\"d\">DELETE FROM t WHERE 1=1 <if test=\"a\">AND a = #{a}</if></delete>"))
                .isTrue();
        assertThat(conditional("<delete id=\"d\">DELETE FROM t WHERE 1 = 1 AND k = #{k} <if test=\"a\">AND a = 1</if>"
                + "</delete>")).isFalse();
    }

    @Test
    void includeExpansionHasABudget() {
        StringBuilder body = new StringBuilder("<sql id=\"f0\">x x</sql>");
        for (int i = 1; i <= 8; i++) {
            body.append("<sql id=\"f").append(i).append("\">");
            for (int k = 0; k < 8; k++) {
                body.append("<include refid=\"f").append(i - 1).append("\"/>");
            }
            body.append("</sql>");
        }
        body.append("<delete id=\"d\">DELETE FROM <include refid=\"f8\"/></delete>");
        assertThatThrownBy(() -> shapes(body.toString())).isInstanceOf(DynamicSql.TooLarge.class);
    }

    @Test
    void annotationScriptsGiveTheSameTextAndFacts() {
        MyBatisSql sql = MyBatisScript.translate("<script>DELETE FROM t <where><if test='a != null'>a = #{a}</if>"
                + "</where></script>");
        assertThat(sql.text()).isEqualTo("DELETE FROM t WHERE a = ?");
        assertThat(sql.facts()).containsExactlyInAnyOrder(PieceFact.SINGLE_STATEMENT, PieceFact.WHERE_CONDITIONAL);

        MyBatisSql fixed = MyBatisScript.translate("<script>DELETE FROM t WHERE id = #{id}</script>");
        assertThat(fixed.facts()).containsExactly(PieceFact.SINGLE_STATEMENT);

        MyBatisSql plain = MyBatisScript.translate("DELETE FROM ${table} WHERE id = #{id}");
        assertThat(plain.text()).isEqualTo("DELETE FROM " + F + " WHERE id = ?");
        assertThat(plain.facts()).containsExactly(PieceFact.SINGLE_STATEMENT);
    }

    @Test
    void aMalformedScriptIsAnArgumentError() {
        assertThatThrownBy(() -> MyBatisScript.translate("<script>DELETE FROM t WHERE a < 1</script>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("MyBatis <script> is not well-formed")
                .hasMessageNotContaining("\n");
    }
}
