package io.github.sqlguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code docs/rules/<id>.md} is generated from the registry. Run with {@code -Dsqlguard.updateDocs=true} to write
 * the pages after changing a rule's metadata; without it the test fails when a page has drifted.
 */
class RuleDocsTest {

    private static final Path DOCS = Path.of("..", "docs", "rules");
    private static final boolean UPDATE = Boolean.getBoolean("sqlguard.updateDocs");

    static Stream<RuleMeta> rules() {
        return RuleRegistry.metas().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void pageMatchesRegistry(RuleMeta meta) throws IOException {
        Path page = DOCS.resolve(meta.id() + ".md");
        String expected = RuleDocs.page(meta);
        if (UPDATE) {
            Files.createDirectories(DOCS);
            Files.writeString(page, expected, StandardCharsets.UTF_8);
        }
        assertThat(page).as("run the build with -Dsqlguard.updateDocs=true to regenerate").exists();
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void indexMatchesRegistry() throws IOException {
        Path index = DOCS.resolve("README.md");
        String expected = RuleDocs.index(RuleRegistry.metas());
        if (UPDATE) {
            Files.writeString(index, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(index, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void readmeTableListsEveryRuleWithItsSeverities() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        for (RuleMeta m : RuleRegistry.metas()) {
            assertThat(readme).contains("| [`" + m.id() + "`](docs/rules/" + m.id() + ".md) |");
            assertThat(readme).containsPattern("\\[`" + m.id() + "`\\][^\\n]*\\| " + m.application().id() + " \\| "
                    + m.migration().id() + " \\|\\n");
        }
    }

    @Test
    void noPageWithoutRule() throws IOException {
        try (Stream<Path> pages = Files.list(DOCS)) {
            assertThat(pages.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("README.md"))
                    .map(n -> n.replaceFirst("\\.md$", "")))
                    .allMatch(RuleRegistry::exists);
        }
    }
}
