package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.java.FormatStrings.Argument;
import io.github.sqlguard.java.FormatStrings.Literal;
import org.junit.jupiter.api.Test;

class FormatStringsTest {

    @Test
    void plainConversionsPrintTheirArgumentsInTurn() {
        assertThat(FormatStrings.parts("DELETE FROM %s WHERE id = %d", 2)).containsExactly(
                new Literal("DELETE FROM "), new Argument(0, true), new Literal(" WHERE id = "), new Argument(1, true));
    }

    @Test
    void percentAndNewlineAreLiteralText() {
        assertThat(FormatStrings.parts("UPDATE t SET pct = 100%%%nWHERE id = 1", 0))
                .containsExactly(new Literal("UPDATE t SET pct = 100%\nWHERE id = 1"));
    }

    @Test
    void textWithoutConversionsIsOneLiteral() {
        assertThat(FormatStrings.parts("TRUNCATE TABLE audit", 3)).containsExactly(new Literal("TRUNCATE TABLE audit"));
        assertThat(FormatStrings.parts("", 0)).isEmpty();
    }

    @Test
    void aPercentThatStartsNoConversionStaysText() {
        assertThat(FormatStrings.parts("DELETE FROM t WHERE a LIKE 'x%'", 0))
                .containsExactly(new Literal("DELETE FROM t WHERE a LIKE 'x%'"));
    }

    @Test
    void explicitIndexesNameTheirArgument() {
        assertThat(FormatStrings.parts("ALTER TABLE %2$s DROP COLUMN %1$s", 2)).containsExactly(
                new Literal("ALTER TABLE "), new Argument(1, true), new Literal(" DROP COLUMN "),
                new Argument(0, true));
    }

    @Test
    void anExplicitIndexLeavesTheOrdinaryCountAlone() {
        assertThat(FormatStrings.parts("%2$s %s %s", 2))
                .containsExactly(new Argument(1, true), new Literal(" "), new Argument(0, true), new Literal(" "),
                        new Argument(1, true));
    }

    @Test
    void anIndexTooLargeForAnIntNamesNoArgument() {
        assertThat(FormatStrings.parts("DELETE FROM %99999999999$s", 1))
                .containsExactly(new Literal("DELETE FROM "), new Argument(-1, true));
        assertThat(FormatStrings.parts("%2147483648$s", 1)).containsExactly(new Argument(-1, true));
        assertThat(FormatStrings.parts("%2147483647$s", 1)).containsExactly(new Argument(-1, true));
    }

    @Test
    void indexZeroNamesNoArgument() {
        assertThat(FormatStrings.parts("DROP TABLE %0$s", 1))
                .containsExactly(new Literal("DROP TABLE "), new Argument(-1, true));
    }

    @Test
    void missingArgumentsAreNamedByNone() {
        assertThat(FormatStrings.parts("DELETE FROM %s WHERE id = %s", 1)).containsExactly(
                new Literal("DELETE FROM "), new Argument(0, true), new Literal(" WHERE id = "),
                new Argument(-1, true));
        assertThat(FormatStrings.parts("DROP TABLE %3$s", 2)).containsExactly(
                new Literal("DROP TABLE "), new Argument(-1, true));
    }

    @Test
    void relativeIndexRepeatsThePreviousArgument() {
        assertThat(FormatStrings.parts("%s_%<s", 1))
                .containsExactly(new Argument(0, true), new Literal("_"), new Argument(0, true));
        assertThat(FormatStrings.parts("%2$s %<s", 2))
                .containsExactly(new Argument(1, true), new Literal(" "), new Argument(1, true));
    }

    @Test
    void relativeIndexAtTheStartNamesNoArgument() {
        assertThat(FormatStrings.parts("%<s FROM t", 1))
                .containsExactly(new Argument(-1, true), new Literal(" FROM t"));
    }

    @Test
    void flagsWidthPrecisionAndOtherConversionsAreNotVerbatim() {
        assertThat(FormatStrings.parts("%5s|%-s|%05d|%.2f|%S|%x|%tY|%,d", 8)).containsExactly(
                new Argument(0, false), new Literal("|"), new Argument(1, false), new Literal("|"),
                new Argument(2, false), new Literal("|"), new Argument(3, false), new Literal("|"),
                new Argument(4, false), new Literal("|"), new Argument(5, false), new Literal("|"),
                new Argument(6, false), new Literal("|"), new Argument(7, false));
    }

    @Test
    void anUnknownConversionTakesAnArgumentButIsNotVerbatim() {
        assertThat(FormatStrings.parts("DELETE FROM %q WHERE id = %s", 2)).containsExactly(
                new Literal("DELETE FROM "), new Argument(0, false), new Literal(" WHERE id = "),
                new Argument(1, true));
    }
}
