package io.github.sqlguard.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sqlguard.core.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleLevelsTest {

    @Test
    void readsLevelsInAnyCase() {
        assertThat(RuleLevels.level(" OFF ")).isEmpty();
        assertThat(RuleLevels.level("Error")).contains(Severity.ERROR);
        assertThat(RuleLevels.level("warning")).contains(Severity.WARNING);
        assertThat(RuleLevels.level("note ")).contains(Severity.NOTE);
    }

    @Test
    void readsRuleIdEqualsLevel() {
        assertThat(RuleLevels.parse(" truncate-table = note ", true))
                .isEqualTo(new RuleLevels.Setting("truncate-table", Optional.of(Severity.NOTE)));
        assertThat(RuleLevels.parse("drop-table=off", false))
                .isEqualTo(new RuleLevels.Setting("drop-table", Optional.empty()));
        assertThat(RuleLevels.parse("drop-tabel=off", false).id()).isEqualTo("drop-tabel");
    }

    @Test
    void saysWhatIsWrong() {
        RuleLevels.InvalidSetting noEquals = catchThrowableOfType(() -> RuleLevels.parse("drop-table", true),
                RuleLevels.InvalidSetting.class);
        assertThat(noEquals.problem()).isEqualTo(RuleLevels.Problem.NOT_ID_EQUALS_LEVEL);
        assertThat(noEquals.setting()).isEqualTo("drop-table");

        RuleLevels.InvalidSetting unknownRule = catchThrowableOfType(() -> RuleLevels.parse("drop-tabel=fatal", true),
                RuleLevels.InvalidSetting.class);
        assertThat(unknownRule.problem()).isEqualTo(RuleLevels.Problem.UNKNOWN_RULE);
        assertThat(unknownRule.id()).isEqualTo("drop-tabel");
        assertThat(unknownRule.getMessage()).startsWith("unknown rule id 'drop-tabel' (known: ")
                .contains("drop-table");

        RuleLevels.InvalidSetting unknownLevel = catchThrowableOfType(() -> RuleLevels.parse("drop-table= fatal", true),
                RuleLevels.InvalidSetting.class);
        assertThat(unknownLevel.problem()).isEqualTo(RuleLevels.Problem.UNKNOWN_LEVEL);
        assertThat(unknownLevel.id()).isEqualTo("drop-table");
        assertThat(unknownLevel.level()).isEqualTo(" fatal");
        assertThat(unknownLevel.getMessage()).isEqualTo("unknown severity ' fatal' (expected error, warning, note or off)");
    }
}
