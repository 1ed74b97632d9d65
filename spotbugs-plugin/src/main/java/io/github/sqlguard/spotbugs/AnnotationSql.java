package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.analysis.AnnotationValue;
import io.github.sqlguard.core.PieceFact;
import io.github.sqlguard.java.SinkCatalog.Sink;
import io.github.sqlguard.mybatis.MyBatisScript;
import io.github.sqlguard.mybatis.MyBatisSql;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.LineNumberTable;
import org.apache.bcel.classfile.Method;

/** The SQL a method's annotation holds (Spring Data {@code @Query}, MyBatis {@code @Delete}, JDBI {@code @SqlUpdate}). */
final class AnnotationSql {

    /** The annotation's SQL, a MyBatis {@code <script>} translated, and what is known about how it runs. */
    record Read(String sql, Set<PieceFact> facts) {
    }

    private AnnotationSql() {
    }

    /** The SQL of annotation {@code a} of sink {@code sink}, or null when it has none or its script does not parse. */
    static Read read(AnnotationValue a, Sink sink) {
        String sql = null;
        for (String member : sink.members()) {
            String value = text(a.getValue(member));
            if (value != null) {
                sql = value;
            }
        }
        if (sql == null) {
            return null;
        }
        Set<PieceFact> facts = EnumSet.of(PieceFact.SINGLE_STATEMENT);
        if (sink.family().equals("mybatis") || sql.stripLeading().startsWith("<script")) {
            try {
                MyBatisSql translated = MyBatisScript.translate(sql);
                sql = translated.text();
                facts.addAll(translated.facts());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return new Read(sql, facts);
    }

    /** Where an annotation's SQL is placed: the method's first line, or the whole method when it has no code. */
    static Site site(XMethod xmethod, JavaClass c, Method method) {
        LineNumberTable lines = method.getLineNumberTable();
        int line = -1;
        if (lines != null) {
            for (var entry : lines.getLineNumberTable()) {
                line = line < 0 ? entry.getLineNumber() : Math.min(line, entry.getLineNumber());
            }
        }
        SourceLineAnnotation where = line > 0
                ? SourceLineAnnotation.forFirstLineOfMethod(xmethod.getMethodDescriptor())
                : SourceLineAnnotation.forEntireMethod(c, method);
        return new Site(xmethod, where, line, 0, false);
    }

    /** A string element, or a string array's elements joined by a space as MyBatis does; null otherwise. */
    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Object[] array && array.length > 0) {
            List<String> parts = new ArrayList<>();
            for (Object o : array) {
                if (!(o instanceof String s)) {
                    return null;
                }
                parts.add(s);
            }
            return String.join(" ", parts);
        }
        return null;
    }
}
