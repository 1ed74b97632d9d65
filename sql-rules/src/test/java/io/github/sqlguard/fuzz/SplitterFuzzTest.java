package io.github.sqlguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sqlguard.sql.SqlLexer;
import io.github.sqlguard.sql.Span;
import io.github.sqlguard.sql.StatementSplitter;
import io.github.sqlguard.sql.Token;
import java.util.List;

/**
 * The lexer and the statement splitter on arbitrary text: they never throw, and what they return is ordered, within
 * the text and does not overlap.
 */
class SplitterFuzzTest {

    @FuzzTest
    void tokenize(byte[] input) {
        String text = Fuzzing.text(input);
        List<Token> tokens = SqlLexer.tokenize(text);
        int previousEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            assertThat(t.start()).as("token %s of %s", i, tokens).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
            assertThat(t.depth()).isNotNegative();
            assertThat(!t.unterminated() || i == tokens.size() - 1).as("only the last token runs to the end")
                    .isTrue();
            previousEnd = t.end();
        }
    }

    @FuzzTest
    void split(byte[] input) {
        String text = Fuzzing.text(input);
        List<Span> spans = StatementSplitter.split(text);
        int previousEnd = 0;
        for (Span span : spans) {
            assertThat(span.start()).as("%s in %s", span, spans).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(text.length());
            previousEnd = span.end();
            if (span.block()) {
                for (Span inner : StatementSplitter.inner(text, span)) {
                    assertThat(inner.start()).as("%s inside %s", inner, span).isGreaterThanOrEqualTo(span.start());
                    assertThat(inner.end()).as("%s inside %s", inner, span).isLessThanOrEqualTo(span.end())
                            .isGreaterThanOrEqualTo(inner.start());
                }
            }
        }
    }
}
