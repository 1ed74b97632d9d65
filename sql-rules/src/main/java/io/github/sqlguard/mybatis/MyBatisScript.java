package io.github.sqlguard.mybatis;

import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.sql.TokenFacts;
import io.github.sqlguard.sql.StatementFacts;
import io.github.sqlguard.xml.SafeXml;
import io.github.sqlguard.xml.XmlElement;
import io.github.sqlguard.xml.XmlException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** MyBatis dynamic SQL outside a mapper file: the string of an {@code @Update}, {@code @Delete}... annotation. */
public final class MyBatisScript {

    private static final Pattern TAUTOLOGY = Pattern.compile("TRUE|(\\d+)=\\1|('[^']*')=\\2");

    private MyBatisScript() {
    }

    /**
     * The SQL and facts of an annotation's statement. A string starting with {@code <script>} is read as dynamic SQL
     * ({@code <where>}, {@code <if>}, {@code <foreach>}...); any other string is plain SQL whose {@code #{...}} and
     * {@code ${...}} are replaced. An {@code <include>} cannot be resolved outside its mapper and stands as an unknown
     * fragment.
     *
     * @throws IllegalArgumentException with a one-line message when a {@code <script>} is not well-formed XML
     */
    public static MyBatisSql translate(String script) {
        String s = script.stripLeading();
        if (!s.startsWith("<script>") && !s.startsWith("<script ")) {
            String text = DynamicSql.placeholders(script).strip();
            return new MyBatisSql(text, facts(text, text));
        }
        XmlElement root;
        try {
            root = SafeXml.parse(s);
        } catch (XmlException e) {
            throw new IllegalArgumentException("MyBatis <script> is not well-formed: " + e.getMessage(), e);
        }
        try {
            DynamicSql.Shapes shapes = new DynamicSql("", Map.of()).shapes(root);
            return new MyBatisSql(shapes.allTrue(), facts(shapes.allTrue(), shapes.allFalse()));
        } catch (DynamicSql.TooLarge e) {
            throw new IllegalArgumentException("MyBatis <script> not checked: " + e.getMessage(), e);
        }
    }

    /**
     * The facts of a statement from its two shapes: the WHERE of a DELETE or UPDATE is conditional when the
     * all-true shape has a WHERE that filters and the all-false shape, still the same statement, has neither a run-time
     * fragment that could hold a WHERE nor a join that limits the rows, and either no WHERE or one that is always
     * true (the {@code WHERE 1=1} that optional {@code AND} conditions are appended to).
     */
    static Set<PieceFact> facts(String allTrue, String allFalse) {
        Set<PieceFact> facts = EnumSet.of(PieceFact.SINGLE_STATEMENT);
        StatementFacts t = TokenFacts.analyze(allTrue, 0, allTrue.length());
        if (t.verb().isDml() && t.hasWhere() && !allTrue.equals(allFalse) && !alwaysTrue(allTrue, t)) {
            StatementFacts f = TokenFacts.analyze(allFalse, 0, allFalse.length());
            boolean unfiltered = !f.hasWhere() || alwaysTrue(allFalse, f);
            if (f.verb() == t.verb() && unfiltered && !f.whereUnknown() && !f.joinFiltered()) {
                facts.add(PieceFact.WHERE_CONDITIONAL);
            }
        }
        return facts;
    }

    /** A WHERE that is only a constant truth: {@code 1=1}, {@code TRUE}, {@code 'a'='a'}, in parentheses or not. */
    private static boolean alwaysTrue(String text, StatementFacts facts) {
        if (facts.whereStart() < 0 || facts.whereEnd() <= facts.whereStart()) {
            return false;
        }
        String where = text.substring(facts.whereStart(), facts.whereEnd()).replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
        while (where.startsWith("(") && where.endsWith(")")) {
            where = where.substring(1, where.length() - 1);
        }
        return TAUTOLOGY.matcher(where).matches();
    }
}
