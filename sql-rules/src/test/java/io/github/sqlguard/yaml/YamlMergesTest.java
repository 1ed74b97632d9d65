package io.github.sqlguard.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

class YamlMergesTest {

    private static YamlMerges.Recursion find(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMergeOnCompose(true);
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> YamlMerges.find(new Yaml(options), text));
    }

    /** The input the fuzzer found: SnakeYAML composing it with merges never returns. */
    @Test
    void aMappingMergedIntoItselfIsFound() {
        YamlMerges.Recursion recursion = find("databaseChangeLog:\n  - &cs\n    changeSet:\n      id: 1\n"
                + "      author: a\n      changes:\n    <<: *cs\n");

        assertThat(recursion).isNotNull();
        assertThat(recursion.document()).isZero();
        assertThat(recursion.mark().getLine()).isEqualTo(6);
    }

    @Test
    void mergesIntoAnEnclosingMappingOrFromAListAreFound() {
        assertThat(find("a: &a\n  b:\n    <<: *a\n")).isNotNull();
        assertThat(find("a: &a\n  x: 1\n  <<: [*a]\n")).isNotNull();
        assertThat(find("a: &a {x: 1, !!merge <<: *a}\n")).isNotNull();
    }

    @Test
    void theDocumentIsCounted() {
        YamlMerges.Recursion recursion = find("a: 1\n---\nb: 2\n---\nc: &c\n  <<: *c\n");

        assertThat(recursion.document()).isEqualTo(2);
    }

    @Test
    void ordinaryMergesAliasesAndBrokenYamlAreNot() {
        assertThat(find("base: &b {x: 1}\nprod:\n  <<: *b\n  y: 2\n")).isNull();
        assertThat(find("base: &b {x: 1}\nmore: &m {y: 1}\nprod:\n  <<: [*b, *m]\n")).isNull();
        assertThat(find("a: &a [1, *a]\nb: '<<'\n")).isNull();
        assertThat(find("a: &a\n  '<<': *a\n")).isNull();
        assertThat(find("a: {<<: *missing\n")).isNull();
        assertThat(find("plain: text\n")).isNull();
    }
}
