package io.github.sqlguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalHostsTest {

    private static final EnvironmentWords WORDS = EnvironmentWords.DEFAULT;

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "::1", "0.0.0.0",
            "host.docker.internal", "gateway.docker.internal", "app.localhost", "host.testcontainers.internal",
            "db", "postgres", "mysql-server", "shop_db", "jeecg-boot-mysql", "proddb", "reproduce", "improd"})
    void localOrOneLabelWithoutAProductionWord(String host) {
        assertThat(LocalHosts.isLocal(host, Set.of(), WORDS)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pg-prod.acme.internal", "db.example.com", "10.0.0.12", "192.168.1.199", "prod-db",
            "db_live", "primary", "mysql-PRD", "pg1.corp", "[2001:db8::1]", "2001:db8::1"})
    void remote(String host) {
        assertThat(LocalHosts.isLocal(host, Set.of(), WORDS)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod-db", "shop-db.internal"})
    void aComposeServiceIsLocalWhateverItsName(String host) {
        assertThat(LocalHosts.isLocal(host, Set.of(host), WORDS)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"db-blue", "blue"})
    void theConfiguredProductionWordsDecideForOneLabelNames(String host) {
        EnvironmentWords blue = new EnvironmentWords(List.of("blue"), WORDS.other());
        assertThat(LocalHosts.isLocal(host, Set.of(), blue)).isFalse();
        assertThat(LocalHosts.isLocal(host, Set.of(), WORDS)).isTrue();
    }
}
