package io.github.sqlguard.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sqlguard.core.Severity;
import io.github.sqlguard.rules.EnvironmentWords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryKey() throws Exception {
        Path file = write("""
                # every key optional
                include-tests: true
                rules:
                  drop-table: warning      # error | warning | note | off
                  truncate-table: off
                  delete-without-where: ERROR
                  drop-column: note
                includes: ["src/main/**"]
                excludes:
                  - "**/legacy/**"
                  - "**/old/*.sql"
                """);
        ScanConfig config = ConfigFile.load(file);
        assertThat(config.includeTests()).isTrue();
        assertThat(config.rules()).isEqualTo(Map.of(
                "drop-table", Optional.of(Severity.WARNING),
                "truncate-table", Optional.empty(),
                "delete-without-where", Optional.of(Severity.ERROR),
                "drop-column", Optional.of(Severity.NOTE)));
        assertThat(config.enabled("truncate-table")).isFalse();
        assertThat(config.override("drop-table")).isEqualTo(Severity.WARNING);
        assertThat(config.includes()).containsExactly("src/main/**");
        assertThat(config.excludes()).containsExactly("**/legacy/**", "**/old/*.sql");
    }

    @Test
    void readsTestAndMigrationPaths() throws Exception {
        ScanConfig config = ConfigFile.load(write("""
                test-paths: ["qa/**", "**/fixtures/**"]
                migration-paths:
                  - "ops/sql/**"
                """));
        assertThat(config.testPaths()).containsExactly("qa/**", "**/fixtures/**");
        assertThat(config.migrationPaths()).containsExactly("ops/sql/**");
        assertThat(config.withRules(Map.of()).withIncludeTests(true).withSelection(List.of("a/**"), List.of()))
                .extracting(ScanConfig::testPaths, ScanConfig::migrationPaths)
                .containsExactly(List.of("qa/**", "**/fixtures/**"), List.of("ops/sql/**"));
    }

    @Test
    void emptyOrCommentOnlyFileIsTheDefault() throws Exception {
        assertThat(ConfigFile.load(write(""))).isEqualTo(ScanConfig.DEFAULT);
        assertThat(ConfigFile.load(write("# nothing yet\n"))).isEqualTo(ScanConfig.DEFAULT);
    }

    @Test
    void keysWithoutValueKeepTheirDefaults() throws Exception {
        ScanConfig config = ConfigFile.load(write("include-tests:\nrules:\nincludes:\nexcludes: []\n"
                + "test-paths:\nmigration-paths: []\n"));
        assertThat(config).isEqualTo(ScanConfig.DEFAULT);
    }

    @Test
    void someKeysAlone() throws Exception {
        ScanConfig config = ConfigFile.load(write("include-tests: false\nexcludes: ['**/legacy/**']\n"));
        assertThat(config.includeTests()).isFalse();
        assertThat(config.rules()).isEmpty();
        assertThat(config.includes()).isEmpty();
        assertThat(config.excludes()).containsExactly("**/legacy/**");
    }

    @Test
    void unknownKey() throws Exception {
        Path file = write("rulez:\n  drop-table: off\n");
        assertThatThrownBy(() -> ConfigFile.load(file))
                .isInstanceOf(ConfigException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": unknown key 'rulez' (known: include-tests, rules, includes, excludes,"
                        + " test-paths, migration-paths, environments)");
    }

    @Test
    void unknownRuleId() throws Exception {
        Path file = write("rules:\n  drop-tabel: off\n");
        assertThatThrownBy(() -> ConfigFile.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ": key 'rules.drop-tabel': unknown rule id 'drop-tabel' (known: "
                        + "delete-without-where, ");
    }

    @Test
    void badSeverity() throws Exception {
        Path file = write("rules:\n  drop-table: fatal\n");
        assertThatThrownBy(() -> ConfigFile.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": key 'rules.drop-table': unknown severity 'fatal' (expected error, warning, note"
                        + " or off)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            include-tests: yes          | include-tests    | expected true or false, found 'yes'
            include-tests: 1            | include-tests    | expected true or false, found 1
            include-tests: [true]       | include-tests    | expected true or false, found a list
            rules: [drop-table]         | rules            | ...warning, note or off, found a list
            rules: off                  | rules            | ...warning, note or off, found 'off'
            rules: {drop-table: 3}      | rules.drop-table | expected error, warning, note or off, found 3
            rules: {drop-table: false}  | rules.drop-table | expected error, warning, note or off, found false
            rules: {drop-table: }       | rules.drop-table | expected error, warning, note or off, found nothing
            includes: src/main/**       | includes         | expected a list of globs, found 'src/main/**'
            includes: {a: b}            | includes         | expected a list of globs, found a mapping
            excludes: [1]               | excludes[0]      | expected a glob, found 1
            excludes: ['a', '']         | excludes[1]      | expected a glob, found ''
            excludes: ['a', [b]]        | excludes[1]      | expected a glob, found a list
            includes: ['src/[a']        | includes[0]      | bad glob 'src/[a' (Missing
            test-paths: qa/**           | test-paths       | expected a list of globs, found 'qa/**'
            test-paths: ['']            | test-paths[0]    | expected a glob, found ''
            migration-paths: {a: b}     | migration-paths  | expected a list of globs, found a mapping
            migration-paths: ['ops/[a'] | migration-paths[0] | bad glob 'ops/[a' (Missing
            """)
    void wrongTypes(String yaml, String key, String problem) throws Exception {
        Path file = write(yaml + "\n");
        assertThatThrownBy(() -> ConfigFile.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ": key '" + key + "': ")
                .satisfies(e -> assertThat(e.getMessage()).contains(problem.replace("...", "")))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void topLevelMustBeAMapping() throws Exception {
        Path list = write("- drop-table\n");
        assertThatThrownBy(() -> ConfigFile.load(list))
                .hasMessage(list + ": expected a mapping of keys (include-tests, rules, includes, excludes,"
                        + " test-paths, migration-paths, environments), found a list");
        Path scalar = write("drop-table\n");
        assertThatThrownBy(() -> ConfigFile.load(scalar)).hasMessageContaining("found 'drop-table'");
    }

    @Test
    void invalidYamlIsOneLineWithTheLine() throws Exception {
        Path file = write("rules:\n  drop-table: [off\n");
        assertThatThrownBy(() -> ConfigFile.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":3: invalid YAML: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void duplicateKeysAreRejected() throws Exception {
        Path file = write("include-tests: true\ninclude-tests: false\n");
        assertThatThrownBy(() -> ConfigFile.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":2: invalid YAML: ")
                .hasMessageContaining("include-tests");
    }

    @Test
    void noJavaTypesAreBuilt() throws Exception {
        Path file = write("rules: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n");
        assertThatThrownBy(() -> ConfigFile.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":1: invalid YAML: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aliasBombsAreStopped() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        Path file = write(yaml.toString());
        assertThatThrownBy(() -> ConfigFile.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":")
                .hasMessageContaining("invalid YAML: Number of aliases");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.yml");
        assertThatThrownBy(() -> ConfigFile.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void notUtf8() throws Exception {
        Path file = dir.resolve(ConfigFile.NAME);
        Files.write(file, new byte[] {'r', 'u', 'l', 'e', 's', ':', ' ', (byte) 0xFF, '\n'});
        assertThatThrownBy(() -> ConfigFile.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": not UTF-8 text");
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThatThrownBy(() -> ConfigFile.load(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir + ": cannot read (");
    }

    @Test
    void settingsParse() {
        assertThat(ConfigFile.parseSetting("off")).isEmpty();
        assertThat(ConfigFile.parseSetting(" Warning ")).contains(Severity.WARNING);
        assertThat(ConfigFile.parseSetting("note")).contains(Severity.NOTE);
        assertThatThrownBy(() -> ConfigFile.parseSetting("none")).hasMessageContaining("'none'");
    }

    @Test
    void parseNamesTheGivenFile() {
        assertThatThrownBy(() -> ConfigFile.parse(".sqlguard.yml", "rulez: 1"))
                .hasMessage(".sqlguard.yml: unknown key 'rulez' (known: include-tests, rules, includes,"
                        + " excludes, test-paths, migration-paths, environments)");
        assertThat(ConfigFile.parse(".sqlguard.yml", "includes: [a]").includes()).isEqualTo(List.of("a"));
    }

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve(ConfigFile.NAME);
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void environmentWordsReplaceTheDefaultListOfTheirSide() {
        ScanConfig config = ConfigFile.parse(".sqlguard.yml", "environments:\n  production: [prod, prd, main]\n");
        assertThat(config.environments().production()).containsExactly("prod", "prd", "main");
        assertThat(config.environments().other()).isEqualTo(EnvironmentWords.DEFAULT.other());
        assertThat(ConfigFile.parse(".sqlguard.yml", "environments:\n  other: [dev, uat]\n").environments())
                .isEqualTo(new EnvironmentWords(EnvironmentWords.DEFAULT.production(), List.of("dev", "uat")));
        assertThat(ConfigFile.parse(".sqlguard.yml", "includes: [a]").environments())
                .isEqualTo(EnvironmentWords.DEFAULT);
    }

    @Test
    void environmentWordsAreCheckedLikeEveryOtherKey() {
        assertThatThrownBy(() -> ConfigFile.parse(".sqlguard.yml", "environments: [prod]"))
                .hasMessage(".sqlguard.yml: key 'environments': expected a mapping with production and other, found"
                        + " a list");
        assertThatThrownBy(() -> ConfigFile.parse(".sqlguard.yml", "environments:\n  prod: [x]"))
                .hasMessage(".sqlguard.yml: key 'environments.prod': unknown key (known: production, other)");
        assertThatThrownBy(() -> ConfigFile.parse(".sqlguard.yml", "environments:\n  production: [Prod-1]"))
                .hasMessage(".sqlguard.yml: key 'environments.production[0]': expected a word of lower-case letters,"
                        + " found 'Prod-1'");
        assertThatThrownBy(() -> ConfigFile.parse(".sqlguard.yml", "environments:\n  production: []"))
                .hasMessageContaining("expected a list of words");
        assertThatThrownBy(() -> ConfigFile.parse(".sqlguard.yml", "environments:\n  other: [live]"))
                .hasMessage(".sqlguard.yml: key 'environments': 'live' is both a production and an other word");
    }
}
