package io.github.sqlguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.rules.EnvironmentWords.Side;
import org.junit.jupiter.api.Test;

class EnvironmentWordsTest {

    private final EnvironmentWords words = EnvironmentWords.DEFAULT;

    @Test
    void wordsAreCutAtSeparatorsDigitsAndCase() {
        assertThat(EnvironmentWords.words("pg-prod2.acme_internal")).containsExactly("pg", "prod", "2", "acme",
                "internal");
        assertThat(EnvironmentWords.words("shopProdDB")).containsExactly("shop", "prod", "db");
        assertThat(EnvironmentWords.words("")).isEmpty();
    }

    @Test
    void onlyWholeWordsCount() {
        assertThat(words.side("pg-prod.acme.internal")).isEqualTo(Side.PRODUCTION);
        assertThat(words.side("shop_production")).isEqualTo(Side.PRODUCTION);
        assertThat(words.side("improd.acme.internal")).isEqualTo(Side.NEITHER);
        assertThat(words.side("reproduce")).isEqualTo(Side.NEITHER);
        assertThat(words.side("livestream-db")).isEqualTo(Side.NEITHER);
        assertThat(words.side("primary-db")).isEqualTo(Side.PRODUCTION);
        assertThat(words.productionWord("db.prd.corp")).contains("prd");
    }

    @Test
    void aNameWithWordsOfBothSidesIsNeither() {
        assertThat(words.side("dev-primary")).isEqualTo(Side.NEITHER);
        assertThat(words.productionWord("dev-primary")).isEmpty();
        assertThat(words.side("dev")).isEqualTo(Side.OTHER);
        assertThat(words.side("staging-eu")).isEqualTo(Side.OTHER);
        assertThat(words.side("default")).isEqualTo(Side.NEITHER);
    }
}
