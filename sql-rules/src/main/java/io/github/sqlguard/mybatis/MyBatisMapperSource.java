package io.github.sqlguard.mybatis;

import io.github.sqlguard.core.PositionMap;
import io.github.sqlguard.core.SourceFile;
import io.github.sqlguard.core.SqlPiece;
import io.github.sqlguard.core.Source;
import io.github.sqlguard.core.SourceOutput;
import io.github.sqlguard.xml.SafeXml;
import io.github.sqlguard.xml.XmlElement;
import io.github.sqlguard.xml.XmlException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MyBatis mapper XML: one single-statement piece per {@code <select>}, {@code <insert>}, {@code <update>} and
 * {@code <delete>}, placed at the {@code <} of the element. The piece is the statement with every dynamic condition
 * true; when its WHERE vanishes with every condition false, the piece says the WHERE is conditional.
 */
public final class MyBatisMapperSource implements Source {

    private static final Set<String> STATEMENTS = Set.of("select", "insert", "update", "delete");

    @Override
    public boolean accepts(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    @Override
    public boolean recognizes(String fileName, String text) {
        return "mapper".equals(SafeXml.rootName(text));
    }

    @Override
    public void read(SourceFile file, String text, SourceOutput out) {
        List<SqlPiece> pieces = new ArrayList<>();
        try {
            pieces(file, text, pieces, out);
        } catch (RuntimeException e) {
            out.problem(file.displayPath() + ": MyBatis mapper not fully read (" + e.getClass().getSimpleName()
                    + ")");
        }
        for (SqlPiece piece : pieces) {
            out.piece(piece);
        }
    }

    private static void pieces(SourceFile file, String text, List<SqlPiece> found, SourceOutput out) {
        XmlElement root;
        try {
            root = SafeXml.parse(text);
        } catch (XmlException e) {
            out.problem(file.displayPath() + ": not read as a MyBatis mapper: " + e.getMessage());
            return;
        }
        Map<String, XmlElement> fragments = new LinkedHashMap<>();
        for (XmlElement sql : root.elements("sql")) {
            String id = sql.attribute("id");
            if (id != null) {
                fragments.putIfAbsent(id.strip(), sql);
            }
        }
        DynamicSql dynamic = new DynamicSql(root.attribute("namespace"), fragments);
        for (XmlElement statement : root.elements()) {
            if (!STATEMENTS.contains(statement.name())) {
                continue;
            }
            DynamicSql.Shapes shapes;
            try {
                shapes = dynamic.shapes(statement);
            } catch (DynamicSql.TooLarge e) {
                out.problem(file.displayPath() + ":" + statement.start().line() + ": <" + statement.name()
                        + " id=\"" + statement.attribute("id") + "\"> not checked: " + e.getMessage());
                continue;
            }
            if (shapes.allTrue().isBlank()) {
                continue;
            }
            found.add(new SqlPiece(shapes.allTrue(), file, PositionMap.region(statement.start(), statement.end()),
                    MyBatisScript.facts(shapes.allTrue(), shapes.allFalse())));
        }
    }
}
