package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import io.github.sqlguard.core.Position;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompactTextTest {

    private static final Pattern WORD = Pattern.compile("(?i)delete");

    @Test
    void blankLinesAndIndentationAreLeftOutAndPositionsMapBack() {
        String src = "class A {\n\n    void f() {\n\t\tg(\"x\");\n    }\n   \n}\n";

        CompactText compact = CompactText.of(src, JavaTokens.of(src, WORD));

        assertThat(compact.text()).isEqualTo("class A {\nvoid f() {\ng(\"x\");\n}\n}\n");
        assertThat(compact.original(new Position(3, 1))).isEqualTo(new Position(4, 3));
        assertThat(compact.original(new Position(2, 6))).isEqualTo(new Position(3, 10));
        assertThat(compact.original(new Position(5, 1))).isEqualTo(new Position(7, 1));
    }

    @Test
    void theLinesOfATextBlockStayAsTheyAre() {
        String src = "class A {\n    String s = \"\"\"\n        DELETE FROM t\n\n          WHERE x = 1\n"
                + "        \"\"\";\n}\n";

        CompactText compact = CompactText.of(src, JavaTokens.of(src, WORD));

        assertThat(compact.text()).isEqualTo(
                "class A {\nString s = \"\"\"\n        DELETE FROM t\n\n          WHERE x = 1\n        \"\"\";\n}\n");
    }

    /** Parsed compact and mapped back, every string and call is where parsing the source puts it, with its value. */
    @ParameterizedTest
    @ValueSource(strings = {
        "class A {\n\n  void f() {\n    g(\"a\");   h(\"b\");\n  }\n}\n",
        "class A {\r\n\r\n  void f() {\r\n\t\tg(\"a\");\r\n  }\r\n}\r\n",
        "class A {\r\r  void f() {\r    g(\"a\");\r  }\r}\r",
        "class A {\n  void f() {\r\n\n\r    g(\"a\"); /* c\n\n   */ h(\"b\");\n  }\n}",
        "class A {\n  String s = \"\"\"\n\n      DELETE FROM t\r\n\n    \"\"\" + f(\"\"\"\n  x\"\"\");\n"
                + "  void g() { h(\"c\"); }\n}\n",
        "   class A { String s = \"\"\"\n  a\n\t\tb\n  \"\"\"; }",
        "class A {\r\r  void f() { g(\"a\"); }\r  String s = \"\"\"\r    a\r\r      b\r    \"\"\";\r}\r",
    })
    void positionsAndValuesAreThoseOfTheSource(String src) {
        CompactText compact = CompactText.of(src, JavaTokens.of(src, WORD));
        JavaParser parser = new JavaParser(JavaSource.configuration());
        CompilationUnit original = parser.parse(src).getResult().orElseThrow();
        CompilationUnit parsed = parser.parse(compact.text()).getResult().orElseThrow();

        assertThat(describe(parsed, compact)).isEqualTo(describe(original, null)).isNotEmpty();
    }

    private static List<String> describe(CompilationUnit unit, CompactText compact) {
        return unit.findAll(Node.class).stream()
                .filter(n -> n instanceof StringLiteralExpr || n instanceof TextBlockLiteralExpr
                        || n instanceof MethodCallExpr)
                .map(n -> {
                    Position at = new Position(n.getBegin().orElseThrow().line, n.getBegin().orElseThrow().column);
                    Position end = new Position(n.getEnd().orElseThrow().line, n.getEnd().orElseThrow().column);
                    String value = n instanceof TextBlockLiteralExpr t ? t.asString()
                            : n instanceof StringLiteralExpr s ? s.asString() : n.toString();
                    return (compact == null ? at : compact.original(at)) + "-"
                            + (compact == null ? end : compact.original(end)) + " " + value;
                })
                .toList();
    }
}
