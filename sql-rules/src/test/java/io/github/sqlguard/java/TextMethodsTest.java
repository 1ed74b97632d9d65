package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.java.TextMethods.TextMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexical reading of methods that return text, and of the types a file declares with their supertypes. */
class TextMethodsTest {

    private static List<String> signatures(String src) {
        return TextMethods.read("F.java", src).stream()
                .map(m -> m.owner() + "." + m.name() + "/" + m.arity() + (m.varargs() ? "+" : "")
                        + (m.isStatic() ? " static" : "") + (m.isPrivate() ? " private" : "")
                        + (m.hasBody() ? "" : " abstract"))
                .toList();
    }

    @Test
    void readsNameArityAndModifiersOfTextMethodsOnly() {
        String src = """
                package p;
                import java.util.Map;
                public abstract class Dao<T extends Comparable<T>> extends Base<T> implements Api {
                    @Deprecated(since = "2") public static String of(String a, Map<String, Integer> b) { return a; }
                    private StringBuilder sb() { return new StringBuilder(); }
                    protected abstract CharSequence table();
                    <X> String generic(X x, String... more) { return ""; }
                    String[] array() { return null; }
                    java.util.List<String> list() { return null; }
                    int count(String s) { return 0; }
                    Dao(String s) { }
                    public String toString() { return "x"; }
                    private final String field = "y";
                    static class Inner { String inner() { return "DELETE FROM t"; } }
                    String last() { return field; }
                }
                """;
        assertThat(signatures(src)).containsExactly("Dao.of/2 static", "Dao.sb/0 private", "Dao.table/0 abstract",
                "Dao.generic/2+", "Inner.inner/0", "Dao.last/0");
    }

    @Test
    void aMethodIsLoudWhenALiteralOfItsBodyHoldsADestructiveWord() {
        List<TextMethod> methods = TextMethods.read("F.java", """
                class A {
                    String purge() { return "DELETE FROM t"; }
                    String label() { return "deleted items"; }
                    String viaConstant() { return PURGE + where(); }
                }
                """);
        assertThat(methods).extracting(TextMethod::loud).containsExactly(true, false, false);
        assertThat(methods.get(2).names()).contains("PURGE", "where");
        assertThat(methods.get(0).names()).isEmpty();
    }

    @Test
    void aMethodIsParsedAgainInsideACopyOfItsTypeWithTheFileImportsAndTheTypeFields() {
        String src = """
                package p;

                import static p.Tables.ORDERS;

                enum Kind {
                    A("a"), B("b") { @Override String sql() { return "other"; } };
                    private final String code;
                    private static final String TABLE = "kinds";
                    Kind(String code) { this.code = code; }
                    String sql() { return "DELETE FROM " + TABLE + " WHERE code = '" + code + "'"; }
                }
                """;
        List<TextMethod> methods = TextMethods.read("F.java", src);
        assertThat(methods).hasSize(1);
        assertThat(ReturnValues.shellText(methods.get(0), src)).isEqualTo("""
                package p;

                import static p.Tables.ORDERS;
                enum Kind {
                ;
                private final String code;
                private static final String TABLE = "kinds";
                String sql() { return "DELETE FROM " + TABLE + " WHERE code = '" + code + "'"; }
                }
                """);
    }

    @Test
    void aRecordKeepsItsComponents() {
        String src = "record Q(String table, long id) { String sql() { return \"DELETE FROM \" + table; } }";
        TextMethod m = TextMethods.read("F.java", src).get(0);
        assertThat(ReturnValues.shellText(m, src)).isEqualTo(
                "\nrecord Q(String table, long id) {\nString sql() { return \"DELETE FROM \" + table; }\n}\n");
    }

    @Test
    void theTextPrecheckFindsEveryFileThatDeclaresATextMethod() {
        assertThat(TextMethods.mayDeclare("class A { String sql () { return s; } }")).isTrue();
        assertThat(TextMethods.mayDeclare("class A { public CharSequence sql(int a) { } }")).isTrue();
        assertThat(TextMethods.mayDeclare("class A { StringBuilder sb(){ } }")).isTrue();
        assertThat(TextMethods.mayDeclare("class A { void f(String s) { String t = g(s); } }")).isFalse();
        assertThat(TextMethods.mayDeclare("class A { Optional<String> f() { return String.valueOf(1); } }")).isFalse();
        assertThat(TextMethods.mayDeclare("class A { MyString f() { } }")).isFalse();
    }

    @Test
    void typeHeadsNameSupertypesAndAbstractTypes() {
        List<TypeHeads.Head> heads = TypeHeads.of("""
                public abstract class Base<T extends Number> implements java.io.Serializable, Api<T> { }
                final class Orders extends Base<Long> { Class<?> c = Orders.class; }
                interface Api<T> { }
                class Plain { }
                record R(String a) implements Api<String> { }
                """);
        assertThat(heads).containsExactlyInAnyOrder(
                new TypeHeads.Head("Orders", List.of("Base"), false),
                new TypeHeads.Head("Base", List.of("Serializable", "Api"), true),
                new TypeHeads.Head("Api", List.of(), true),
                new TypeHeads.Head("R", List.of("Api"), false));
    }
}
