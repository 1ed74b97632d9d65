package io.github.sqlguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sqlguard.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --list-rules}: every rule with its default severities and title, as text or JSON. */
class ListRulesCommandTest {

    @TempDir
    Path tmp;

    private final Cli cli = new Cli(Path.of(""));

    @Test
    void textListsEveryRuleInAlignedColumns() {
        Cli.Run run = cli.run("--list-rules");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(RuleRegistry.all().size() + 1);
        assertThat(lines.get(0)).matches("id +application  migration  title");
        int titleColumn = lines.get(0).indexOf("title");
        assertThat(lines).allSatisfy(line -> assertThat(line.charAt(titleColumn - 1)).isEqualTo(' '));
        assertThat(lines.get(1)).startsWith("delete-without-where ").contains(" error        warning    ")
                .endsWith(RuleRegistry.meta("delete-without-where").title());
        assertThat(lines.get(1).indexOf(RuleRegistry.meta("delete-without-where").title())).isEqualTo(titleColumn);
    }

    @Test
    void jsonHasIdSeveritiesTitleAndLink() throws Exception {
        Cli.Run run = cli.run("--list-rules", "--format", "json");
        assertThat(run.exit()).isZero();
        JsonNode rules = new ObjectMapper().readTree(run.out()).get("rules");
        assertThat(rules).hasSize(RuleRegistry.all().size());
        JsonNode truncate = rules.get(6);
        assertThat(truncate.get("id").asText()).isEqualTo("truncate-table");
        assertThat(truncate.get("application").asText()).isEqualTo("error");
        assertThat(truncate.get("migration").asText()).isEqualTo("warning");
        assertThat(truncate.get("title").asText()).isEqualTo(RuleRegistry.meta("truncate-table").title());
        assertThat(truncate.get("helpUri").asText()).endsWith("/docs/rules/truncate-table.md");
    }

    @Test
    void theListCanGoToAFile() throws Exception {
        Path file = tmp.resolve("out/rules.json");
        Cli.Run run = cli.run("--list-rules", "--format", "json", "--output", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(cli.run("--list-rules", "--format", "json").out());
    }

    @Test
    void pathsAndOtherFormatsAreUsageErrors() {
        Cli.Run withPath = cli.run("--list-rules", tmp.toString());
        assertThat(withPath.exit()).isEqualTo(2);
        assertThat(withPath.err()).isEqualTo("sqlguard: --list-rules scans nothing: it takes no PATH. Try --help\n");
        Cli.Run sarif = cli.run("--list-rules", "--format", "sarif");
        assertThat(sarif.exit()).isEqualTo(2);
        assertThat(sarif.err()).isEqualTo("sqlguard: --list-rules prints text or json, not sarif. Try --help\n");
    }
}
