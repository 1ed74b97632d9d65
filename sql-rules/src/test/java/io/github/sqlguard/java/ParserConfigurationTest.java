package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.VariableDeclarator;
import org.junit.jupiter.api.Test;

class ParserConfigurationTest {

    private static ParseResult<CompilationUnit> parse(String code) {
        return new JavaParser(JavaSource.configuration()).parse(code);
    }

    @Test
    void theLanguageLevelsPostProcessingStillMakesVarAType() {
        ParseResult<CompilationUnit> r = parse("class A { void f() { var sql = \"x\"; } }");

        assertThat(r.isSuccessful()).isTrue();
        assertThat(r.getResult().orElseThrow().findFirst(VariableDeclarator.class).orElseThrow().getType()
                .isVarType()).isTrue();
    }

    @Test
    void java21SyntaxParses() {
        ParseResult<CompilationUnit> r = parse("""
                class A {
                    int f(Object o) {
                        int k = switch (o.hashCode()) { case 1 -> 2; default -> { yield 3; } };
                        record P(int x) { }
                        return o instanceof String s && !s.isEmpty() ? k : switch (o) {
                            case Integer i when i > 1 -> 1;
                            default -> 0;
                        };
                    }
                }
                """);

        assertThat(r.getProblems()).isEmpty();
    }

    @Test
    void whatOnlyTheValidatorsWouldRejectIsRead() {
        ParseResult<CompilationUnit> r = parse("class A { private public void f() { } }");

        assertThat(r.isSuccessful()).isTrue();
    }

    @Test
    void syntaxErrorsAreStillErrors() {
        assertThat(parse("class A { void f() { int = ; } }").isSuccessful()).isFalse();
    }
}
